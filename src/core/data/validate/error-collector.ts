/** One reported problem, in frictionless-py's taxonomy (`type-error`, `constraint-error`, ...). */
export interface DataErrorRecord {
  readonly type: string;
  /** The data package resource the error belongs to, when a package was validated. */
  readonly resource?: string;
  readonly file?: string;
  /** Row number as frictionless counts it: the header is row 1, the first data row is row 2. */
  readonly row?: number;
  /** Physical line in the file where the row starts (differs from `row` with embedded newlines). */
  readonly line?: number;
  /** 1-based column (field) number. */
  readonly column?: number;
  readonly field?: string;
  readonly value?: string;
  readonly message: string;
}

/** How many samples of each error type to keep, and how long a sampled value may be. */
export const SAMPLE_DEFAULTS = {
  perType: 100,
  valueChars: 200,
} as const;

/** Counts every error and keeps the first N samples of each type: capped, never silently partial. */
export class ErrorCollector {
  readonly counts = new Map<string, number>();
  readonly samples = new Map<string, DataErrorRecord[]>();

  constructor(readonly perType: number = SAMPLE_DEFAULTS.perType) {}

  add(error: DataErrorRecord): void {
    const count = (this.counts.get(error.type) ?? 0) + 1;
    this.counts.set(error.type, count);
    if (count > this.perType) return;
    const list = this.samples.get(error.type);
    if (list) list.push(error);
    else this.samples.set(error.type, [error]);
  }

  /** True when add() would keep another sample of this type (callers skip building the message if not). */
  wants(type: string): boolean {
    return (this.counts.get(type) ?? 0) < this.perType;
  }

  /** Counts `n` errors (one by default) whose samples are not wanted. */
  count(type: string, n = 1): void {
    this.counts.set(type, (this.counts.get(type) ?? 0) + n);
  }

  get total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  /** Appends another collector's errors after this one's (shards in order), shifting their rows. */
  merge(other: SerializedErrors, shift: { rows: number; lines: number } = { rows: 0, lines: 0 }): void {
    for (const [type, count] of other.counts) {
      const samples = other.samples.find(([t]) => t === type)?.[1] ?? [];
      const before = this.counts.get(type) ?? 0;
      this.counts.set(type, before + count);
      const list = this.samples.get(type) ?? [];
      for (const sample of samples) {
        if (list.length >= this.perType) break;
        list.push(shiftRows(sample, shift));
      }
      if (list.length > 0) this.samples.set(type, list);
    }
  }

  serialize(): SerializedErrors {
    return { counts: [...this.counts], samples: [...this.samples] };
  }
}

/** An ErrorCollector as plain data, to cross a worker boundary. */
export interface SerializedErrors {
  readonly counts: readonly (readonly [string, number])[];
  readonly samples: readonly (readonly [string, readonly DataErrorRecord[]])[];
}

function shiftRows(error: DataErrorRecord, shift: { rows: number; lines: number }): DataErrorRecord {
  if (shift.rows === 0 && shift.lines === 0) return error;
  return {
    ...error,
    row: error.row === undefined ? undefined : error.row + shift.rows,
    line: error.line === undefined ? undefined : error.line + shift.lines,
  };
}

/** A cell value cut for a report: long values keep their start and say how long they were. */
export function sampleValue(text: string, max: number = SAMPLE_DEFAULTS.valueChars): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}
