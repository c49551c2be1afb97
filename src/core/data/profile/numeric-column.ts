import { hashNumber } from './hash.js';
import { equalFrequencyEdges, histogramFromSketch, binOf } from './histogram.js';
import { HyperLogLog } from './hll.js';
import { KllSketch, quantile } from './kll.js';
import type { ColumnProfile, Histogram, NumericSummary } from './profile.js';

/** Settings every column accumulator of one profiler shares. */
export interface ColumnSettings {
  readonly quantileK: number;
  readonly hllPrecision: number;
  readonly exactCategories: number;
  readonly topKCapacity: number;
  readonly bins: number;
}

const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;
const hashes = new Uint32Array(2);

/**
 * The running state of a numeric (or date) column. Welford's update keeps mean and M2 stable on a
 * long stream; two states combine with Chan et al.'s formula (see merge.ts). Everything the hot path
 * touches is a number field or a typed array: `add` allocates nothing.
 */
export class NumericColumn {
  nulls = 0;
  nan = 0;
  infinite = 0;
  n = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;
  readonly sketch: KllSketch;
  readonly distinct: HyperLogLog;
  private readonly edges: Float64Array | undefined;
  private readonly binCounts: Float64Array | undefined;

  constructor(
    readonly name: string,
    readonly type: string,
    readonly temporal: boolean,
    readonly settings: ColumnSettings,
    referenceEdges?: readonly number[],
  ) {
    this.sketch = new KllSketch(settings.quantileK);
    this.distinct = new HyperLogLog(settings.hllPrecision);
    if (referenceEdges) {
      this.edges = Float64Array.from(referenceEdges);
      this.binCounts = new Float64Array(referenceEdges.length + 1);
    }
  }

  add(value: number | string | boolean | null): void {
    if (value === null) {
      this.nulls++;
      return;
    }
    const x =
      typeof value === 'number'
        ? value
        : typeof value === 'boolean'
          ? +value
          : this.temporal
            ? Date.parse(value)
            : Number(value);
    if (Number.isNaN(x)) {
      this.nan++;
      return;
    }
    if (x === Infinity || x === -Infinity) {
      this.infinite++;
      return;
    }
    const n = ++this.n;
    const delta = x - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.sketch.add(x);
    hashNumber(x, hashes);
    this.distinct.addHash(hashes[0]!, hashes[1]!);
    if (this.binCounts) this.binCounts[binOf(this.edges!, x)]!++;
  }

  result(): ColumnProfile {
    const sketch = this.sketch.state();
    const histogram: Histogram = this.binCounts
      ? { edges: Array.from(this.edges!), counts: Array.from(this.binCounts), exact: true }
      : histogramFromSketch(sketch, equalFrequencyEdges(sketch, this.settings.bins), this.settings.bins);
    return numericProfile(this, sketch, histogram);
  }
}

/** The moments a numeric profile is built from (a live column or two merged profiles). */
export interface Moments {
  readonly name: string;
  readonly type: string;
  readonly temporal: boolean;
  readonly nulls: number;
  readonly nan: number;
  readonly infinite: number;
  readonly n: number;
  readonly mean: number;
  readonly m2: number;
  readonly min: number;
  readonly max: number;
  readonly distinct: HyperLogLog;
}

/** The profile JSON of a numeric column. */
export function numericProfile(
  m: Moments,
  sketch: NumericSummary['sketch'],
  histogram: Histogram,
): ColumnProfile {
  const empty = m.n === 0;
  const quantiles: Record<string, number> = {};
  for (const q of QUANTILES) {
    const value = quantile(sketch, q);
    if (value !== null) quantiles[`p${String(Math.round(q * 100)).padStart(2, '0')}`] = value;
  }
  const numeric: NumericSummary = {
    min: empty ? null : m.min,
    max: empty ? null : m.max,
    mean: empty ? null : m.mean,
    m2: m.m2,
    std: empty ? null : Math.sqrt(m.m2 / m.n),
    nan: m.nan,
    infinite: m.infinite,
    ...(m.temporal ? { unit: 'epoch-ms' as const } : {}),
    quantiles,
    sketch,
    histogram,
  };
  return {
    name: m.name,
    type: m.type,
    kind: 'numeric',
    count: m.n + m.nan + m.infinite,
    nulls: m.nulls,
    distinct: {
      estimate: m.distinct.estimate(),
      precision: m.distinct.precision,
      registers: m.distinct.encode(),
    },
    numeric,
  };
}
