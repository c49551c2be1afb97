import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runValidateData } from '../../../support/validate-data-run.js';
import { testTempDir } from '../../../support/temp-dirs.js';

const SCHEMA = 'columns:\n  x: number\n  kind: [a, b, c]\n';

function table(rows: number, x: (i: number) => number, kind: (i: number) => string): string {
  return `x,kind\n${Array.from({ length: rows }, (_, i) => `${x(i)},${kind(i)}`).join('\n')}\n`;
}

/** The profile validate-data writes for `csv` (as ref.csv against SCHEMA), as bytes to hand a later run. */
async function referenceProfile(csv: string): Promise<Buffer> {
  const run = await runValidateData(
    { 'ref.csv': csv, 's.yaml': SCHEMA },
    { data: 'ref.csv', schema: 's.yaml', profile: 'ref.json' },
  );
  return readFileSync(join(run.dir, 'ref.json'));
}

describe('validate-data: profile output and drift against a reference profile', () => {
  test('writes a versioned profile and names it in the outputs and the report', async () => {
    const run = await runValidateData(
      {
        'd.csv': table(
          1000,
          (i) => i % 100,
          (i) => 'abc'[i % 3]!,
        ),
        's.yaml': SCHEMA,
      },
      { data: 'd.csv', schema: 's.yaml', profile: 'out/profile.json' },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.profile).toBe('out/profile.json');
    expect(run.report!.profile).toBe('out/profile.json');
    const profile = JSON.parse(readFileSync(join(run.dir, 'out/profile.json'), 'utf8'));
    expect(profile).toMatchObject({ kind: 'mlci/data-profile', rows: 1000 });
    expect(profile.columns.map((c: { name: string }) => c.name)).toEqual(['x', 'kind']);
  });

  test('no drift against itself; a shifted column fails naming the column and the figure', async () => {
    const reference = table(
      5000,
      (i) => i % 100,
      (i) => 'abc'[i % 3]!,
    );
    const profile = await referenceProfile(reference);
    const same = await runValidateData(
      { 'd.csv': reference, 's.yaml': SCHEMA, 'ref.json': profile },
      { data: 'd.csv', schema: 's.yaml', 'reference-profile': 'ref.json' },
    );
    expect(same.exitCode).toBe(0);
    expect(same.report!.drift).toMatchObject({ reference: 'ref.json', drifted: false });
    // Each distance's sampling-noise floor at these sizes is in the report beside its figure.
    const x = same.report!.drift!.columns.find((c) => c.column === 'x')!;
    expect(Object.keys(x.noise!).sort()).toEqual(['jensenShannon', 'psi', 'wasserstein']);
    expect(x.noise!.psi).toBeGreaterThan(0);
    const shifted = table(
      5000,
      (i) => (i % 100) + 40,
      (i) => (i % 10 === 0 ? 'a' : 'b'),
    );
    const drifted = await runValidateData(
      { 'd.csv': shifted, 's.yaml': SCHEMA, 'ref.json': profile },
      { data: 'd.csv', schema: 's.yaml', 'reference-profile': 'ref.json' },
    );
    expect(drifted.exitCode).toBe(1);
    const driftErrors = drifted.report!.errors.filter((e) => e.type === 'drift');
    expect(driftErrors.map((e) => e.field)).toEqual(['x', 'kind']);
    expect(driftErrors[0]!.message).toMatch(/x.*\d\.\d+/);
    expect(drifted.summary).toMatch(/\*\*drifted\*\*/);
  });

  test('per-column thresholds from the checks file turn a metric off', async () => {
    const reference = table(
      3000,
      (i) => i % 100,
      (i) => 'abc'[i % 3]!,
    );
    const profile = await referenceProfile(reference);
    const shifted = table(
      3000,
      (i) => (i % 100) + 40,
      (i) => 'abc'[i % 3]!,
    );
    const checks = 'drift:\n  columns:\n    x: {psi: null, jensenShannon: null, wasserstein: null}\n';
    const run = await runValidateData(
      {
        'd.csv': shifted,
        's.yaml': SCHEMA,
        'ref.json': profile,
        'c.yaml': checks,
      },
      { data: 'd.csv', schema: 's.yaml', 'reference-profile': 'ref.json', checks: 'c.yaml' },
    );
    expect(run.report!.drift!.drifted).toBe(false);
    expect(run.exitCode).toBe(0);
  });

  test('drift thresholds are checked: a misspelt metric or a negative number is exit 2 at its line', async () => {
    const data = table(
      100,
      (i) => i,
      (i) => 'abc'[i % 3]!,
    );
    const misspelt = await runValidateData(
      {
        'd.csv': data,
        's.yaml': SCHEMA,
        'c.yaml': 'rowCount: {min: 1}\ndrift:\n  columns:\n    x: {wasserstien: 0.1}\n',
      },
      { data: 'd.csv', schema: 's.yaml', checks: 'c.yaml' },
    );
    expect(misspelt.exitCode).toBe(2);
    expect(misspelt.error!.message).toMatch(/unknown metric `wasserstien` in `columns\.x`/);
    expect(misspelt.error!.where).toMatchObject({ file: 'c.yaml', line: 4 });
    // In the schema file's own `checks:` section too, at the line of the bad value.
    const negative = await runValidateData(
      { 'd.csv': data, 's.yaml': `${SCHEMA}checks:\n  drift:\n    defaults:\n      psi: -0.5\n` },
      { data: 'd.csv', schema: 's.yaml' },
    );
    expect(negative.exitCode).toBe(2);
    expect(negative.error!.message).toMatch(/`defaults\.psi` must be a number ≥ 0 or null, got -0\.5/);
    expect(negative.error!.where).toMatchObject({ file: 's.yaml', line: 7 });
    expect(negative.report).toBeUndefined(); // refused before the data is read
  });

  test('the reference profile is read under the same size cap as merge-profiles', async () => {
    const dir = testTempDir('mlci-vd-huge-');
    // A sparse 65 MiB file: refused by its size before it is read.
    writeFileSync(join(dir, 'ref.json'), '');
    truncateSync(join(dir, 'ref.json'), 65 * 2 ** 20);
    const run = await runValidateData(
      { 'd.csv': 'x,kind\n1,a\n', 's.yaml': SCHEMA },
      { data: 'd.csv', schema: 's.yaml', 'reference-profile': 'ref.json' },
      { dir },
    );
    expect(run.exitCode).toBe(1);
    expect(run.error!.message).toMatch(/over the 64 MiB profile limit/);
    const missing = await runValidateData(
      { 'd.csv': 'x,kind\n1,a\n', 's.yaml': SCHEMA },
      { data: 'd.csv', schema: 's.yaml', 'reference-profile': 'nope.json' },
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.error!.message).toMatch(/cannot read profile nope\.json: ENOENT/);
  });
});
