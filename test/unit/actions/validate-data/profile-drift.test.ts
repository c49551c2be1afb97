import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runValidateData } from '../../../support/validate-data-run.js';

const SCHEMA = 'columns:\n  x: number\n  kind: [a, b, c]\n';

function table(rows: number, x: (i: number) => number, kind: (i: number) => string): string {
  return `x,kind\n${Array.from({ length: rows }, (_, i) => `${x(i)},${kind(i)}`).join('\n')}\n`;
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
    const first = await runValidateData(
      { 'ref.csv': reference, 's.yaml': SCHEMA },
      { data: 'ref.csv', schema: 's.yaml', profile: 'ref.json' },
    );
    const profile = readFileSync(join(first.dir, 'ref.json'));
    const same = await runValidateData(
      { 'd.csv': reference, 's.yaml': SCHEMA, 'ref.json': profile },
      { data: 'd.csv', schema: 's.yaml', 'reference-profile': 'ref.json' },
    );
    expect(same.exitCode).toBe(0);
    expect(same.report!.drift).toMatchObject({ reference: 'ref.json', drifted: false });
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
    const first = await runValidateData(
      { 'ref.csv': reference, 's.yaml': SCHEMA },
      { data: 'ref.csv', schema: 's.yaml', profile: 'ref.json' },
    );
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
        'ref.json': readFileSync(join(first.dir, 'ref.json')),
        'c.yaml': checks,
      },
      { data: 'd.csv', schema: 's.yaml', 'reference-profile': 'ref.json', checks: 'c.yaml' },
    );
    expect(run.report!.drift!.drifted).toBe(false);
    expect(run.exitCode).toBe(0);
  });
});
