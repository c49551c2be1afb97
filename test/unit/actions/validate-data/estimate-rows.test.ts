// The row estimate that sizes the key tables before a CSV file is scanned (validate-files.ts).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { estimateRows } from '../../../../src/actions/validate-data/validate-files.js';

const dir = mkdtempSync(join(tmpdir(), 'mlci-estimate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  const absolute = join(dir, name);
  writeFileSync(absolute, text);
  return { path: name, absolute, bytes: statSync(absolute).size };
};

describe('estimateRows', () => {
  test('rows of even length: the count plus about 5%, never fewer than there are', () => {
    const rows = 200_000;
    const lines = Array.from({ length: rows }, (_, i) => `${1_000_000 + i},v${i % 10}\n`);
    const estimate = estimateRows(file('even.csv', `id,v\n${lines.join('')}`));
    expect(estimate).toBeGreaterThanOrEqual(rows);
    expect(estimate).toBeLessThan(rows * 1.1);
  });

  test('a file under 64 KiB: 0 (the tables start big enough); an unreadable one: 0, not a throw', () => {
    expect(estimateRows(file('small.csv', 'id\n1\n2\n'))).toBe(0);
    expect(estimateRows({ path: 'gone.csv', absolute: join(dir, 'gone.csv'), bytes: 1e9 })).toBe(0);
  });

  test('short first lines in a huge file: at most 8M rows reserved', () => {
    const real = file('short.csv', '1\n'.repeat(40_000));
    expect(estimateRows({ ...real, bytes: 100 * 2 ** 30 })).toBe(2 ** 23);
  });
});
