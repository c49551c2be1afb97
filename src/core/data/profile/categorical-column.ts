import { FrequentValues } from './frequent.js';
import { hashString } from './hash.js';
import { HyperLogLog } from './hll.js';
import type { ColumnSettings } from './numeric-column.js';
import type { ColumnKind, ColumnProfile } from './profile.js';

// Longer values are counted by their first 200 code units, so one 10 MB cell cannot become a 10 MB
// map key in every shard's profile. The distinct estimate still hashes the whole value.
const MAX_KEY = 200;
const hashes = new Uint32Array(2);

/** The running state of a string-like column: exact counts, then Misra–Gries; HLL; value lengths. */
export class CategoricalColumn {
  nulls = 0;
  count = 0;
  minLength = Infinity;
  maxLength = -1;
  readonly values: FrequentValues;
  readonly distinct: HyperLogLog;

  constructor(
    readonly name: string,
    readonly type: string,
    readonly kind: ColumnKind,
    readonly settings: ColumnSettings,
  ) {
    this.values = new FrequentValues(settings.exactCategories, settings.topKCapacity);
    this.distinct = new HyperLogLog(settings.hllPrecision);
  }

  add(value: number | string | boolean | null): void {
    if (value === null) {
      this.nulls++;
      return;
    }
    const text = typeof value === 'string' ? value : String(value);
    this.count++;
    const length = text.length;
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
    // A value that already has a counter was hashed into the HLL when it got it (HLL ignores repeats),
    // so only new values and truncated long ones are hashed: most cells of a category column skip it.
    const isNew =
      this.kind !== 'categorical' || this.values.add(length > MAX_KEY ? `${text.slice(0, MAX_KEY)}…` : text);
    if (isNew || length > MAX_KEY) {
      hashString(text, hashes);
      this.distinct.addHash(hashes[0]!, hashes[1]!);
    }
  }

  result(): ColumnProfile {
    return categoricalProfile(this);
  }
}

/** What a categorical profile is built from (a live column or two merged profiles). */
export interface CategoricalState {
  readonly name: string;
  readonly type: string;
  readonly kind: ColumnKind;
  readonly nulls: number;
  readonly count: number;
  readonly minLength: number;
  readonly maxLength: number;
  readonly values: FrequentValues;
  readonly distinct: HyperLogLog;
}

/** The profile JSON of a categorical (or other) column. */
export function categoricalProfile(state: CategoricalState): ColumnProfile {
  const values = state.values.sorted();
  const listed = values.reduce((sum, { count }) => sum + count, 0);
  const base = {
    name: state.name,
    type: state.type,
    kind: state.kind,
    count: state.count,
    nulls: state.nulls,
    distinct: {
      estimate: state.distinct.estimate(),
      precision: state.distinct.precision,
      registers: state.distinct.encode(),
    },
  };
  if (state.kind !== 'categorical') return base;
  return {
    ...base,
    categorical: {
      exact: state.values.exact,
      values,
      other: state.count - listed,
      maxUndercount: state.values.undercount,
      capacity: state.values.capacity,
      length: {
        min: state.count === 0 ? null : state.minLength,
        max: state.count === 0 ? null : state.maxLength,
      },
    },
  };
}
