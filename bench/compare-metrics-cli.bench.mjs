// compare-metrics as users run it: the whole `mlci compare-metrics` process (start-up, reading both
// predictions files, metrics, fingerprints, alignment, the bootstrap, the report) beside a whole
// /usr/bin/python3 process that reads the same files and runs scipy.stats.bootstrap (vectorised,
// batched, percentile), in the same run, peers alternating, best of 3. Two workloads of issue #11 on
// 100,000 regression predictions and 10,000 resamples: the mean difference (`mae: lower`, the mean of
// per-example |error| differences) and the regression metrics (`rmse: lower`, `r2: higher`).
//
// `--quick` runs smaller sizes; `--cli PATH` times another CLI entry (default bin/mlci.js, the
// committed bundle); `--build` first bundles the CLI from src/ into bench/.data (for a branch whose
// dist/ is not rebuilt) and times that.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, ratio, writeSection } from './lib/results.mjs';

/**
 * Wall seconds, CPU seconds (user + system, all threads) and peak RSS of a child process, by GNU time.
 * CPU seconds do not depend on the machine's load the way wall seconds do.
 */
function timedProcess(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const [user, system, kib] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + system, rss: kib / 1024, stdout: result.stdout };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const quick = process.argv.includes('--quick');
const N = quick ? 20_000 : 100_000;
const B = quick ? 2_000 : 10_000;
const RUNS = 3;
const SEED = 20240611;
const data = join(root, 'bench/.data/compare-metrics-cli');
await mkdir(data, { recursive: true });
const loadAtStart = loadavg()[0].toFixed(1);

let cli = resolve(flag('--cli') ?? join(root, 'bin/mlci.js'));
if (process.argv.includes('--build')) {
  const out = join(data, 'bundle');
  console.log('bundling the CLI from src/ (scripts/build.mjs --only cli)…');
  execFileSync(
    process.execPath,
    [join(root, 'scripts/build.mjs'), '--only', 'cli', '--compiled', '.build-compare-cli', '--out', out],
    { stdio: 'inherit', cwd: root },
  );
  cli = join(out, 'dist/cli/index.js');
}

// The same predictions for both sides: y, a baseline and a slightly better candidate, CSV with ids.
// A small xorshift keeps the data independent of mlci's own generator.
let s = 0x2545f491;
const uniform = () => {
  s ^= s << 13;
  s ^= s >>> 17;
  s ^= s << 5;
  return (s >>> 0) / 2 ** 32;
};
const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
const base = ['id,label,prediction'];
const cand = ['id,label,prediction'];
for (let i = 0; i < N; i++) {
  const y = 10 + 3 * normal();
  const noise = normal();
  base.push(`e${i},${y.toFixed(6)},${(y + noise).toFixed(6)}`);
  cand.push(`e${i},${y.toFixed(6)},${(y + 0.97 * noise + 0.2 * normal()).toFixed(6)}`);
}
await writeFile(join(data, 'base.csv'), `${base.join('\n')}\n`);
await writeFile(join(data, 'cand.csv'), `${cand.join('\n')}\n`);

const WORKLOADS = [
  { name: 'mean difference (`mae: lower`)', key: 'mean', rules: 'mae: lower', metrics: ['mae'] },
  {
    name: 'regression metrics (`rmse: lower`, `r2: higher`)',
    key: 'regression',
    rules: 'rmse: lower\nr2: higher',
    metrics: ['rmse', 'r2'],
  },
];

// The peer: a whole python process, reading the files as mlci does and bootstrapping the same
// statistic. `batch` bounds memory: 10,000 × 100,000 resampled doubles unbatched would take 8 GB.
const PY = `
import json, sys
import numpy as np
from scipy import stats
workload, data, B, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
read = lambda name: np.loadtxt(data + '/' + name, delimiter=',', skiprows=1, usecols=(1, 2))
base, cand = read('base.csv'), read('cand.csv')
y, a, b = base[:, 0], base[:, 1], cand[:, 1]
rng = np.random.default_rng(seed)
if workload == 'mean':
    d = np.abs(y - b) - np.abs(y - a)
    r = stats.bootstrap((d,), np.mean, n_resamples=B, method='percentile', vectorized=True, batch=500, random_state=rng)
    out = {'mae': [float(r.confidence_interval.low), float(r.confidence_interval.high), float(r.standard_error)]}
else:
    def delta(y, a, b, axis=-1):
        sa = np.mean((y - a) ** 2, axis=axis)
        sb = np.mean((y - b) ** 2, axis=axis)
        tot = np.var(y, axis=axis)
        return np.stack([np.sqrt(sb) - np.sqrt(sa), (1 - sb / tot) - (1 - sa / tot)])
    r = stats.bootstrap((y, a, b), delta, paired=True, n_resamples=B, method='percentile', vectorized=True,
                        batch=200, random_state=rng)
    lo, hi, se = r.confidence_interval.low, r.confidence_interval.high, r.standard_error
    out = {'rmse': [float(lo[0]), float(hi[0]), float(se[0])], 'r2': [float(lo[1]), float(hi[1]), float(se[1])]}
print(json.dumps(out))
`;
await writeFile(join(data, 'peer.py'), PY);

function ours(workload) {
  const report = join(data, `report-${workload.key}.json`);
  const run = timedProcess(
    process.execPath,
    [
      cli,
      'compare-metrics',
      '--predictions',
      'cand.csv',
      '--baseline-predictions',
      'base.csv',
      '--baseline-order',
      'file',
      '--rules',
      workload.rules,
      '--resamples',
      String(B),
      '--seed',
      String(SEED),
      '--report',
      report,
    ],
    { cwd: data },
  );
  return { ...run, report };
}

function peer(workload) {
  const run = timedProcess('/usr/bin/python3', [join(data, 'peer.py'), workload.key, data, String(B), '1'], {
    cwd: data,
  });
  return { ...run, intervals: JSON.parse(run.stdout) };
}

const rows = [];
let allAgree = true;
for (const workload of WORKLOADS) {
  console.log(`\n${workload.name}: ${B} resamples × ${N} examples, ${RUNS} rounds, peers alternating`);
  const mine = [];
  const theirs = [];
  for (let round = 0; round < RUNS; round++) {
    mine.push(ours(workload));
    theirs.push(peer(workload));
    console.log(
      `  round ${round + 1}: mlci ${mine.at(-1).seconds.toFixed(2)} s (CPU ${mine.at(-1).cpu.toFixed(2)} s, ${mine.at(-1).rss.toFixed(0)} MiB), scipy ${theirs.at(-1).seconds.toFixed(2)} s (CPU ${theirs.at(-1).cpu.toFixed(2)} s, ${theirs.at(-1).rss.toFixed(0)} MiB)`,
    );
  }
  const bestOurs = mine.reduce((x, y) => (y.seconds < x.seconds ? y : x));
  const bestPeer = theirs.reduce((x, y) => (y.seconds < x.seconds ? y : x));
  const cpuOurs = Math.min(...mine.map((r) => r.cpu));
  const cpuPeer = Math.min(...theirs.map((r) => r.cpu));
  const report = JSON.parse(await readFile(bestOurs.report, 'utf8'));
  // Agreement within Monte-Carlo error: the sd of a 2.5 % quantile of B resamples is about
  // 2.7·se/√B; two independent streams differ by √2 of that. Allow 4 of those.
  const agreement = workload.metrics.map((metric) => {
    const m = report.metrics.find((row) => row.name === metric);
    const [low, high, se] = bestPeer.intervals[metric];
    const tolerance = (4 * Math.SQRT2 * 2.7 * se) / Math.sqrt(B);
    const worst = Math.max(Math.abs(m.interval.lower - low), Math.abs(m.interval.upper - high));
    const fmt = (x) => x.toPrecision(5);
    return {
      ok: worst <= tolerance,
      text: `${metric} [${fmt(m.interval.lower)}, ${fmt(m.interval.upper)}] vs [${fmt(low)}, ${fmt(high)}]: ${worst <= tolerance ? 'yes' : 'NO'} (${worst.toExponential(1)} ≤ ${tolerance.toExponential(1)})`,
    };
  });
  allAgree &&= agreement.every((a) => a.ok);
  rows.push(
    `| ${workload.name} | ${bestOurs.seconds.toFixed(2)} s, ${bestOurs.rss.toFixed(0)} MiB | ${bestPeer.seconds.toFixed(2)} s, ${bestPeer.rss.toFixed(0)} MiB | **${ratio(bestPeer.seconds, bestOurs.seconds)}** | ${cpuOurs.toFixed(2)} s vs ${cpuPeer.toFixed(2)} s (${ratio(cpuPeer, cpuOurs)}) | ${mine.map((r) => r.seconds.toFixed(2)).join(', ')} | ${theirs.map((r) => r.seconds.toFixed(2)).join(', ')} | ${agreement.map((a) => a.text).join('; ')} |`,
  );
}

const md = `## compare-metrics, whole process: \`mlci compare-metrics\` vs scipy.stats.bootstrap

${await machine()}${quick ? ' — **quick mode** (smaller sizes)' : ''}; 1-minute load average ${loadAtStart} at the start, ${loadavg()[0].toFixed(1)} at the end
(the machine is shared: other work on its two cores slows both sides; mlci runs the bootstrap on two worker threads, numpy on one
thread, so on a heavily loaded machine mlci also gets a larger share of the CPU: compare ratios measured at similar loads).
${N.toLocaleString('en')} regression predictions per side (CSV),
${B.toLocaleString('en')} resamples, 95 % percentile intervals. Each side is a whole process timed from spawn to exit, best of ${RUNS}, the two
alternating in the same run: \`node ${cli.startsWith(root) ? cli.slice(root.length + 1) : cli} compare-metrics --predictions cand.csv --baseline-predictions base.csv --rules …\`
(start-up, reading and parsing both files, every metric, the fingerprint, the alignment, the bootstrap, the report) against
\`/usr/bin/python3 peer.py\` (numpy.loadtxt of the same files, then \`scipy.stats.bootstrap(…, vectorized=True, batch=…, method='percentile')\`,
paired over (y, baseline, candidate) for RMSE and R² in one vectorised statistic).

| workload | mlci (best wall) | scipy (best wall) | speed-up (wall) | CPU seconds, mlci vs scipy (best) | mlci runs (s) | scipy runs (s) | intervals agree within MC error |
|---|---:|---:|---:|---:|---|---|---|
${rows.join('\n')}

Target (issue #11): at least 5x scipy's time on both workloads, through the CLI.
`;
console.log(`\n${md}`);
await writeSection('compare-metrics-cli', md);
if (!allAgree) process.exitCode = 1;
