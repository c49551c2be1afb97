#!/usr/bin/env node
// validate-data on JSONL and .jsonl.gz (issue #16): mlci as a whole process (the action bundle,
// start-up included, worker threads on both cores) against DuckDB's read_json (threads=2) doing the same
// checks on the same file, alternating in one run, at 1x and 3x the rows, with peak RSS for both. Every
// engine must report exactly the planted errors, or the benchmark fails.
//   npm run bench jsonl                 1M rows (~200 MiB) and 3M rows
//   node bench/jsonl.bench.mjs --quick  200k rows, results printed only
import { execFileSync, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { machine, ratio, writeSection } from './lib/results.mjs';
import { actionBundle } from './lib/bundle.mjs';
import { expected, generateJsonl, SCHEMA_YAML } from './lib/validate-data-gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench/.data/jsonl');
const quick = process.argv.includes('--quick');
const ROWS = quick ? 200_000 : 1_000_000;
const GROW = 3;
const node = process.execPath;
const MiB = 2 ** 20;
mkdirSync(data, { recursive: true });
const loadBefore = loadavg();

// 1. Data: typed and all-string JSONL of ROWS rows, the typed file 3x (the same rows three times), and
// gzip copies of the typed files. Reused when present.
const file = (name) => join(data, name);
const typed = file(`typed-${ROWS}.jsonl`);
const strings = file(`strings-${ROWS}.jsonl`);
const grown = file(`typed-${ROWS}-x${GROW}.jsonl`);
if (!existsSync(typed)) generateJsonl(typed, ROWS);
if (!existsSync(strings)) generateJsonl(strings, ROWS, { strings: true });
if (!existsSync(grown)) execFileSync('/bin/sh', ['-c', `cat '${typed}' '${typed}' '${typed}' > '${grown}'`]);
for (const path of [typed, grown])
  if (!existsSync(`${path}.gz`))
    await pipeline(createReadStream(path), createGzip({ level: 6 }), createWriteStream(`${path}.gz`));
const schemaPath = file('schema.yaml');
writeFileSync(schemaPath, SCHEMA_YAML);

// 2. mlci as users run it: the validate-data action bundle built from the current sources (INPUT_* env).
const entry = actionBundle(root, 'validate-data', 'jsonl-bundle');

/** Runs a command under GNU time; wall seconds, peak RSS (MiB), CPU seconds (user + sys), stdout. */
function timed(command, args, env = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const [wall, rssKb, user, sys] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${command} failed: ${result.stderr}`);
  return { wall, rss: rssKb / 1024, cpu: user + sys, stdout: result.stdout, stderr: result.stderr };
}

function mlci(path) {
  const report = file('report.json');
  const outputs = file('outputs.txt');
  writeFileSync(outputs, '');
  const run = timed(node, [entry], {
    INPUT_DATA: path,
    INPUT_SCHEMA: schemaPath,
    INPUT_REPORT: report,
    INPUT_WORKERS: '0',
    GITHUB_OUTPUT: outputs,
    GITHUB_WORKSPACE: root,
  });
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const field = (name) => r.fields.find((f) => f.name === name);
  const planted =
    field('amount').typeErrors +
    field('event_date').typeErrors +
    field('score').constraintErrors +
    field('category').constraintErrors;
  const findings = {
    rows: r.stats.rows,
    typeErrors: { amount: field('amount').typeErrors, event_date: field('event_date').typeErrors },
    constraintErrors: {
      score: field('score').constraintErrors,
      category: field('category').constraintErrors,
    },
    scoreNulls: field('score').nulls,
    other: r.errorCount - planted,
  };
  return { ...run, findings, workers: run.stdout.includes('scanned in worker threads') };
}

function duckdb(path) {
  const run = timed(node, [join(root, 'bench/lib/validate-data-duckdb.mjs'), 'jsonl', path, '2']);
  return { ...run, findings: JSON.parse(run.stdout.trim().split('\n').at(-1)) };
}

function check(engine, findings, times) {
  const want = expected(ROWS);
  const wanted = {
    rows: want.rows * times,
    typeErrors: { amount: want.typeErrors.amount * times, event_date: want.typeErrors.event_date * times },
    constraintErrors: {
      score: want.constraintErrors.score * times,
      category: want.constraintErrors.category * times,
    },
    scoreNulls: want.scoreNulls * times,
  };
  const { seconds, other, ...got } = findings;
  if (JSON.stringify(got) !== JSON.stringify(wanted) || other !== 0)
    throw new Error(`${engine} found ${JSON.stringify(findings)}, planted ${JSON.stringify(wanted)}`);
}

/** mlci and DuckDB alternating `times` times on one file; best wall of each, all runs checked. */
function compare(name, path, times, grow) {
  const ours = [];
  const peer = [];
  for (let i = 0; i < times; i++) {
    ours.push(mlci(path));
    peer.push(duckdb(path));
    console.log(`  ${name} run ${i + 1}: mlci ${ours.at(-1).wall} s, DuckDB ${peer.at(-1).wall} s`);
  }
  for (const run of ours) check(`mlci ${name}`, run.findings, grow);
  for (const run of peer) check(`DuckDB ${name}`, run.findings, grow);
  const best = (runs) => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
  const cpu = (runs) => Math.min(...runs.map((run) => run.cpu));
  return {
    name,
    bytes: statSync(path).size,
    ours: best(ours),
    peer: best(peer),
    cpu: { ours: cpu(ours), peer: cpu(peer) },
    all: { ours, peer },
  };
}

const results = [
  compare(`typed JSONL, ${ROWS / 1e6}M rows`, typed, 3, 1),
  compare(`typed JSONL, ${(GROW * ROWS) / 1e6}M rows (${GROW}x)`, grown, 2, GROW),
  compare(`all-string JSONL, ${ROWS / 1e6}M rows`, strings, 2, 1),
  compare(`typed .jsonl.gz, ${ROWS / 1e6}M rows`, `${typed}.gz`, 2, 1),
  compare(`typed .jsonl.gz, ${(GROW * ROWS) / 1e6}M rows (${GROW}x)`, `${grown}.gz`, 2, GROW),
];
const loadAfter = loadavg();
rmSync(file('report.json'), { force: true });

// 3. Results.
const rate = (bytes, seconds) => `${(bytes / MiB / seconds).toFixed(0)} MiB/s`;
const line = (r) =>
  `| ${r.name}, ${(r.bytes / MiB).toFixed(0)} MiB | ${r.ours.wall.toFixed(2)} s (${rate(r.bytes, r.ours.wall)}), ${r.ours.rss.toFixed(0)} MiB | ${r.peer.wall.toFixed(2)} s, ${r.peer.rss.toFixed(0)} MiB | **${ratio(r.peer.wall, r.ours.wall)}** | ${r.cpu.ours.toFixed(2)} s vs ${r.cpu.peer.toFixed(2)} s (${ratio(r.cpu.peer, r.cpu.ours)}) | ${r.all.ours.map((x) => x.wall.toFixed(2)).join(', ')} / ${r.all.peer.map((x) => x.wall.toFixed(2)).join(', ')} |`;
const md = `
### validate-data on JSONL and .jsonl.gz

\`node bench/jsonl.bench.mjs\` (\`npm run bench jsonl\`). ${await machine()}; 1-minute load average
${loadBefore[0].toFixed(1)} at the start, ${loadAfter[0].toFixed(1)} at the end (the machine is shared: compare ratios).
The validate-data benchmark's table (11 columns, 15 checks: types of all columns, two enums, two ranges,
required, maxLength, boolean values, null-rate ceiling, row count, label balance) as JSONL: *typed* (numbers
as JSON numbers, is_member a boolean, empty cells null, the notes with escaped quotes) and *all-string*
(every value a JSON string, as DuckDB writes a VARCHAR table); the ${GROW}x file is the same rows ${GROW} times.
mlci runs as a whole process (the validate-data action bundle built from the current sources, start-up included; plain JSONL in
newline-aligned parts of 8 MiB, tapering to 1 MiB at the end, claimed one at a time by the main thread and a worker thread started with the process; .jsonl.gz inflated
by a gunzip worker into segments of whole lines that the main thread and a range worker validate in turn). DuckDB
1.5 via @duckdb/node-api, threads=2, \`read_json(format = 'newline_delimited', columns = {… VARCHAR})\` and the
same checks in SQL (TRY_CAST), also a whole process. Alternating, best of the runs; both engines found exactly
the planted errors in every run. CPU is user + system time of the whole process (best run): on a loaded
machine the wall-clock ratio follows it, since neither engine gets both cores.

| file | mlci (wall, throughput, peak RSS) | DuckDB (wall, peak RSS) | DuckDB / mlci (wall) | CPU, mlci vs DuckDB (DuckDB / mlci) | all runs, mlci / DuckDB (s) |
|---|---:|---:|---:|---:|---|
${results.map(line).join('\n')}
`;
console.log(md);
if (!quick) await writeSection('jsonl', md);
