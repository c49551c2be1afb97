import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { MLCI_VERSION } from '../../../src/core/version.js';

test('MLCI_VERSION equals package.json’s version (reports and --version print it)', async () => {
  const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../../package.json'), 'utf8'));
  expect(MLCI_VERSION).toBe(pkg.version);
});
