import { DataError } from '../../errors.js';
import { MLCI_VERSION } from '../../version.js';
import { categoricalProfile } from './categorical-column.js';
import { isTemporal } from './column-kind.js';
import { FrequentValues } from './frequent.js';
import { equalFrequencyEdges, histogramFromSketch, sameEdges } from './histogram.js';
import { HyperLogLog } from './hll.js';
import { KllSketch } from './kll.js';
import { numericProfile } from './numeric-column.js';
import type { ColumnProfile, DataProfile, Histogram, NumericSummary } from './profile.js';
import { PROFILE_VERSION } from './profile.js';

/**
 * Combines two partial profiles of shards of one table into the profile of the whole: counts add,
 * min/max combine, (n, mean, M2) merge by Chan's formula, HLL registers by max, KLL and Misra–Gries
 * by their merge rules. Counts, nulls, min/max and registers equal one pass exactly; mean and std to
 * floating-point rounding; quantiles, histograms and top-k within the sketches' bounds.
 */
export function mergeProfiles(a: DataProfile, b: DataProfile): DataProfile {
  const names = (p: DataProfile) => p.columns.map((c) => c.name).join(', ');
  if (names(a) !== names(b)) {
    throw new DataError(`cannot merge profiles of different tables: columns [${names(a)}] vs [${names(b)}]`, {
      hint: 'merge only the partial profiles of shards of the same table (same schema, same column order)',
    });
  }
  return {
    kind: 'mlci/data-profile',
    version: PROFILE_VERSION,
    tool: { name: 'mlci', version: MLCI_VERSION },
    rows: a.rows + b.rows,
    parts: a.parts + b.parts,
    columns: a.columns.map((column, i) => mergeColumn(column, b.columns[i]!)),
  };
}

function mergeColumn(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  if (a.type !== b.type || a.kind !== b.kind || a.distinct.precision !== b.distinct.precision) {
    throw new DataError(
      `cannot merge column "${a.name}": profiled as ${a.type}/${a.kind} (HLL p=${a.distinct.precision}) and ${b.type}/${b.kind} (HLL p=${b.distinct.precision})`,
      { hint: 'profile every shard with the same schema and the same mlci version' },
    );
  }
  const distinct = HyperLogLog.decode(a.distinct.precision, a.distinct.registers, a.name);
  distinct.mergeRegisters(HyperLogLog.decode(b.distinct.precision, b.distinct.registers, b.name).registers);
  if (a.numeric && b.numeric) return mergeNumeric(a, a.numeric, b, b.numeric, distinct);
  const values = new FrequentValues(Number.MAX_SAFE_INTEGER, a.categorical?.capacity ?? 0);
  const ca = a.categorical;
  const cb = b.categorical;
  if (ca && cb) {
    if (ca.capacity !== cb.capacity) {
      throw new DataError(
        `cannot merge column "${a.name}": top-k capacities ${ca.capacity} and ${cb.capacity}`,
      );
    }
    values.merge(ca.values, ca.exact, ca.maxUndercount);
    values.merge(cb.values, cb.exact, cb.maxUndercount);
  }
  const lengths = [ca?.length, cb?.length].filter((l) => l && l.min !== null);
  return categoricalProfile({
    name: a.name,
    type: a.type,
    kind: a.kind,
    nulls: a.nulls + b.nulls,
    count: a.count + b.count,
    minLength: Math.min(...lengths.map((l) => l!.min!)),
    maxLength: Math.max(-1, ...lengths.map((l) => l!.max!)),
    values,
    distinct,
  });
}

function mergeNumeric(
  a: ColumnProfile,
  na: NumericSummary,
  b: ColumnProfile,
  nb: NumericSummary,
  distinct: HyperLogLog,
): ColumnProfile {
  const finiteA = na.sketch.n;
  const finiteB = nb.sketch.n;
  const n = finiteA + finiteB;
  const meanA = na.mean ?? 0;
  const meanB = nb.mean ?? 0;
  // Chan, Golub, LeVeque (1979): the pairwise update of (n, mean, M2).
  const delta = meanB - meanA;
  const mean = n === 0 ? 0 : meanA + (delta * finiteB) / n;
  const m2 = n === 0 ? 0 : na.m2 + nb.m2 + (delta * delta * finiteA * finiteB) / n;
  if (na.sketch.k !== nb.sketch.k) {
    throw new DataError(
      `cannot merge column "${a.name}": quantile sketches of k=${na.sketch.k} and k=${nb.sketch.k}`,
      {
        hint: 'profile every shard with the same mlci version and settings',
      },
    );
  }
  const sketch = KllSketch.from(na.sketch);
  sketch.merge(nb.sketch);
  const state = sketch.state();
  return numericProfile(
    {
      name: a.name,
      type: a.type,
      temporal: isTemporal(a.type),
      nulls: a.nulls + b.nulls,
      nan: na.nan + nb.nan,
      infinite: na.infinite + nb.infinite,
      n,
      mean,
      m2,
      min: Math.min(na.min ?? Infinity, nb.min ?? Infinity),
      max: Math.max(na.max ?? -Infinity, nb.max ?? -Infinity),
      distinct,
    },
    state,
    mergeHistograms(na.histogram, nb.histogram, state),
  );
}

/** Exact bins add when both shards counted on the same (reference) edges; otherwise re-read the sketch. */
function mergeHistograms(a: Histogram, b: Histogram, sketch: NumericSummary['sketch']): Histogram {
  if (a.exact && b.exact && sameEdges(a.edges, b.edges)) {
    return { edges: [...a.edges], counts: a.counts.map((count, i) => count + b.counts[i]!), exact: true };
  }
  if (a.exact || b.exact) return histogramFromSketch(sketch, a.exact ? a.edges : b.edges);
  const bins = Math.max(a.bins ?? a.counts.length, b.bins ?? b.counts.length);
  return histogramFromSketch(sketch, equalFrequencyEdges(sketch, bins), bins);
}
