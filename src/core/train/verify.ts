import type { MetricValue } from './metrics.js';

/** An output as hashed after a run. */
export interface OutputFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

/** How two runs of one stage differ: files byte for byte, metrics by how much. */
export interface Reproducibility {
  readonly identical: boolean;
  /** 'run' when the command ran twice, 'cache' when a run was compared with the cached outputs. */
  readonly against: 'run' | 'cache';
  readonly differing: readonly { path: string; first?: OutputFile; second?: OutputFile }[];
  readonly metrics: readonly {
    file: string;
    key: string;
    first?: MetricValue;
    second?: MetricValue;
    delta?: number;
  }[];
}

/** Compares the outputs and metrics of two runs of the same stage. */
export function compareRuns(
  first: {
    outputs: readonly OutputFile[];
    metrics: Readonly<Record<string, Readonly<Record<string, MetricValue>>>>;
  },
  second: {
    outputs: readonly OutputFile[];
    metrics: Readonly<Record<string, Readonly<Record<string, MetricValue>>>>;
  },
  against: 'run' | 'cache',
): Reproducibility {
  const a = new Map(first.outputs.map((file) => [file.path, file]));
  const b = new Map(second.outputs.map((file) => [file.path, file]));
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = paths
    .filter((path) => a.get(path)?.sha256 !== b.get(path)?.sha256)
    .map((path) => ({ path, first: a.get(path), second: b.get(path) }));
  const metrics: Reproducibility['metrics'][number][] = [];
  for (const file of [...new Set([...Object.keys(first.metrics), ...Object.keys(second.metrics)])].sort()) {
    const x = first.metrics[file] ?? {};
    const y = second.metrics[file] ?? {};
    for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      if (x[key] === y[key]) continue;
      const delta = typeof x[key] === 'number' && typeof y[key] === 'number' ? y[key] - x[key] : undefined;
      metrics.push({ file, key, first: x[key], second: y[key], delta });
    }
  }
  return { identical: differing.length === 0, against, differing, metrics };
}

/** "model.pkl differs; metrics.json: accuracy 0.91 -> 0.93 (Δ +0.02)" for the error message. */
export function describeDifferences(result: Reproducibility): string {
  const files = result.differing.map(({ path, first, second }) =>
    !first || !second ? `${path} ${first ? 'missing' : 'only'} in the second run` : `${path} differs`,
  );
  const metrics = result.metrics.map(
    ({ file, key, first, second, delta }) =>
      `${file}: ${key} ${first ?? 'missing'} -> ${second ?? 'missing'}${delta === undefined ? '' : ` (Δ ${delta >= 0 ? '+' : ''}${Number(delta.toPrecision(6))})`}`,
  );
  return [...files, ...metrics].join('; ');
}
