import { UsageError } from '../../core/errors.js';
import type { InputReader } from '../../platform/io.js';
import { readBoolean, readList, readNumber, readString } from '../inputs.js';

/** Every input of monitor, typed once, keyed by its action.yml name. */
export interface MonitorInputs {
  readonly data: readonly string[];
  readonly schema?: string;
  readonly 'reference-profile'?: string;
  readonly checks?: string;
  readonly format?: string;
  readonly delimiter?: string;
  readonly header: boolean;
  readonly predictions?: string;
  readonly labels?: string;
  readonly 'reference-predictions'?: string;
  readonly 'release-record'?: string;
  readonly metrics: readonly string[];
  readonly 'metric-tolerance': number;
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
  readonly task: 'auto' | 'classification' | 'regression';
  readonly 'positive-label'?: string;
  readonly threshold: number;
  readonly model?: string;
  readonly incidents: boolean;
  readonly 'issue-labels': readonly string[];
  readonly assignees: readonly string[];
  readonly mention: readonly string[];
  readonly 'close-after': number;
  readonly 'reopen-within': number;
  readonly 'fail-on-incident': boolean;
  readonly report: string;
  readonly out?: string;
  readonly token?: string;
  readonly 'bot-login'?: string;
}

const UNITS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `7d`, `36h`, `90m` as milliseconds. */
export function parseWindow(text: string, name: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([mhd])$/.exec(text.trim());
  if (!match) throw new UsageError(`input \`${name}\` must be a duration like 7d, 36h or 90m, got "${text}"`);
  return Number(match[1]) * UNITS[match[2]!]!;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

function logins(read: InputReader, name: string): string[] {
  const list = readList(read, name).map((login) => login.replace(/^@/, ''));
  for (const login of list)
    if (!LOGIN.test(login)) throw new UsageError(`input \`${name}\`: "${login}" is not a GitHub login`);
  return list;
}

/** The only place monitor reads its inputs. */
export function getMonitorInputs(read: InputReader): MonitorInputs {
  const task = readString(read, 'task', 'auto');
  if (task !== 'auto' && task !== 'classification' && task !== 'regression')
    throw new UsageError(`input \`task\` must be auto, classification or regression, got "${task}"`);
  return {
    data: readList(read, 'data'),
    schema: readString(read, 'schema'),
    'reference-profile': readString(read, 'reference-profile'),
    checks: readString(read, 'checks'),
    format: readString(read, 'format'),
    delimiter: read.get('delimiter') || undefined,
    header: readBoolean(read, 'header', true),
    predictions: readString(read, 'predictions'),
    labels: readString(read, 'labels'),
    'reference-predictions': readString(read, 'reference-predictions'),
    'release-record': readString(read, 'release-record'),
    metrics: readList(read, 'metrics'),
    'metric-tolerance': readNumber(read, 'metric-tolerance', 0, { min: 0 }),
    resamples: readNumber(read, 'resamples', 1000, { min: 100, max: 100_000, integer: true }),
    confidence: readNumber(read, 'confidence', 0.95, { min: 0.5, max: 0.999 }),
    seed: readNumber(read, 'seed', 20240611, { min: 0, max: 4294967295, integer: true }),
    task,
    'positive-label': readString(read, 'positive-label'),
    threshold: readNumber(read, 'threshold', 0.5),
    model: readString(read, 'model'),
    incidents: readBoolean(read, 'incidents', true),
    'issue-labels': readList(read, 'issue-labels').length
      ? readList(read, 'issue-labels')
      : ['mlci-incident'],
    assignees: logins(read, 'assignees'),
    mention: logins(read, 'mention'),
    'close-after': readNumber(read, 'close-after', 3, { min: 1, max: 100, integer: true }),
    'reopen-within': parseWindow(readString(read, 'reopen-within', '7d'), 'reopen-within'),
    'fail-on-incident': readBoolean(read, 'fail-on-incident', false),
    report: readString(read, 'report', '.mlci/monitor-report.json'),
    out: readString(read, 'out'),
    token: readString(read, 'token'),
    'bot-login': readString(read, 'bot-login'),
  };
}
