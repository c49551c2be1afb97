import { readBoolean, readList, readNumber, readString } from '../inputs.js';
import type { InputReader } from '../../platform/io.js';
import { UsageError } from '../../core/errors.js';

/** The inputs of validate-data, typed once and keyed by their action.yml names. */
export interface ValidateDataInputs {
  readonly data: readonly string[];
  /** A data package descriptor; then `data` and `schema` come from its resources. */
  readonly datapackage?: string;
  readonly schema?: string;
  readonly format?: string;
  readonly delimiter?: string;
  readonly header: boolean;
  readonly checks?: string;
  readonly 'reference-profile'?: string;
  readonly profile?: string;
  readonly report: string;
  readonly 'max-errors': number;
  readonly workers: number;
  readonly 'fail-on-error': boolean;
  /** Base branch to diff the schema file against, as given; see pullRequestBase for the default. */
  readonly 'base-ref'?: string;
  readonly 'fail-on-schema-change': boolean;
}

const DELIMITER_NAMES = new Set(['tab', '\\t', 'comma', 'semicolon', 'pipe']);

/** The only place validate-data reads its inputs. */
export function getValidateDataInputs(read: InputReader): ValidateDataInputs {
  const data = readList(read, 'data');
  const datapackage = readString(read, 'datapackage');
  if (data.length === 0 && !datapackage)
    throw new UsageError('input `data` is required', {
      hint: 'give data files or globs: `with: data: data/*.csv`, or `mlci validate data.csv`',
    });
  if (datapackage) {
    const extra = ['data', 'schema', 'profile', 'reference-profile', 'base-ref', 'format', 'delimiter'].find(
      (name) => readString(read, name) !== undefined,
    );
    if (extra)
      throw new UsageError(`input \`${extra}\` cannot be combined with \`datapackage\``, {
        hint: 'the data package gives each resource its paths, schema, format and dialect',
      });
  }
  // A raw TAB would be trimmed away as whitespace: read the delimiter untrimmed.
  const rawDelimiter = read.get('delimiter');
  const delimiter = rawDelimiter === '\t' ? '\t' : rawDelimiter?.trim() || undefined;
  if (
    delimiter !== undefined &&
    !DELIMITER_NAMES.has(delimiter) &&
    (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127)
  )
    throw new UsageError(
      `input \`delimiter\` must be one ASCII character (or tab, comma, semicolon, pipe), got "${delimiter}"`,
    );
  if (delimiter === '"' || delimiter === '\n' || delimiter === '\r')
    throw new UsageError(`input \`delimiter\` cannot be a quote or a line break`);
  return {
    data,
    datapackage,
    schema: readString(read, 'schema'),
    format: readString(read, 'format'),
    delimiter,
    header: readBoolean(read, 'header', true),
    checks: readString(read, 'checks'),
    'reference-profile': readString(read, 'reference-profile'),
    profile: readString(read, 'profile'),
    report: readString(read, 'report', 'mlci-validation-report.json'),
    'max-errors': readNumber(read, 'max-errors', 100, { min: 1, max: 100_000, integer: true }),
    workers: readNumber(read, 'workers', 0, { min: 0, max: 64, integer: true }),
    'fail-on-error': readBoolean(read, 'fail-on-error', true),
    'base-ref': readString(read, 'base-ref'),
    'fail-on-schema-change': readBoolean(read, 'fail-on-schema-change', false),
  };
}

/** The default of `base-ref`: the PR's base branch (GITHUB_BASE_REF) on pull_request* runs, else none. */
export function pullRequestBase(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  const base = env.GITHUB_BASE_REF?.trim();
  return event.startsWith('pull_request') && base ? base : undefined;
}
