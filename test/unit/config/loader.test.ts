import { describe, expect, test } from '@jest/globals';
import { parseConfig } from '../../../src/config/loader.js';
import { MlciError } from '../../../src/core/errors.js';

function errorOf(text: string): MlciError {
  try {
    parseConfig(text, 'mlci.yml');
  } catch (thrown) {
    if (thrown instanceof MlciError) return thrown;
    throw thrown;
  }
  throw new Error('expected an error');
}

describe('parseConfig', () => {
  test('accepts a minimal config and locates its nodes', () => {
    const config = parseConfig('version: 1\ntrain: {}\n', 'mlci.yml');
    expect(config.value.version).toBe(1);
    expect(config.locate(['version'])).toEqual({ line: 1, column: 10 });
  });

  test('names an unknown key with its line, column and a suggestion', () => {
    const error = errorOf('version: 1\n\n\ntrian:\n  foo: 1\n');
    expect(error.message).toBe('unknown key `trian` — did you mean `train`?');
    expect(error.where).toEqual({ file: 'mlci.yml', line: 4, column: 1 });
    expect(error.exitCode).toBe(2);
    expect(error.hint).toMatch(/allowed here: `version`/);
  });

  test('points at a nested unknown key', () => {
    const error = errorOf('version: 1\nvalidate-data:\n  zzz: x\n');
    expect(error.message).toBe('unknown key `zzz`');
    expect(error.where).toEqual({ file: 'mlci.yml', line: 3, column: 3 });
  });

  test('reports YAML syntax errors at their position', () => {
    const error = errorOf('version: 1\ntrain: [\n');
    expect(error.message).toMatch(/^invalid YAML: /);
    expect(error.where?.file).toBe('mlci.yml');
    expect(error.where?.line).toBeGreaterThanOrEqual(2);
  });

  test('requires version 1', () => {
    expect(errorOf('train: {}\n').message).toMatch(/must have required property 'version'/);
    const wrong = errorOf('version: 2\n');
    expect(wrong.message).toMatch(/^`version` must be equal to constant/);
    expect(wrong.where).toEqual({ file: 'mlci.yml', line: 1, column: 10 });
  });

  test('rejects a document that is not a mapping', () => {
    expect(errorOf('- a\n- b\n').message).toMatch(/must be a mapping/);
  });
});
