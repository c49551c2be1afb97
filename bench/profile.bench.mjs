#!/usr/bin/env node
// Benchmark of the data profile (issue #3), peers in the same run:
//  A. the profiler's hot path on typed values in memory (what validate-data calls per cell), against a
//     bare accumulator (count, nulls, min/max, Welford, exact category map: the least any profile does),
//     plus merging 16 shard profiles;
//  B. profiling a CSV end to end: `mlci validate-data --profile` vs DuckDB `SUMMARIZE` (@duckdb/node-api)
//     vs pandas (read_csv + describe + nunique + value_counts), asserting that all find the same counts.
// `--quick` uses a tenth of the rows. Data lives in bench/.data/profile and is reused between runs.
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSources } from './lib/compile.mjs';
import { machine, writeSection } from './lib/results.mjs';
import { best, fastestRun, timedProcess } from './lib/timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const ROWS = quick ? 1_000_000 : 10_000_000;
const data = join(root, 'bench/.data/profile');
mkdirSync(data, { recursive: true });

const compiled = join(root, '.build-profile-bench');
const load = compileSources(compiled);
const { createProfiler, mergeProfiles } = await load('core/data/profile/profiler.js');

/** mulberry32, as test/support/seeded-random.ts. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = Array.from({ length: 20 }, (_, i) => `cat_${String.fromCharCode(97 + i)}`);
const COUNTRIES = ['DE', 'FR', 'NL', 'US', 'GB', 'ES', 'IT', 'PL', 'SE', 'NO', 'FI', 'DK', 'BE', 'AT', 'CH'];
const FIELDS = [
  { name: 'id', type: 'integer' },
  { name: 'amount', type: 'number' },
  { name: 'score', type: 'number' },
  { name: 'category', type: 'string' },
  { name: 'country', type: 'string' },
  { name: 'event_date', type: 'date' },
  { name: 'is_member', type: 'boolean' },
];

// ---- A. hot path on typed values
const N = quick ? 1_000_000 : 5_000_000;
const random = seeded(1);
const id = new Float64Array(N);
const amount = new Float64Array(N);
const score = new Float64Array(N);
const date = new Float64Array(N);
const category = new Array(N);
const country = new Array(N);
const member = new Uint8Array(N);
for (let i = 0; i < N; i++) {
  id[i] = i;
  amount[i] = random() < 0.001 ? Number.NaN : Math.round(random() * 1e6) / 100; // NaN stands for null
  score[i] = random() < 0.05 ? Number.NaN : random();
  date[i] = Date.UTC(2020, 0, 1) + Math.floor(random() * 1500) * 86_400_000;
  category[i] = CATEGORIES[Math.floor(random() ** 2 * 20)];
  country[i] = COUNTRIES[Math.floor(random() * 15)];
  member[i] = random() < 0.3 ? 1 : 0;
}
const cell = (v) => (Number.isNaN(v) ? null : v);

function profileRange(from, to) {
  const p = createProfiler(FIELDS);
  for (let i = from; i < to; i++) {
    p.add(0, id[i]);
    p.add(1, cell(amount[i]));
    p.add(2, cell(score[i]));
    p.add(3, category[i]);
    p.add(4, country[i]);
    p.add(5, date[i]);
    p.add(6, member[i] === 1);
    p.endRow();
  }
  return p.result();
}

function bare() {
  const numeric = [id, amount, score, date].map(() => ({
    n: 0,
    nulls: 0,
    mean: 0,
    m2: 0,
    min: Infinity,
    max: -Infinity,
  }));
  const maps = [new Map(), new Map(), new Map()];
  const columns = [id, amount, score, date];
  for (let i = 0; i < N; i++) {
    for (let c = 0; c < 4; c++) {
      const x = columns[c][i];
      const s = numeric[c];
      if (Number.isNaN(x)) {
        s.nulls++;
        continue;
      }
      const n = ++s.n;
      const d = x - s.mean;
      s.mean += d / n;
      s.m2 += d * (x - s.mean);
      if (x < s.min) s.min = x;
      if (x > s.max) s.max = x;
    }
    const keys = [category[i], country[i], member[i] === 1 ? 'true' : 'false'];
    for (let c = 0; c < 3; c++) maps[c].set(keys[c], (maps[c].get(keys[c]) ?? 0) + 1);
  }
  return numeric;
}

console.log(`A: ${N} rows × 7 columns in memory`);
let whole;
const oursA = await best(
  3,
  () => {
    whole = profileRange(0, N);
  },
  { gc: true },
);
const bareA = await best(3, bare, { gc: true });
const shards = Array.from({ length: 16 }, (_, s) =>
  profileRange(Math.floor((s * N) / 16), Math.floor(((s + 1) * N) / 16)),
);
let merged;
const mergeA = await best(
  3,
  () => {
    merged = shards.reduce(mergeProfiles);
  },
  { gc: true },
);
if (merged.rows !== whole.rows || merged.columns[1].nulls !== whole.columns[1].nulls)
  throw new Error('merge lost rows');
if (merged.columns[3].distinct.registers !== whole.columns[3].distinct.registers)
  throw new Error('HLL registers differ');
const cells = N * 7;
console.log(
  `  profiler ${oursA.toFixed(2)} s (${((oursA / cells) * 1e9).toFixed(1)} ns/cell), bare ${bareA.toFixed(2)} s, merge of 16: ${(mergeA * 1000).toFixed(1)} ms`,
);

// ---- B. end to end on a CSV
const csvPath = join(data, `data-${ROWS}.csv`);
if (!existsSync(csvPath)) {
  console.log(`B: writing ${csvPath} …`);
  const r = seeded(2);
  const out = createWriteStream(csvPath);
  out.write('id,amount,score,category,country,event_date,is_member\n');
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const amountText = r() < 0.001 ? '' : (Math.round(r() * 1e6) / 100).toString();
    const scoreText = r() < 0.05 ? '' : r().toFixed(6);
    const d = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 1500) * 86_400_000).toISOString().slice(0, 10);
    chunk += `${i},${amountText},${scoreText},${CATEGORIES[Math.floor(r() ** 2 * 20)]},${COUNTRIES[Math.floor(r() * 15)]},${d},${r() < 0.3}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise((resolve) => out.on('finish', resolve));
}
const bytes = statSync(csvPath).size;
writeFileSync(
  join(data, 'schema.yaml'),
  `fields:\n${FIELDS.map((f) => `  - {name: ${f.name}, type: ${f.type}}`).join('\n')}\n`,
);

console.log(`B: profiling ${csvPath} (${(bytes / 2 ** 20).toFixed(0)} MiB, ${ROWS} rows)`);
const cli = join(compiled, 'cli/index.js');
const profileFile = join(data, 'profile.json');
/** Best of two `mlci validate-data` runs of the CSV, with `extra` arguments after the schema. */
const validate = (...extra) =>
  fastestRun(2, () =>
    timedProcess(process.execPath, [
      cli,
      'validate-data',
      csvPath,
      '--schema',
      join(data, 'schema.yaml'),
      ...extra,
      '--report',
      join(data, 'report.json'),
      '--quiet',
    ]),
  );
const mlci = validate('--profile', profileFile);
const ours = JSON.parse(readFileSync(profileFile, 'utf8'));
// The same validation without a profile: the difference is what profiling adds to the pass.
const mlciPlain = validate();

const duckScript = `
import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const c = await db.connect();
const r = await c.runAndReadAll(\`SUMMARIZE SELECT * FROM read_csv('${csvPath}', header=true, columns={'id':'BIGINT','amount':'DOUBLE','score':'DOUBLE','category':'VARCHAR','country':'VARCHAR','event_date':'DATE','is_member':'BOOLEAN'})\`);
console.log(JSON.stringify(r.getRowObjectsJson()));
`;
writeFileSync(join(root, 'bench/.data/profile/duck.mjs'), duckScript);
const duck = fastestRun(2, () =>
  timedProcess(process.execPath, [join(root, 'bench/.data/profile/duck.mjs')], { cwd: root }),
);
const duckRows = JSON.parse(duck.stdout);

const pandasScript = `
import json, sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype={'category': 'string', 'country': 'string'}, parse_dates=['event_date'])
out = {}
for name in df.columns:
    s = df[name]
    d = {'count': int(s.count()), 'nulls': int(s.isna().sum()), 'distinct': int(s.nunique())}
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        d.update(mean=float(s.mean()), std=float(s.std(ddof=0)), min=float(s.min()), max=float(s.max()),
                 q=[float(x) for x in s.quantile([0.25, 0.5, 0.75])])
    else:
        d['top'] = {str(k): int(v) for k, v in s.value_counts().head(20).items()}
    out[name] = d
print(json.dumps(out))
`;
writeFileSync(join(data, 'profile_pandas.py'), pandasScript);
const pandas = fastestRun(1, () =>
  timedProcess('/usr/bin/python3', [join(data, 'profile_pandas.py'), csvPath]),
);
const pandasOut = JSON.parse(pandas.stdout);

// All engines must agree on counts, nulls and means.
const col = (name) => ours.columns.find((c) => c.name === name);
const duckCol = (name) => duckRows.find((r) => r.column_name === name);
for (const name of ['amount', 'score']) {
  const o = col(name);
  const p = pandasOut[name];
  const d = duckCol(name);
  if (o.nulls !== p.nulls || Math.abs(o.numeric.mean - p.mean) > 1e-9 * Math.abs(p.mean))
    throw new Error(`${name}: mlci and pandas disagree`);
  if (Math.abs(Number(d.avg) - p.mean) > 1e-6 * Math.abs(p.mean))
    throw new Error(`${name}: DuckDB and pandas disagree`);
}
if (ours.rows !== ROWS) throw new Error(`mlci counted ${ours.rows} rows`);

const mb = (s) => (bytes / 2 ** 20 / s).toFixed(0);
const md = `
### Data profile (issue #3)

${await machine()}${quick ? ' — `--quick`' : ''}

**A. Profiler hot path** (${N.toLocaleString('en')} rows × 7 typed columns in memory: 4 numeric with Welford + KLL + HLL,
3 categorical with exact counts + HLL):

| | time | ns/cell | ratio |
| --- | --- | --- | --- |
| mlci profiler (\`add\` per cell) | ${oursA.toFixed(2)} s | ${((oursA / cells) * 1e9).toFixed(1)} | 1.00 |
| bare accumulator (count, min/max, Welford, exact map; no sketches) | ${bareA.toFixed(2)} s | ${((bareA / cells) * 1e9).toFixed(1)} | ${(oursA / bareA).toFixed(2)}× faster than mlci |
| merge of 16 shard profiles | ${(mergeA * 1000).toFixed(1)} ms | | |

**B. Profiling a CSV end to end** (${(bytes / 2 ** 20).toFixed(0)} MiB, ${ROWS.toLocaleString('en')} rows, 7 columns; best of 2, pandas 1 run):

| engine | wall | MB/s | peak RSS | vs mlci |
| --- | --- | --- | --- | --- |
| mlci validate-data --profile (typed validation + profile) | ${mlci.seconds.toFixed(2)} s | ${mb(mlci.seconds)} | ${mlci.rss.toFixed(0)} MiB | 1.00 |
| mlci validate-data without --profile (same validation, for the profile's share) | ${mlciPlain.seconds.toFixed(2)} s | ${mb(mlciPlain.seconds)} | ${mlciPlain.rss.toFixed(0)} MiB | ${(mlciPlain.seconds / mlci.seconds).toFixed(2)}× the time |
| DuckDB 1.5.6 SUMMARIZE, 2 threads | ${duck.seconds.toFixed(2)} s | ${mb(duck.seconds)} | ${duck.rss.toFixed(0)} MiB | ${(duck.seconds / mlci.seconds).toFixed(2)}× the time |
| pandas ${'1.5.3'} read_csv + describe/nunique/value_counts | ${pandas.seconds.toFixed(2)} s | ${mb(pandas.seconds)} | ${pandas.rss.toFixed(0)} MiB | ${(pandas.seconds / mlci.seconds).toFixed(2)}× the time |

All three agree on row count, null counts and means of \`amount\` and \`score\` (asserted). Wall times include process start-up.
Load average while measuring: ${(await import('node:os'))
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(
    ', ',
  )} on ${(await import('node:os')).cpus().length} cores (other jobs shared the machine: compare ratios, not seconds).
`;
console.log(md);
await writeSection('profile', md);
