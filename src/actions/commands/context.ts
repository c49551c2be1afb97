import type { PullRequestComment } from '../../core/commands/event.js';
import type { PermissionLevel } from '../../core/commands/permission.js';
import type { GitHubClient } from '../../platform/github/client.js';
import type { ActionIO } from '../../platform/io.js';
import type { CommandsInputs } from './inputs.js';

/** What every command handler gets: the comment, the API client of this repository, the inputs. */
export interface CommandContext {
  readonly io: ActionIO;
  readonly inputs: CommandsInputs;
  readonly client: GitHubClient;
  readonly repo: { readonly owner: string; readonly repo: string };
  readonly comment: PullRequestComment;
  /** The repository's default branch, from the event (`main` when it does not say). */
  readonly defaultBranch: string;
  /** Waits between tries of a creating POST (postOnce); default real time. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The commenter's permission, when a guarded command checked it. */
  readonly level?: PermissionLevel;
}

/** How a command ended: the outcome output, and the reply (escaped markdown) to post. */
export interface Handled {
  readonly outcome:
    | 'invalid'
    | 'refused'
    | 'done'
    | 'not-a-regression'
    | 'no-comparison'
    | 'nothing-to-rerun'
    | 'failed';
  readonly reply: string;
}
