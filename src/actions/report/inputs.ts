import { UsageError } from '../../core/errors.js';
import type { InputReader } from '../../platform/io.js';
import { readBoolean, readList, readNumber, readString } from '../inputs.js';

export type ReportMode = 'auto' | 'post' | 'artifact' | 'workflow-run';

/** Every input of report, typed once, keyed by its action.yml name (STYLE §10). */
export interface ReportInputs {
  readonly reports: readonly string[];
  readonly out?: string;
  readonly format: 'auto' | 'plain' | 'markdown';
  readonly comment: boolean;
  readonly 'check-run': boolean;
  readonly 'check-name': string;
  readonly review: boolean;
  readonly charts: boolean;
  readonly key: string;
  readonly mode: ReportMode;
  readonly 'artifact-name': string;
  readonly 'fail-on-verdict': boolean;
  readonly 'pull-request'?: number;
  readonly 'head-sha'?: string;
  readonly 'acting-login'?: string;
  readonly token?: string;
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = readString(read, name, fallback);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input \`${name}\` must be one of ${allowed.join(', ')}, got "${value}"`);
}

/** The only place report reads its inputs. */
export function getReportInputs(read: InputReader): ReportInputs {
  const reports = readList(read, 'reports');
  const sha = readString(read, 'head-sha');
  if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha)) {
    throw new UsageError(`input \`head-sha\` must be a 40-hex commit SHA, got "${sha}"`);
  }
  const pull = readString(read, 'pull-request');
  return {
    reports: reports.length ? reports : ['.mlci/*.json'],
    out: readString(read, 'out'),
    format: oneOf(read, 'format', ['auto', 'plain', 'markdown'] as const, 'auto'),
    comment: readBoolean(read, 'comment', true),
    'check-run': readBoolean(read, 'check-run', true),
    'check-name': readString(read, 'check-name', 'mlci report'),
    review: readBoolean(read, 'review', true),
    charts: readBoolean(read, 'charts', true),
    key: readString(read, 'key', ''),
    mode: oneOf(read, 'mode', ['auto', 'post', 'artifact', 'workflow-run'] as const, 'auto'),
    'artifact-name': readString(read, 'artifact-name', 'mlci-report'),
    'fail-on-verdict': readBoolean(read, 'fail-on-verdict', false),
    'pull-request':
      pull === undefined ? undefined : readNumber(read, 'pull-request', 0, { min: 1, integer: true }),
    'head-sha': sha,
    'acting-login': readString(read, 'acting-login'),
    token: readString(read, 'token'),
  };
}
