import { isPermissionLevel, type PermissionLevel } from '../../core/commands/permission.js';
import { UsageError } from '../../core/errors.js';
import type { InputReader } from '../../platform/io.js';
import { readBoolean, readString } from '../inputs.js';

/** Every input of commands, typed once, keyed by its action.yml name (STYLE §10). */
export interface CommandsInputs {
  readonly permission: PermissionLevel;
  readonly 'artifact-name': string;
  readonly 'report-name': string;
  readonly workflow?: string;
  readonly 'release-asset': string;
  readonly config: string;
  readonly event?: string;
  readonly comment?: string;
  readonly 'dry-run': boolean;
  readonly token?: string;
}

/** The only place commands reads its inputs. */
export function getCommandsInputs(read: InputReader): CommandsInputs {
  const permission = readString(read, 'permission', 'write');
  if (!isPermissionLevel(permission) || permission === 'none') {
    throw new UsageError(
      `input \`permission\` must be one of read, triage, write, maintain, admin, got "${permission}"`,
    );
  }
  const comment = read.get('comment');
  return {
    permission,
    'artifact-name': readString(read, 'artifact-name', 'mlci-comparison'),
    'report-name': readString(read, 'report-name', 'mlci-comparison-report.json'),
    workflow: readString(read, 'workflow'),
    'release-asset': readString(read, 'release-asset', 'mlci-release-record.json'),
    config: readString(read, 'config', 'mlci.yml'),
    event: readString(read, 'event'),
    comment,
    'dry-run': readBoolean(read, 'dry-run', false) || comment !== undefined,
    token: readString(read, 'token'),
  };
}
