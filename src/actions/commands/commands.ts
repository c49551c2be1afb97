import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  commentEvent,
  type IssueCommentPayload,
  type PullRequestComment,
} from '../../core/commands/event.js';
import { type MlciCommand, type ParsedComment, parseComment } from '../../core/commands/grammar.js';
import { atLeast } from '../../core/commands/permission.js';
import {
  failureReply,
  GUARDED_VERBS,
  helpReply,
  invalidReply,
  refusalReply,
} from '../../core/commands/replies.js';
import { MlciError, messageOf, UsageError } from '../../core/errors.js';
import { untrustedCheckout } from '../../core/train/triggers.js';
import { headCommit } from '../../platform/git/commit.js';
import { createGitHubClient } from '../../platform/github/client.js';
import { repositoryPermission } from '../../platform/github/permission.js';
import type { RetryPolicy } from '../../platform/github/retry.js';
import type { ActionIO } from '../../platform/io.js';
import { accept } from './accept.js';
import { compare } from './compare.js';
import type { CommandContext, Handled } from './context.js';
import { type CommandsInputs, getCommandsInputs } from './inputs.js';
import { postReply, reactTo } from './reply.js';
import { rerun } from './rerun.js';

/**
 * `mlci commands`: one `/mlci …` PR comment, handled. Nothing here reads the comment beyond the
 * grammar, and the comment text never reaches a log line or a shell: logs name only the verb,
 * validated metric names and refs, and mlci's own wording; replies escape everything else.
 */
export async function commands(io: ActionIO, options: CommandsOptions = {}): Promise<void> {
  const inputs = getCommandsInputs(io.inputs);
  if (inputs.comment !== undefined) return dryRun(io, inputs, parseComment(inputs.comment));
  const eventName = io.env.GITHUB_EVENT_NAME ?? (inputs.event ? 'issue_comment' : '');
  const payload = await readEvent(io, inputs);
  // `mlci run` on a laptop with a `commands:` section in mlci.yml: no event, nothing to handle.
  if (!payload) return ignored(io, 'there is no event (pass --event or --comment to try a command)');
  const event = commentEvent(eventName, payload);
  if (!event.handle) return ignored(io, event.why);
  const parsed = parseComment(event.comment.body);
  if (parsed.kind === 'none') return ignored(io, 'the comment holds no /mlci command');
  if (inputs['dry-run']) return dryRun(io, inputs, parsed);
  // TRIG-01: this job runs with the default branch's token and secrets; it must never hold PR code.
  const refusal = untrustedCheckout(eventName, await headCommit(io.cwd), io.env.GITHUB_SHA, COMMANDS_REFUSAL);
  if (refusal) throw refusal;

  const ctx = context(io, inputs, event.comment, options, payload.repository?.default_branch ?? 'main');
  const verb = parsed.kind === 'command' ? parsed.command.verb : 'invalid';
  const label = parsed.kind === 'command' ? `/mlci ${verb}` : 'an invalid /mlci command';
  io.log.info(`#${event.comment.pullRequest}: ${label} by ${event.comment.login}`);
  await reactTo(ctx, 'eyes');
  let handled: Handled;
  try {
    handled = await handle(ctx, parsed);
  } catch (thrown) {
    await postReply(
      ctx,
      failureReply(verb, thrown instanceof MlciError ? thrown.message : 'unexpected error'),
    );
    await reactTo(ctx, '-1');
    io.output('command', verb);
    io.output('outcome', 'failed');
    throw thrown;
  }
  await postReply(ctx, handled.reply);
  await reactTo(ctx, handled.outcome === 'done' ? '+1' : '-1');
  io.log.info(`${label}: ${handled.outcome}`);
  io.output('command', parsed.kind === 'command' ? verb : '');
  io.output('outcome', handled.outcome);
  await io.summary(`## mlci commands: \`${label}\` — ${handled.outcome}\n\n${handled.reply}\n`);
}

const COMMANDS_REFUSAL = {
  what: 'PR commands',
  hint: 'do not check out the pull request in the `issue_comment` job: mlci commands need no checkout, or only the default branch (docs/commands.md#workflow)',
};

/** The guarded verbs check the commenter's permission first; everyone else gets a polite refusal. */
async function handle(
  ctx: CommandContext,
  parsed: Exclude<ParsedComment, { kind: 'none' }>,
): Promise<Handled> {
  const minimum = ctx.inputs.permission;
  if (parsed.kind === 'invalid') {
    return { outcome: 'invalid', reply: invalidReply(parsed.problem, parsed.offending, minimum) };
  }
  const { command } = parsed;
  if (command.verb === 'help') return { outcome: 'done', reply: helpReply(minimum) };
  if (command.verb === 'compare') return compare(ctx, command);
  const check = await repositoryPermission(ctx.client, ctx.repo, ctx.comment.login);
  if (!atLeast(check.level, minimum)) {
    ctx.io.log.info(`/mlci ${command.verb}: refused (permission ${check.level}, needs ${minimum})`);
    return { outcome: 'refused', reply: refusalReply(command.verb, check.level, minimum, check.unverified) };
  }
  const allowed = { ...ctx, level: check.level };
  return command.verb === 'accept' ? accept(allowed, command) : rerun(allowed);
}

/** Collaborators a test may replace (the API client's waits between retries). */
export interface CommandsOptions {
  readonly retry?: Partial<RetryPolicy>;
}

function context(
  io: ActionIO,
  inputs: CommandsInputs,
  comment: PullRequestComment,
  options: CommandsOptions,
  defaultBranch: string,
): CommandContext {
  const token = inputs.token ?? io.env.GITHUB_TOKEN;
  const repository = io.env.GITHUB_REPOSITORY;
  if (!token || !repository?.includes('/')) {
    throw new UsageError('commands need a token and GITHUB_REPOSITORY', {
      hint: 'run it in a workflow step, or pass --dry-run to only parse',
    });
  }
  io.setSecret(token);
  const [owner, repo] = repository.split('/') as [string, string];
  const baseUrl = io.env.GITHUB_API_URL ?? 'https://api.github.com';
  const client = createGitHubClient({ token, baseUrl, retry: options.retry, warn: (m) => io.log.warning(m) });
  return { io, inputs, client, repo: { owner, repo }, comment, defaultBranch, sleep: options.retry?.sleep };
}

/** The event payload: the `event` input, else GITHUB_EVENT_PATH; undefined when neither is set. */
async function readEvent(io: ActionIO, inputs: CommandsInputs): Promise<IssueCommentPayload | undefined> {
  const path = inputs.event ? resolve(io.cwd, inputs.event) : io.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as IssueCommentPayload;
  } catch (cause) {
    throw new UsageError(`cannot read the event payload: ${messageOf(cause).split('\n')[0]}`, {
      where: { file: path },
      cause,
    });
  }
}

/** `why` is mlci's own wording (commentEvent's reasons), never the comment's text. */
async function ignored(io: ActionIO, why: string): Promise<void> {
  io.log.info(`nothing to do: ${why}`);
  io.output('command', '');
  io.output('outcome', 'ignored');
  await io.summary(`## mlci commands\n\nNothing to do: ${why}.\n`);
}

/** Parse only: what would happen, with no API call. */
async function dryRun(io: ActionIO, inputs: CommandsInputs, parsed: ParsedComment): Promise<void> {
  const minimum = inputs.permission;
  const plan = (command: MlciCommand): string => {
    const guarded = (GUARDED_VERBS as readonly string[]).includes(command.verb);
    const who = guarded ? `needs ${minimum} permission or higher` : 'open to anyone';
    return `Would run \`/mlci ${command.verb}\` (${who})${
      command.verb === 'accept'
        ? ` for ${command.metrics.map((m) => `\`${m}\``).join(', ')} at the PR's current head`
        : ''
    }${command.verb === 'compare' ? ` against the ${command.refKind} \`${command.ref}\`` : ''}.`;
  };
  const text =
    parsed.kind === 'none'
      ? 'No `/mlci` command in the comment: nothing would happen.'
      : parsed.kind === 'invalid'
        ? `Would reply:\n\n${invalidReply(parsed.problem, parsed.offending, minimum)}`
        : parsed.command.verb === 'help'
          ? `Would reply:\n\n${helpReply(minimum)}`
          : plan(parsed.command);
  io.output('command', parsed.kind === 'command' ? parsed.command.verb : '');
  io.output(
    'outcome',
    parsed.kind === 'none' ? 'ignored' : parsed.kind === 'invalid' ? 'invalid' : 'dry-run',
  );
  await io.summary(`## mlci commands (dry run)\n\n${text}\n`);
}
