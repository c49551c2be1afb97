import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { inferSchema } from '../../../src/actions/infer-schema/infer-schema.js';
import { mergeProfilesCommand } from '../../../src/actions/merge-profiles/merge-profiles.js';
import { parseProfile } from '../../../src/core/data/profile/profile-json.js';
import { MlciError } from '../../../src/core/errors.js';
import { cliIO } from '../../../src/platform/cli-io.js';
import { normal, seededRandom } from '../../support/seeded-random.js';

function io(cwd: string, inputs: Record<string, string>) {
  const log: string[] = [];
  const outputs = new Map<string, string>();
  const base = cliIO({
    inputs: new Map(Object.entries(inputs)),
    cwd,
    quiet: true,
    write: (t) => log.push(t),
  });
  return {
    io: {
      ...base,
      output: (name: string, value: string) => outputs.set(name, value),
      summary: async () => {},
    },
    log,
    outputs,
  };
}

/** A CSV with a header: id, amount ~ N(mean, 15) (5 % empty), category from 3, date, flag, quoted note. */
function csv(rows: number, seed: number, mean = 100, from = 0): string {
  const random = seededRandom(seed);
  const lines = ['id,amount,category,event_date,is_member,note'];
  for (let i = from; i < from + rows; i++) {
    const amount = random() < 0.05 ? '' : (mean + 15 * normal(random)).toFixed(3);
    const category = ['DE', 'FR', 'NL'][Math.floor(random() * 3)];
    const date = `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    lines.push(`${i},${amount},${category},${date},${random() < 0.5},"a ""quoted"", note\n${i}"`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('infer-schema and merge-profiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlci-profile-'));
    writeFileSync(join(dir, 'train.csv'), csv(6000, 1));
    writeFileSync(join(dir, 'shard-1.csv'), csv(2500, 2));
    writeFileSync(join(dir, 'shard-2.csv.gz'), gzipSync(csv(3500, 3, 100, 2500)));
    writeFileSync(join(dir, 'drifted.csv'), csv(6000, 4, 112));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('infer-schema: NA, N/A and empty are missingValues, not enum members; zip codes stay strings', async () => {
    const rows = [
      'zip,score,answer',
      '02134,1.5,yes',
      '10001,NA,no',
      '94105,N/A,yes',
      '02134,,no',
      '10001,2.5,NA',
    ];
    writeFileSync(join(dir, 'markers.csv'), `${rows.join('\n')}\n`);
    const run = io(dir, { data: 'markers.csv', out: 'markers.yaml', 'profile-out': 'markers.json' });
    await inferSchema(run.io);
    const text = readFileSync(join(dir, 'markers.yaml'), 'utf8');
    const schema = parseYaml(text, { version: '1.1' }) as {
      missingValues: string[];
      fields: { name: string; type: string; constraints?: { enum?: unknown[]; required?: boolean } }[];
    };
    expect(schema.missingValues).toEqual(['', 'NA', 'N/A']);
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['zip', 'string'],
      ['score', 'number'],
      ['answer', 'string'],
    ]);
    expect(schema.fields[2]!.constraints).toEqual({ enum: ['no', 'yes'] }); // strings, and no "NA" member
    const profile = parseProfile(readFileSync(join(dir, 'markers.json'), 'utf8'), 'markers.json');
    expect(profile.columns.find((c) => c.name === 'score')!.nulls).toBe(3);
  });

  test('infer-schema drafts types, required and enums, and writes a reference profile with exact bins', async () => {
    const run = io(dir, { data: 'train.csv', out: 'schema.yaml', 'profile-out': 'ref.json' });
    await inferSchema(run.io);
    const text = readFileSync(join(dir, 'schema.yaml'), 'utf8');
    expect(text).toMatch(/^# Draft Table Schema written by `mlci infer-schema`/);
    expect(text).toMatch(/# observed range -?\d+\.\d+ \.\. \d+\.\d+/);
    const schema = parseYaml(text) as {
      fields: { name: string; type: string; constraints?: Record<string, unknown> }[];
    };
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['id', 'integer'],
      ['amount', 'number'],
      ['category', 'string'],
      ['event_date', 'date'],
      ['is_member', 'boolean'],
      ['note', 'string'],
    ]);
    expect(schema.fields[0]!.constraints).toEqual({ required: true });
    expect(schema.fields[1]!.constraints).toBeUndefined(); // 5 % empty: not required
    expect(schema.fields[2]!.constraints).toEqual({ required: true, enum: ['DE', 'FR', 'NL'] });
    const profile = parseProfile(readFileSync(join(dir, 'ref.json'), 'utf8'), 'ref.json');
    expect(profile.rows).toBe(6000);
    const amount = profile.columns[1]!;
    expect(amount.numeric!.histogram.exact).toBe(true);
    expect(amount.nulls).toBeGreaterThan(200);
    expect(run.outputs.get('fields')).toBe('6');
  });

  test('shard profiles merge to the one-pass counts, and the same data shows no drift', async () => {
    for (const [data, out] of [
      ['shard-1.csv', 'parts/p1.json'],
      ['shard-2.csv.gz', 'parts/p2.json'],
      ['shard-*', 'whole.json'],
    ]) {
      await inferSchema(io(dir, { data: data!, out: `${out}.schema.yaml`, 'profile-out': out! }).io);
    }
    const run = io(dir, { profiles: 'parts/*.json', out: 'merged.json', reference: 'whole.json' });
    await mergeProfilesCommand(run.io);
    expect(run.outputs.get('drifted')).toBe('false');
    const merged = parseProfile(readFileSync(join(dir, 'merged.json'), 'utf8'), 'merged.json');
    const whole = parseProfile(readFileSync(join(dir, 'whole.json'), 'utf8'), 'whole.json');
    expect(merged.rows).toBe(6000);
    merged.columns.forEach((column, i) => {
      expect([column.count, column.nulls, column.distinct.registers]).toEqual([
        whole.columns[i]!.count,
        whole.columns[i]!.nulls,
        whole.columns[i]!.distinct.registers,
      ]);
    });
  });

  test('a drifted column fails with its name and figure; thresholds can switch it off', async () => {
    await inferSchema(
      io(dir, { data: 'drifted.csv', out: 'd.schema.yaml', 'profile-out': 'current.json' }).io,
    );
    const run = io(dir, { profiles: 'current.json', out: 'm.json', reference: 'ref.json' });
    const failure = await mergeProfilesCommand(run.io).catch((thrown: unknown) => thrown);
    expect(failure).toBeInstanceOf(MlciError);
    expect((failure as MlciError).exitCode).toBe(1);
    expect((failure as MlciError).message).toMatch(
      /column "amount": normalised Wasserstein distance 0\.[6-9]\d* ≥ threshold 0\.1/,
    );
    expect(run.outputs.get('drifted-columns')).toBe('amount');
    writeFileSync(
      join(dir, 'thresholds.yaml'),
      'columns:\n  amount: {psi: null, jensenShannon: null, wasserstein: 0.9}\n',
    );
    const relaxed = io(dir, {
      profiles: 'current.json',
      out: 'm.json',
      reference: 'ref.json',
      thresholds: 'thresholds.yaml',
    });
    await mergeProfilesCommand(relaxed.io);
    expect(relaxed.outputs.get('drifted')).toBe('false');
    writeFileSync(join(dir, 'bad.yaml'), 'columns:\n  amount: {wasserstien: 0.2}\n');
    await expect(
      mergeProfilesCommand(
        io(dir, { profiles: 'current.json', reference: 'ref.json', thresholds: 'bad.yaml' }).io,
      ),
    ).rejects.toThrow(/unknown metric `wasserstien`/);
  });

  test('a file that is not a profile, or too big, is a clear error', async () => {
    writeFileSync(join(dir, 'not-a-profile.json'), JSON.stringify({ kind: 'mlci/run-record', version: 1 }));
    await expect(mergeProfilesCommand(io(dir, { profiles: 'not-a-profile.json' }).io)).rejects.toThrow(
      /not an mlci data profile: its kind is "mlci\/run-record"/,
    );
    writeFileSync(
      join(dir, 'broken.json'),
      '{"kind": "mlci/data-profile", "version": 1, "rows": 1, "parts": 1, "columns": [{}]}',
    );
    // A sparse 65 MiB file: refused by size before it is read.
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), 65 * 2 ** 20);
    await expect(mergeProfilesCommand(io(dir, { profiles: 'huge.json' }).io)).rejects.toThrow(
      /over the 64 MiB profile limit/,
    );
    await expect(mergeProfilesCommand(io(dir, { profiles: 'broken.json' }).io)).rejects.toThrow(
      /columns\[0\] needs name and type/,
    );
  });
});

describe('infer-schema on typed formats', () => {
  const fixtures = join(process.cwd(), 'test/support/fixtures/validate-data');
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'mlci-infer-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test.each(['small-snappy.parquet', 'small-zstd.parquet', 'small-gzip.parquet'])(
    'Parquet %s: physical types become Table Schema types',
    async (name) => {
      await inferSchema(
        io(fixtures, {
          data: name,
          out: join(out, `${name}.json`),
          'profile-out': join(out, `${name}.profile.json`),
        }).io,
      );
      const schema = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as {
        fields: { name: string; type: string }[];
      };
      expect(Object.fromEntries(schema.fields.map((f) => [f.name, f.type]))).toEqual({
        id: 'integer',
        amount: 'number',
        day: 'date',
        kind: 'string',
        flag: 'boolean',
      });
      const profile = parseProfile(readFileSync(join(out, `${name}.profile.json`), 'utf8'), name);
      expect(profile.rows).toBe(20);
      expect(profile.columns.find((c) => c.name === 'day')!.numeric!.unit).toBe('epoch-ms');
    },
  );

  test('JSONL (gzip): keys named __proto__ are data, JSON strings stay strings, mixed types give any', async () => {
    const lines = [
      { id: 1, code: '12', mixed: 1, when: '2024-01-02T03:04:05Z', tags: ['a'] },
      { id: 2, code: '13', mixed: 'one', when: '2024-01-03T03:04:05Z', tags: [] },
    ].map((record) => JSON.stringify(record).replace('"code"', '"__proto__":"p","code"'));
    writeFileSync(join(out, 'records.jsonl.gz'), gzipSync(`${lines.join('\n')}\n`));
    await inferSchema(io(out, { data: 'records.jsonl.gz', out: 'records.schema.json' }).io);
    const schema = JSON.parse(readFileSync(join(out, 'records.schema.json'), 'utf8')) as {
      fields: { name: string; type: string }[];
    };
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['id', 'integer'],
      ['__proto__', 'string'],
      ['code', 'string'],
      ['mixed', 'any'],
      ['when', 'datetime'],
      ['tags', 'array'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a truncated gzip is invalid data naming the file; a missing file is a usage error', async () => {
    const whole = gzipSync('a,b\n1,2\n'.repeat(1000));
    writeFileSync(join(out, 'cut.csv.gz'), whole.subarray(0, whole.length - 20));
    const cut = await inferSchema(io(out, { data: 'cut.csv.gz', out: 'cut.yaml' }).io).catch(
      (e: unknown) => e,
    );
    expect(cut).toBeInstanceOf(MlciError);
    expect((cut as MlciError).exitCode).toBe(1);
    expect((cut as MlciError).message).toMatch(/truncated/);
    writeFileSync(join(out, 'dup.csv'), 'a,b,a\n1,2,3\n');
    await expect(inferSchema(io(out, { data: 'dup.csv', out: 'dup.yaml' }).io)).rejects.toThrow(
      /duplicate column name "a"/,
    );
    const missing = await inferSchema(io(out, { data: 'nope.csv' }).io).catch((e: unknown) => e);
    expect((missing as MlciError).exitCode).toBe(2);
  });
});
