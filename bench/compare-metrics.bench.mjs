// compare-metrics: paired bootstrap speed beside scipy.stats.bootstrap (percentile method) on the same
// data, in the same run. Two workloads from issue #5: 10,000 resamples of a decomposable metric (mean of
// per-example differences) on 100,000 examples, and 2,000 resamples of F1 on 100,000 examples.
// `--quick` runs a smaller version. Our code is compiled with tsc into .build-compare-bench/ first.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSources } from './lib/compile.mjs';
import { machine, ratio, writeSection } from './lib/results.mjs';
import { time } from './lib/timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const N = quick ? 20_000 : 100_000;
const B_MEAN = quick ? 2_000 : 10_000;
const B_F1 = quick ? 500 : 2_000;
const SEED = 20240611;
const loadAtStart = (await import('node:os')).loadavg()[0].toFixed(1);
const data = join(root, 'bench/.data/compare-metrics');
const compiled = join(root, '.build-compare-bench');

console.log('compiling src with tsc…');
const load = compileSources(compiled, { verbose: true });
const { bootstrapSums } = await load('core/metrics/stats/bootstrap.js');
const { pairedStatistics } = await load('core/metrics/paired.js');
const { createRng } = await load('core/metrics/rng.js');

// The same data for both sides, written as raw little-endian arrays numpy reads with fromfile.
await mkdir(data, { recursive: true });
const rng = createRng(7);
const d = new Float64Array(N);
for (let i = 0; i < N; i++) {
  // Per-example squared-error differences of two regressors: continuous, skewed, no repeated values.
  const e1 = rng.uniform() * 2 - 1;
  const e2 = e1 * 0.9 + (rng.uniform() - 0.5) * 0.3;
  d[i] = e2 * e2 - e1 * e1;
}
const y = new Int32Array(N);
const a = new Int32Array(N);
const b = new Int32Array(N);
for (let i = 0; i < N; i++) {
  y[i] = rng.uniform() < 0.15 ? 1 : 0;
  a[i] = rng.uniform() < (y[i] ? 0.7 : 0.08) ? 1 : 0;
  b[i] = rng.uniform() < (y[i] ? 0.74 : 0.08) ? 1 : 0;
}
await writeFile(join(data, 'd.f64'), Buffer.from(d.buffer));
await writeFile(join(data, 'y.i32'), Buffer.from(y.buffer));
await writeFile(join(data, 'a.i32'), Buffer.from(a.buffer));
await writeFile(join(data, 'b.i32'), Buffer.from(b.buffer));

console.log(`ours: mean of differences, ${B_MEAN} resamples × ${N} examples (worker threads on every core)…`);
const mean = await time(() =>
  bootstrapSums(d, 1, (s, at, n) => s[at] / n, {
    resamples: B_MEAN,
    seed: SEED,
    alpha: 0.05,
    strata: [Int32Array.from(d.keys())],
  }),
);
console.log(`  ${mean.seconds.toFixed(2)} s  [${mean.result.lower}, ${mean.result.upper}]`);
// The same on one thread: the per-core speed, and proof that threads do not change the result.
const single = await time(() =>
  bootstrapSums(d, 1, (s, at, n) => s[at] / n, {
    resamples: B_MEAN,
    seed: SEED,
    alpha: 0.05,
    strata: [Int32Array.from(d.keys())],
    threads: 1,
  }),
);
const identical = Buffer.from(single.result.deltas.buffer).equals(Buffer.from(mean.result.deltas.buffer));
console.log(`  one thread: ${single.seconds.toFixed(2)} s, identical resamples: ${identical}`);

console.log(`ours: F1, ${B_F1} resamples × ${N} examples (multinomial cell counts)…`);
const evaluation = (pred) => ({
  task: 'classification',
  ids: [],
  classes: ['0', '1'],
  y,
  predicted: pred,
  positive: { label: '1', index: 1 },
});
const f1 = await time(async () =>
  (
    await pairedStatistics(evaluation(a), evaluation(b), ['f1'], {
      resamples: B_F1,
      seed: SEED,
      alpha: 0.05,
      stratify: 'never',
    })
  ).get('f1'),
);
console.log(`  ${f1.seconds.toFixed(2)} s  [${f1.result.lower}, ${f1.result.upper}]`);

// scipy.stats.bootstrap, percentile method. `batch` bounds memory: unbatched, 10,000 × 100,000 resampled
// doubles would take 8 GB; batches of 500 resamples are about as fast.
const PY = `
import json, sys, time
import numpy as np
from scipy import stats
data, B_MEAN, B_F1, SEED = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
d = np.fromfile(data + '/d.f64', dtype='<f8')
y = np.fromfile(data + '/y.i32', dtype='<i4')
a = np.fromfile(data + '/a.i32', dtype='<i4')
b = np.fromfile(data + '/b.i32', dtype='<i4')
out = {}
t = time.perf_counter()
r = stats.bootstrap((d,), np.mean, n_resamples=B_MEAN, method='percentile', vectorized=True, batch=500,
                    random_state=np.random.default_rng(SEED))
out['mean'] = {'seconds': time.perf_counter() - t, 'low': r.confidence_interval.low, 'high': r.confidence_interval.high, 'se': r.standard_error}
def f1(y, p, axis=-1):
    tp = np.sum((y == 1) & (p == 1), axis=axis)
    fp = np.sum((y == 0) & (p == 1), axis=axis)
    fn = np.sum((y == 1) & (p == 0), axis=axis)
    return 2 * tp / (2 * tp + fp + fn)
def delta(y, a, b, axis=-1):
    return f1(y, b, axis) - f1(y, a, axis)
t = time.perf_counter()
r = stats.bootstrap((y, a, b), delta, paired=True, n_resamples=B_F1, method='percentile', vectorized=True, batch=100,
                    random_state=np.random.default_rng(SEED))
out['f1'] = {'seconds': time.perf_counter() - t, 'low': r.confidence_interval.low, 'high': r.confidence_interval.high, 'se': r.standard_error}
print(json.dumps(out))
`;
console.log('scipy.stats.bootstrap (percentile) on the same data…');
const py = spawnSync('/usr/bin/python3', ['-c', PY, data, String(B_MEAN), String(B_F1), String(SEED)], {
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
if (py.status !== 0) {
  console.error(py.stderr);
  process.exit(1);
}
const scipy = JSON.parse(py.stdout);
for (const name of ['mean', 'f1']) {
  console.log(
    `  scipy ${name}: ${scipy[name].seconds.toFixed(2)} s  [${scipy[name].low}, ${scipy[name].high}]`,
  );
}

// Agreement within Monte-Carlo error: the sd of a 2.5 % quantile of B resamples is about
// se·√(p(1−p)/B)/φ(z_p) ≈ 2.7·se/√B; two independent streams differ by √2 of that. Allow 4 of those.
const agree = (ours, theirs, B) => {
  const tolerance = (4 * Math.SQRT2 * 2.7 * theirs.se) / Math.sqrt(B);
  const worst = Math.max(Math.abs(ours.lower - theirs.low), Math.abs(ours.upper - theirs.high));
  return { ok: worst <= tolerance, worst, tolerance };
};
const rows = [
  ['mean of per-example differences', B_MEAN, mean, scipy.mean],
  ['F1 (binary), paired', B_F1, f1, scipy.f1],
].map(([name, B, ours, theirs]) => {
  const check = agree(ours.result, theirs, B);
  const fmt = (x) => x.toPrecision(5);
  return {
    line: `| ${name} | ${B.toLocaleString('en')} × ${N.toLocaleString('en')} | ${ours.seconds.toFixed(2)} s | ${theirs.seconds.toFixed(2)} s | **${ratio(theirs.seconds, ours.seconds)}** | [${fmt(ours.result.lower)}, ${fmt(ours.result.upper)}] | [${fmt(theirs.low)}, ${fmt(theirs.high)}] | ${check.ok ? 'yes' : 'NO'} (max diff ${check.worst.toExponential(1)} ≤ ${check.tolerance.toExponential(1)}) |`,
    ok: check.ok,
    speedup: theirs.seconds / ours.seconds,
  };
});
const loadAtEnd = (await import('node:os')).loadavg()[0].toFixed(1);
const md = `## compare-metrics: paired bootstrap vs scipy.stats.bootstrap

${await machine()}${quick ? ' — **quick mode** (smaller sizes)' : ''}; 1-minute load average ${loadAtStart} at the start, ${loadAtEnd} at the end
(the machine is shared: other work on its two cores slows both sides, and our two worker threads more). Same data and resample counts on both sides, 95 % percentile intervals.
Ours: xoshiro128** streams in fixed chunks on worker threads (mean of differences), and multinomial draws of the
8 (label, baseline, candidate) cell counts per resample (F1: exact for resampling with replacement, independent of n).
scipy: \`stats.bootstrap(..., method='percentile', vectorized=True)\`, batched to bound memory; F1 as a vectorised numpy statistic.

| workload | resamples × examples | mlci | scipy | speed-up | mlci interval | scipy interval | agree within MC error |
|---|---|---:|---:|---:|---|---|---|
${rows.map((r) => r.line).join('\n')}

The mean-of-differences row on one thread: ${single.seconds.toFixed(2)} s (${ratio(scipy.mean.seconds, single.seconds)} scipy), with resamples
${identical ? 'byte-identical to' : '**different from**'} the two-thread run.

Target (issue #5): at least 5x faster than scipy with intervals that agree within Monte-Carlo error.
`;
console.log(md);
await writeSection('compare-metrics', md);
if (rows.some((r) => !r.ok) || !identical) process.exitCode = 1;
