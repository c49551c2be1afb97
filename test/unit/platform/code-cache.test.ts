import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { type EnableCompileCache, enableCodeCache } from '../../../src/platform/code-cache.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-code-cache-'));
  made.push(dir);
  return dir;
};

/** A stand-in for module.enableCompileCache that records the directory it was given. */
function recorder() {
  const given: string[] = [];
  const enable: EnableCompileCache = (directory) => {
    given.push(directory);
    return { status: 1, directory };
  };
  return { given, enable };
}

describe('enableCodeCache', () => {
  test('uses $XDG_CACHE_HOME/mlci/v8, created closed to other users', () => {
    const base = temp();
    const { given, enable } = recorder();
    expect(enableCodeCache({ XDG_CACHE_HOME: base }, { enable })).toBe(join(base, 'mlci/v8'));
    expect(given).toEqual([join(base, 'mlci/v8')]);
    for (const dir of [join(base, 'mlci'), join(base, 'mlci/v8')])
      expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  test.each([['relative/cache'], [''], [undefined]])('XDG_CACHE_HOME %p: ~/.cache/mlci/v8', (xdg) => {
    const home = temp();
    const { given, enable } = recorder();
    expect(enableCodeCache({ XDG_CACHE_HOME: xdg }, { enable, home: () => home })).toBe(
      join(home, '.cache/mlci/v8'),
    );
    expect(given).toEqual([join(home, '.cache/mlci/v8')]);
  });

  test.each([
    ['the cache directory', 'mlci/v8'],
    ['its parent', 'mlci'],
  ])('is not used when %s is open to others', (_, open) => {
    const base = temp();
    mkdirSync(join(base, 'mlci/v8'), { recursive: true, mode: 0o700 });
    chmodSync(join(base, open), 0o770);
    const { given, enable } = recorder();
    expect(enableCodeCache({ XDG_CACHE_HOME: base }, { enable })).toBeUndefined();
    expect(given).toEqual([]);
  });

  test('is off with NODE_DISABLE_COMPILE_CACHE', () => {
    const { given, enable } = recorder();
    const env = { XDG_CACHE_HOME: temp(), NODE_DISABLE_COMPILE_CACHE: '1' };
    expect(enableCodeCache(env, { enable })).toBeUndefined();
    expect(given).toEqual([]);
  });

  test('a failure anywhere is silent: no cache, no error', () => {
    const failing: EnableCompileCache = () => {
      throw new Error('EACCES');
    };
    expect(enableCodeCache({ XDG_CACHE_HOME: temp() }, { enable: failing })).toBeUndefined();
    // A file where the directory goes.
    const blocked = temp();
    writeFileSync(join(blocked, 'mlci'), '');
    const { given, enable } = recorder();
    expect(enableCodeCache({ XDG_CACHE_HOME: blocked }, { enable })).toBeUndefined();
    expect(given).toEqual([]);
  });
});
