#!/usr/bin/env node
// validate-data benchmark: mlci (byte-level scanner, worker threads) against DuckDB (@duckdb/node-api,
// VARCHAR + TRY_CAST) and pandas (Debian's python3-pandas, chunked) doing the same ~15 checks on the same
// generated CSV, side by side in one run; then Parquet and JSONL beside DuckDB; then peak RSS as the file
// grows. Every engine must report exactly the planted errors, or the benchmark fails.
//   npm run bench validate-data            10M rows (~0.9 GB), 3x file for the RSS check
//   node bench/validate-data.bench.mjs --quick   1M rows
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, ratio, writeSection } from './lib/results.mjs';
import { actionBundle } from './lib/bundle.mjs';
import { CATEGORIES, COUNTRIES, expected, generateCsv, SCHEMA_YAML } from './lib/validate-data-gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench/.data');
const quick = process.argv.includes('--quick');
const ROWS = quick ? 1_000_000 : 10_000_000;
const GROW = quick ? 2 : 3; // the RSS check's larger file, in multiples of the base file
const node = process.execPath;
mkdirSync(data, { recursive: true });

function mib(bytes) {
  return bytes / 2 ** 20;
}

/** Runs a command under GNU time; returns wall seconds, peak RSS (MiB) and stdout. */
function timed(command, args, env = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const lines = result.stderr.trim().split('\n');
  const [wall, rssKb] = lines.at(-1).split(' ').map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${command} failed: ${result.stderr}`);
  return { wall, rss: rssKb / 1024, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const load0 = loadavg()[0];

// 1. Data: the CSV (reused when present), its schema, and DuckDB-written Parquet and JSONL copies.
const csv = join(data, `vd2-${ROWS}.csv`);
if (!existsSync(csv)) {
  console.log(`generating ${csv} …`);
  generateCsv(csv, ROWS);
}
const schemaPath = join(data, 'vd-schema.yaml');
writeFileSync(schemaPath, SCHEMA_YAML);
const want = expected(ROWS);
const duckdbScript = join(root, 'bench/lib/validate-data-duckdb.mjs');
const parquet = join(data, `vd2-${ROWS}.parquet`);
const jsonlRows = Math.min(ROWS, 2_000_000);
const jsonl = join(data, `vd2-${ROWS}-${jsonlRows}.jsonl`);
if (!existsSync(parquet) || !existsSync(jsonl)) {
  console.log('writing Parquet and JSONL copies with DuckDB …');
  const sql = [
    `COPY (SELECT * FROM read_csv('${csv}', all_varchar = true, header = true)) TO '${parquet}' (FORMAT parquet, COMPRESSION snappy)`,
    `COPY (SELECT * FROM read_csv('${csv}', all_varchar = true, header = true) LIMIT ${jsonlRows}) TO '${jsonl}' (FORMAT json)`,
  ];
  execFileSync(
    node,
    [
      '--input-type=module',
      '-e',
      `
    import { DuckDBInstance } from '@duckdb/node-api';
    const c = await (await DuckDBInstance.create(':memory:')).connect();
    for (const q of ${JSON.stringify(sql)}) await c.run(q);`,
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

// 2. mlci as users run it: the validate-data action bundle built from the current sources (INPUT_* env).
const entry = actionBundle(root, 'validate-data', 'vd-bundle');

function mlci(file, extra = {}) {
  const report = join(data, 'vd-report.json');
  const outputs = join(data, 'vd-outputs.txt');
  writeFileSync(outputs, '');
  const run = timed(node, [entry], {
    INPUT_DATA: file,
    INPUT_SCHEMA: schemaPath,
    INPUT_REPORT: report,
    INPUT_WORKERS: '0',
    GITHUB_OUTPUT: outputs,
    GITHUB_WORKSPACE: root,
    ...extra,
  });
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const field = (name) => r.fields.find((f) => f.name === name);
  const planted = ['amount', 'event_date']
    .map((f) => field(f).typeErrors)
    .concat(['score', 'category'].map((f) => field(f).constraintErrors));
  return {
    ...run,
    findings: {
      rows: r.stats.rows,
      typeErrors: { amount: field('amount').typeErrors, event_date: field('event_date').typeErrors },
      constraintErrors: {
        score: field('score').constraintErrors,
        category: field('category').constraintErrors,
      },
      scoreNulls: field('score').nulls,
      // Anything reported beyond the planted errors (all other checks must pass).
      other: r.errorCount - planted.reduce((a, b) => a + b, 0),
    },
    errorCount: r.errorCount,
  };
}

function duckdb(format, file, threads = 2) {
  const run = timed(node, [duckdbScript, format, file, String(threads)]);
  return { ...run, findings: JSON.parse(run.stdout.trim().split('\n').at(-1)) };
}

function pandas(file) {
  const run = timed('/usr/bin/python3', [
    join(root, 'bench/lib/validate_data_pandas.py'),
    file,
    CATEGORIES.join(','),
    COUNTRIES.join(','),
  ]);
  return { ...run, findings: JSON.parse(run.stdout.trim().split('\n').at(-1)) };
}

function check(engine, findings, expectedFindings) {
  const { seconds, other, ...got } = findings;
  const wanted = { ...expectedFindings };
  if (JSON.stringify(got) !== JSON.stringify(wanted) || (other !== undefined && other !== 0))
    throw new Error(`${engine} found ${JSON.stringify(findings)}, planted ${JSON.stringify(wanted)}`);
}

const best = (runs) => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
const repeat = (n, fn) => Array.from({ length: n }, fn);
const csvBytes = statSync(csv).size;

// 3. CSV side by side: best of 3 for mlci and DuckDB (the machine is shared), one pandas run.
console.log(`CSV ${mib(csvBytes).toFixed(0)} MiB, ${ROWS} rows`);
// Interleaved so that a burst of load from elsewhere hits both engines alike.
const mlciRuns = [];
const duckRuns = [];
for (let i = 0; i < 3; i++) {
  mlciRuns.push(mlci(csv));
  duckRuns.push(duckdb('csv', csv));
  console.log(`  run ${i + 1}: mlci ${mlciRuns.at(-1).wall} s, DuckDB ${duckRuns.at(-1).wall} s`);
}
const single = mlci(csv, { INPUT_WORKERS: '1' });
console.log(`  mlci one thread ${single.wall} s`);
const pandasRun = pandas(csv);
console.log(`  pandas ${pandasRun.wall} s`);
for (const run of mlciRuns) check('mlci', run.findings, want);
check('mlci (one thread)', single.findings, want);
for (const run of duckRuns) check('DuckDB', run.findings, want);
check('pandas', pandasRun.findings, want);

// 4. Parquet and JSONL throughput beside DuckDB (typed reads; same checks).
const parquetBytes = statSync(parquet).size;
const jsonlBytes = statSync(jsonl).size;
// Best of 3, alternating (the column-chunk reader takes seconds, no longer minutes, at 10M rows).
const parquetRuns = [];
const duckParquetRuns = [];
for (let i = 0; i < 3; i++) {
  parquetRuns.push(mlci(parquet));
  duckParquetRuns.push(duckdb('parquet', parquet));
}
for (const run of parquetRuns) check('mlci parquet', run.findings, want);
const mlciParquet = best(parquetRuns);
const duckParquet = best(duckParquetRuns);
console.log(
  `Parquet: mlci ${parquetRuns.map((r) => r.wall).join(', ')} s; DuckDB ${duckParquetRuns.map((r) => r.wall).join(', ')} s`,
);
check('mlci parquet', mlciParquet.findings, want);
check('DuckDB parquet', duckParquet.findings, want);
// The JSONL copy holds the first jsonlRows rows: count the planted errors among them.
const wantJsonl = {};
const firstRows = (list) => list.filter((row) => row < jsonlRows).length;
const { plantedRows } = await import('./lib/validate-data-gen.mjs');
const p = plantedRows(ROWS);
Object.assign(wantJsonl, {
  rows: jsonlRows,
  typeErrors: { amount: firstRows(p.amountType), event_date: firstRows(p.dateType) },
  constraintErrors: { score: firstRows(p.scoreRange), category: firstRows(p.categoryEnum) },
  scoreNulls: Array.from({ length: jsonlRows }, (_, i) => i).filter(
    (i) => i % 20 === 7 && !p.scoreRange.includes(i),
  ).length,
});
const mlciJsonl = best(repeat(2, () => mlci(jsonl)));
const duckJsonl = best(repeat(2, () => duckdb('jsonl', jsonl)));
check('mlci jsonl', mlciJsonl.findings, wantJsonl);
check('DuckDB jsonl', duckJsonl.findings, wantJsonl);

// 5. Peak RSS as the file grows: the base file and GROW times its data rows (header once).
const grown = join(data, `vd2-${ROWS}-x${GROW}.csv`);
if (!existsSync(grown)) {
  console.log(`writing ${GROW}x file …`);
  const fd = openSync(grown, 'w');
  closeSync(fd);
  execFileSync('/bin/sh', [
    '-c',
    `cat '${csv}' > '${grown}' && for i in $(seq 2 ${GROW}); do tail -n +2 '${csv}' >> '${grown}'; done`,
  ]);
}
const grownRun = mlci(grown);
const grownBytes = statSync(grown).size;
if (grownRun.findings.rows !== ROWS * GROW) throw new Error(`grown file: ${grownRun.findings.rows} rows`);

// 6. Results.
const ours = best(mlciRuns);
const duck = best(duckRuns);
const rate = (bytes, seconds) => `${(mib(bytes) / seconds).toFixed(0)} MiB/s`;
const row = (engine, run, bytes) =>
  `| ${engine} | ${run.wall.toFixed(2)} | ${rate(bytes, run.wall)} | ${run.rss.toFixed(0)} MiB |`;
const md = `
### validate-data

${await machine()}; 1-minute load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end. Load during the run is shared with other jobs: times are best of 3 (mlci, DuckDB) and
wall-clock including process start; compare ratios. Every engine found exactly the planted errors
(${want.typeErrors.amount} bad amounts, ${want.typeErrors.event_date} bad dates, ${want.constraintErrors.score}
scores out of range, ${want.constraintErrors.category} unknown categories, ${want.scoreNulls} empty scores) —
the benchmark fails otherwise.

**CSV**, ${ROWS.toLocaleString('en')} rows × 11 columns, ${mib(csvBytes).toFixed(0)} MiB, 15 checks (types of all
columns, two enums, two ranges, required, maxLength, boolean values, null-rate ceiling, row count, label balance):

| engine | seconds | throughput | peak RSS |
|---|---:|---:|---:|
${row('mlci, worker threads (2 cores)', ours, csvBytes)}
${row('mlci, one thread', single, csvBytes)}
${row('DuckDB 1.5 (@duckdb/node-api), threads=2, VARCHAR + TRY_CAST', duck, csvBytes)}
${row('pandas (Debian python3-pandas), chunks of 1M rows', pandasRun, csvBytes)}

mlci vs DuckDB: **${ratio(duck.wall, ours.wall)}**; mlci vs pandas: **${ratio(pandasRun.wall, ours.wall)}** (peer time / mlci time).
All runs, interleaved: mlci ${mlciRuns.map((r) => r.wall.toFixed(2)).join(', ')} s; DuckDB ${duckRuns.map((r) => r.wall.toFixed(2)).join(', ')} s.

**Parquet** (DuckDB-written, snappy, ${mib(parquetBytes).toFixed(0)} MiB) and **JSONL** (${jsonlRows.toLocaleString('en')} rows, ${mib(jsonlBytes).toFixed(0)} MiB), same checks:

| input | mlci | DuckDB | DuckDB / mlci |
|---|---:|---:|---:|
| Parquet | ${mlciParquet.wall.toFixed(2)} s (${rate(parquetBytes, mlciParquet.wall)}, ${mlciParquet.rss.toFixed(0)} MiB) | ${duckParquet.wall.toFixed(2)} s (${duckParquet.rss.toFixed(0)} MiB) | ${ratio(duckParquet.wall, mlciParquet.wall)} |
| JSONL | ${mlciJsonl.wall.toFixed(2)} s (${rate(jsonlBytes, mlciJsonl.wall)}, ${mlciJsonl.rss.toFixed(0)} MiB) | ${duckJsonl.wall.toFixed(2)} s (${duckJsonl.rss.toFixed(0)} MiB) | ${ratio(duckJsonl.wall, mlciJsonl.wall)} |

**Memory as the file grows** (mlci, worker threads): ${mib(csvBytes).toFixed(0)} MiB → peak RSS ${ours.rss.toFixed(0)} MiB;
${mib(grownBytes).toFixed(0)} MiB (${GROW}×) → peak RSS ${grownRun.rss.toFixed(0)} MiB in ${grownRun.wall.toFixed(1)} s.
`;
console.log(md);
if (!quick) await writeSection('validate-data', md);
rmSync(join(data, 'vd-report.json'), { force: true });
