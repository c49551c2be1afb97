// Typed Parquet benchmark (issue #16): mlci's column-chunk reader against DuckDB (threads=2), whole
// processes, same checks, alternating, best of N. DuckDB writes the file: INT64 (required and nullable),
// DOUBLE, DATE, TIMESTAMP, BOOLEAN, dictionary strings; snappy and zstd; 1x and 3x.
// Usage: node bench/parquet-typed.bench.mjs [rows=2000000] [runs=3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { machine, writeSection } from './lib/results.mjs';
import { actionBundle } from './lib/bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench/.data');
mkdirSync(data, { recursive: true });
const ROWS = Number(process.argv[2] ?? 2_000_000);
const RUNS = Number(process.argv[3] ?? 3);
const node = process.execPath;

function timed(command, args, env = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const [wall, rssKb, user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${command} failed: ${result.stderr}`);
  // CPU: user + system seconds of the whole process (all its threads).
  return { wall, cpu: user + system, rss: rssKb / 1024, stdout: result.stdout, stderr: result.stderr };
}

// Planted: amount < 0 every 1000th row (minimum), category 'zzz' every 5000th (enum), score null every 7th.
const SELECT = (rows) => `SELECT
  i::BIGINT AS id,
  (i % 100000)::BIGINT AS user_id,
  CASE WHEN i % 1000 = 0 THEN -1.5 ELSE (i % 977) * 1.25 END::DOUBLE AS amount,
  CASE WHEN i % 7 = 0 THEN NULL ELSE (i % 1000) / 1000.0 END::DOUBLE AS score,
  CASE WHEN i % 5000 = 0 THEN 'zzz' ELSE ['books','games','food','tools','toys'][1 + i % 5] END AS category,
  ['DE','FR','US','GB','JP','IN','BR'][1 + i % 7] AS country,
  (DATE '2020-01-01' + (i % 1500)::INT) AS event_date,
  (TIMESTAMP '2020-01-01 00:00:00' + to_seconds(i)) AS ts,
  (i % 3 = 0) AS is_member,
  (i % 2)::INTEGER AS label,
  'note ' || (i % 50) AS note
FROM range(${rows}) t(i)`;

const SCHEMA = `fields:
  - {name: id, type: integer, constraints: {required: true}}
  - {name: user_id, type: integer, constraints: {minimum: 0}}
  - {name: amount, type: number, constraints: {minimum: 0}}
  - {name: score, type: number, constraints: {minimum: 0, maximum: 1}}
  - {name: category, type: string, constraints: {enum: [books, games, food, tools, toys]}}
  - {name: country, type: string, constraints: {enum: [DE, FR, US, GB, JP, IN, BR]}}
  - {name: event_date, type: date}
  - {name: ts, type: datetime}
  - {name: is_member, type: boolean}
  - {name: label, type: integer, constraints: {enum: [0, 1]}}
  - {name: note, type: string, constraints: {maxLength: 200}}
`;
// All-string copy: every column VARCHAR (timestamps ISO 8601), the same schema: both sides cast text.
const STRING_SELECT = (
  rows,
) => `SELECT id::VARCHAR AS id, user_id::VARCHAR AS user_id, amount::VARCHAR AS amount,
  score::VARCHAR AS score, category, country, event_date::VARCHAR AS event_date,
  strftime(ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, is_member::VARCHAR AS is_member, label::VARCHAR AS label, note
FROM (${SELECT(rows)})`;
const DUCK_STRING_SQL = (path) => `SELECT count(*) AS rows,
  count(*) FILTER (WHERE id IS NULL OR TRY_CAST(id AS BIGINT) IS NULL) AS id_bad,
  count(*) FILTER (WHERE TRY_CAST(user_id AS BIGINT) IS NULL OR TRY_CAST(user_id AS BIGINT) < 0) AS user_id_bad,
  count(*) FILTER (WHERE TRY_CAST(amount AS DOUBLE) < 0) AS amount_min,
  count(*) FILTER (WHERE TRY_CAST(score AS DOUBLE) < 0 OR TRY_CAST(score AS DOUBLE) > 1) AS score_range,
  count(*) FILTER (WHERE score IS NULL) AS score_nulls,
  count(*) FILTER (WHERE category NOT IN ('books','games','food','tools','toys')) AS category_enum,
  count(*) FILTER (WHERE country NOT IN ('DE','FR','US','GB','JP','IN','BR')) AS country_enum,
  count(*) FILTER (WHERE TRY_CAST(event_date AS DATE) IS NULL) AS event_date_type,
  count(*) FILTER (WHERE TRY_CAST(ts AS TIMESTAMPTZ) IS NULL) AS ts_type,
  count(*) FILTER (WHERE is_member NOT IN ('true','false')) AS is_member_type,
  count(*) FILTER (WHERE TRY_CAST(label AS INTEGER) NOT IN (0, 1)) AS label_enum,
  count(*) FILTER (WHERE length(note) > 200) AS note_length
FROM read_parquet('${path}')`;
const DUCK_SQL = (path) => `SELECT count(*) AS rows,
  count(*) FILTER (WHERE id IS NULL) AS id_missing,
  count(*) FILTER (WHERE user_id < 0) AS user_id_min,
  count(*) FILTER (WHERE amount < 0) AS amount_min,
  count(*) FILTER (WHERE score < 0 OR score > 1) AS score_range,
  count(*) FILTER (WHERE score IS NULL) AS score_nulls,
  count(*) FILTER (WHERE category NOT IN ('books','games','food','tools','toys')) AS category_enum,
  count(*) FILTER (WHERE country NOT IN ('DE','FR','US','GB','JP','IN','BR')) AS country_enum,
  count(*) FILTER (WHERE label NOT IN (0, 1)) AS label_enum,
  count(*) FILTER (WHERE length(note) > 200) AS note_length
FROM read_parquet('${path}')`;

const duckScript = join(data, 'pq-duck.mjs');
writeFileSync(
  duckScript,
  `import { DuckDBInstance } from '${join(root, 'node_modules/@duckdb/node-api/lib/index.js')}';
const [mode, path, arg] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const c = await db.connect();
if (mode === 'write') await c.run(arg);
else {
  const r = (await c.runAndReadAll(arg)).getRowObjects()[0];
  console.log(JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]))));
}
`,
);

// mlci as users run it: the validate-data action bundle built from the current sources (INPUT_* env).
const entry = actionBundle(root, 'validate-data', 'pq-bundle');
const schemaPath = join(data, 'pq-schema.yaml');
writeFileSync(schemaPath, SCHEMA);

function file(rows, codec, strings = false) {
  const path = join(data, `pq-${strings ? 'string' : 'typed'}-${rows}-${codec}.parquet`);
  const select = strings ? STRING_SELECT(rows) : SELECT(rows);
  if (!existsSync(path))
    timed(node, [
      duckScript,
      'write',
      path,
      `COPY (${select}) TO '${path}' (FORMAT parquet, COMPRESSION ${codec})`,
    ]);
  return path;
}

function mlci(path, env = {}) {
  const report = join(data, 'pq-report.json');
  const outputs = join(data, 'pq-outputs.txt');
  writeFileSync(outputs, '');
  const run = timed(node, [entry], {
    INPUT_DATA: path,
    INPUT_SCHEMA: schemaPath,
    INPUT_REPORT: report,
    INPUT_WORKERS: '0',
    GITHUB_OUTPUT: outputs,
    GITHUB_WORKSPACE: root,
    ...env,
  });
  const r = JSON.parse(readFileSync(report, 'utf8'));
  run.findings = Object.fromEntries(
    r.fields.map((f) => [f.name, [f.nulls, f.typeErrors, f.constraintErrors].join('/')]),
  );
  return run;
}

// Every variant at 1x and 3x (peak RSS must stay flat), snappy and zstd (the column-chunk reader decodes
// zstd with the WebAssembly decoder on every Node: see zstd.ts), typed and all-string; DuckDB in the same
// run, alternating.
const load0 = loadavg();
const rowsOut = [];
for (const scale of [1, 3])
  for (const strings of [false, true])
    for (const codec of ['snappy', 'zstd']) {
      const rows = ROWS * scale;
      const path = file(rows, codec, strings);
      const sql = strings ? DUCK_STRING_SQL(path) : DUCK_SQL(path);
      const ours = [];
      const theirs = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(mlci(path));
        theirs.push(timed(node, [duckScript, 'read', path, sql]));
      }
      const best = (runs) => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
      const a = best(ours);
      const b = best(theirs);
      const mib = (statSync(path).size / 2 ** 20).toFixed(0);
      const label = `${strings ? 'all-string' : 'typed'} ${codec}, ${scale}× (${(rows / 1e6).toFixed(0)} M rows, ${mib} MiB)`;
      // The least CPU of the runs: on a shared machine the wall moves with the load, CPU much less.
      const cpu = (runs) => Math.min(...runs.map((r) => r.cpu));
      rowsOut.push(
        `| ${label} | ${a.wall.toFixed(2)} s, ${a.rss.toFixed(0)} MiB | ${b.wall.toFixed(2)} s, ${b.rss.toFixed(0)} MiB | ${(b.wall / a.wall).toFixed(2)}x | ${cpu(ours).toFixed(2)} s vs ${cpu(theirs).toFixed(2)} s (${(cpu(theirs) / cpu(ours)).toFixed(2)}x) |`,
      );
      console.log(
        `${label}: mlci ${ours.map((r) => r.wall).join(', ')} s; DuckDB ${theirs.map((r) => r.wall).join(', ')} s; duck ${b.stdout.trim()} mlci ${JSON.stringify(a.findings)}`,
      );
    }
// Profiles and drift on Parquet against the CSV of the same table (the rule: no dearer than on
// CSV). The CSV is DuckDB's copy of the typed snappy file (timestamps ISO 8601); mlci runs on both with
// `profile`, then with `reference-profile` (the 1x CSV's profile) and `profile`: drift on top.
function csvOf(parquet, rows) {
  const path = join(data, `pq-typed-${rows}.csv`);
  if (!existsSync(path))
    timed(node, [
      duckScript,
      'write',
      path,
      `COPY (SELECT * REPLACE (strftime(ts, '%Y-%m-%dT%H:%M:%SZ') AS ts) FROM '${parquet}') TO '${path}' (HEADER)`,
    ]);
  return path;
}
const reference = join(data, 'pq-reference-profile.json');
const profileRows = [];
for (const scale of [1, 3]) {
  const rows = ROWS * scale;
  const parquet = file(rows, 'snappy');
  const csv = csvOf(parquet, rows);
  if (scale === 1) mlci(csv, { INPUT_PROFILE: reference });
  for (const [what, extra] of [
    ['profile', {}],
    ['profile and drift', { INPUT_REFERENCE_PROFILE: reference }],
  ]) {
    const runs = { csv: [], parquet: [] };
    for (let i = 0; i < RUNS; i++)
      for (const [kind, path] of [
        ['csv', csv],
        ['parquet', parquet],
      ]) {
        const profile = join(data, `pq-profile-${kind}.json`);
        runs[kind].push({
          ...mlci(path, { ...extra, INPUT_PROFILE: profile }),
          profile: readFileSync(profile, 'utf8'),
        });
      }
    // Both profiles count the same rows, nulls and values (sketches aside).
    const counts = (run) =>
      JSON.stringify(JSON.parse(run.profile).columns.map((c) => [c.name, c.count, c.nulls]));
    if (counts(runs.csv[0]) !== counts(runs.parquet[0]) || JSON.parse(runs.parquet[0].profile).rows !== rows)
      throw new Error(`the profiles disagree: ${counts(runs.csv[0])} / ${counts(runs.parquet[0])}`);
    const best = (list) => list.reduce((a, b) => (b.wall < a.wall ? b : a));
    const cpu = (list) => Math.min(...list.map((r) => r.cpu));
    const [c, q] = [best(runs.csv), best(runs.parquet)];
    profileRows.push(
      `| ${(rows / 1e6).toFixed(0)} M rows, ${what} | ${c.wall.toFixed(2)} s, ${cpu(runs.csv).toFixed(2)} s CPU, ${c.rss.toFixed(0)} MiB | ${q.wall.toFixed(2)} s, ${cpu(runs.parquet).toFixed(2)} s CPU, ${q.rss.toFixed(0)} MiB | ${(c.wall / q.wall).toFixed(2)}x |`,
    );
    console.log(
      `${rows} rows, ${what}: CSV ${runs.csv.map((r) => r.wall).join(', ')} s; Parquet ${runs.parquet.map((r) => r.wall).join(', ')} s`,
    );
  }
}

const load1 = loadavg();
const fmt = (l) => l.map((v) => v.toFixed(1)).join(' ');
await writeSection(
  'parquet-typed',
  `\`node bench/parquet-typed.bench.mjs ${ROWS} ${RUNS}\`: whole processes (mlci: the validate-data action bundle, start-up and
worker threads included; DuckDB: @duckdb/node-api, threads=2, the same checks in SQL), alternating, best of
${RUNS} (wall: the fastest run; CPU: user + system seconds of the whole process, the least of the runs). ${await machine()}; load average ${fmt(load0)} at the start, ${fmt(load1)} at the end (other jobs share
the machine: compare the ratios, not the seconds). zstd pages: the WebAssembly decoder (zstddec; node:zlib's zstd ${'zstdDecompressSync' in zlib ? "serves only hyparquet's generic reader here" : 'is not in this Node'}).

| file | mlci (wall, peak RSS) | DuckDB (wall, peak RSS) | DuckDB / mlci (wall) | CPU, mlci vs DuckDB (DuckDB / mlci) |
|---|---:|---:|---:|---:|
${rowsOut.join('\n')}

Profiles and drift, mlci on the typed snappy file and on DuckDB's CSV of the same table (\`profile\`; then
\`reference-profile\`, the 1x CSV's profile, and \`profile\`), best of ${RUNS} each, alternating; both profiles
count the same rows, values and nulls in every column (checked):

| table, with | CSV (wall, CPU, peak RSS) | Parquet (wall, CPU, peak RSS) | CSV / Parquet (wall) |
|---|---:|---:|---:|
${profileRows.join('\n')}`,
);
