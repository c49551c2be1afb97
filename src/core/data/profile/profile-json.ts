import { DataError } from '../../errors.js';
import { readHeader } from '../../report-envelope.js';
import { type DataProfile, PROFILE_VERSION } from './profile.js';

/**
 * The profile as deterministic text: keys in construction order, two-space indentation, arrays of
 * numbers on one line (KLL levels and bins would otherwise take one line per number).
 */
export function formatProfile(profile: DataProfile): string {
  return `${format(profile, '')}\n`;
}

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'number')) return JSON.stringify(value);
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const body = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * A profile from JSON text, checked enough that merge and drift cannot trip over it. Profiles arrive as
 * artifacts of other jobs (possibly fork PRs): they are data under a shape check, never trusted code.
 */
export function parseProfile(text: string, file: string): DataProfile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (thrown) {
    throw new DataError(`not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`, {
      where: { file },
      cause: thrown,
      hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
    });
  }
  const header = readHeader(value);
  const fail = (why: string): never => {
    throw new DataError(`not an mlci data profile: ${why}`, {
      where: { file },
      hint: 'pass a profile written by `mlci infer-schema --profile-out` or `mlci validate-data`',
    });
  };
  if (typeof header === 'string') return fail(header);
  if (header.kind !== 'mlci/data-profile') return fail(`its kind is "${header.kind}"`);
  if (header.version !== PROFILE_VERSION) {
    return fail(`profile version ${header.version}, this mlci reads version ${PROFILE_VERSION}`);
  }
  const profile = value as DataProfile;
  if (!isCount(profile.rows) || !isCount(profile.parts)) return fail('"rows" and "parts" must be counts');
  if (!Array.isArray(profile.columns)) return fail('"columns" must be an array');
  for (const [i, column] of profile.columns.entries()) {
    const at = `columns[${i}]`;
    if (typeof column !== 'object' || column === null) fail(`${at} is not an object`);
    if (typeof column.name !== 'string' || typeof column.type !== 'string')
      return fail(`${at} needs name and type`);
    if (!isCount(column.count) || !isCount(column.nulls)) return fail(`${at} needs count and nulls`);
    const precision = column.distinct?.precision;
    if (
      typeof column.distinct?.registers !== 'string' ||
      !isCount(precision) ||
      precision < 4 ||
      precision > 18
    ) {
      return fail(`${at} needs distinct registers of precision 4..18`);
    }
    if (column.kind === 'numeric') {
      const numeric = column.numeric;
      const sketch = numeric?.sketch;
      if (
        !sketch ||
        !Array.isArray(sketch.levels) ||
        !isCount(sketch.k) ||
        sketch.k < 8 ||
        sketch.k > MAX_K ||
        !isCount(sketch.n) ||
        !numeric.histogram
      ) {
        return fail(`${at} (numeric) needs a sketch (k in 8..${MAX_K}) and a histogram`);
      }
      if (
        !numeric.sketch.levels.every((level: unknown) => Array.isArray(level) && level.every(Number.isFinite))
      ) {
        return fail(`${at} has a sketch level that is not a list of finite numbers`);
      }
      const { edges, counts, bins } = numeric.histogram;
      if (!Array.isArray(edges) || !Array.isArray(counts) || counts.length !== edges.length + 1) {
        return fail(`${at} has a histogram whose counts do not match its edges`);
      }
      if (edges.length > MAX_BINS || (bins !== undefined && (!isCount(bins) || bins > MAX_BINS))) {
        return fail(`${at} has more than ${MAX_BINS} histogram bins`);
      }
      if (!edges.every(Number.isFinite) || !counts.every(isCount)) {
        return fail(`${at} has a histogram with non-numeric edges or counts`);
      }
    } else if (column.kind === 'categorical') {
      const values = column.categorical?.values;
      if (!Array.isArray(values) || !values.every((v) => typeof v?.value === 'string' && isCount(v.count))) {
        return fail(`${at} (categorical) needs values as {value, count}`);
      }
    } else if (column.kind !== 'other') {
      return fail(`${at} has unknown kind "${String(column.kind)}"`);
    }
  }
  return profile;
}

// Caps on sizes a hostile profile could use to make a merge allocate or loop without end.
const MAX_K = 65_536;
const MAX_BINS = 10_000;

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
