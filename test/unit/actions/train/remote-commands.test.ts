import { describe, expect, test } from '@jest/globals';
import { findCommand } from '../../../../src/cli/commands.js';
import { parseArgs } from '../../../../src/cli/args.js';

describe('remote cache and lock commands on the CLI', () => {
  test('status, pull, push and cache are registered, CLI only', () => {
    for (const name of ['status', 'pull', 'push', 'cache']) {
      const command = findCommand(name);
      expect(command?.spec.name).toBe(name);
      expect(command?.spec.action).toBe(false);
    }
  });

  test('`mlci cache gc --keep-last 2 --dry-run` and `mlci pull fit evaluate` parse to inputs', () => {
    const gc = parseArgs(findCommand('cache')!.spec, ['gc', '--keep-last', '2', '--dry-run']);
    expect(Object.fromEntries(gc.inputs)).toEqual({ command: 'gc', 'keep-last': '2', 'dry-run': 'true' });
    const pull = parseArgs(findCommand('pull')!.spec, ['fit', 'evaluate', '--cache-registry', 'ghcr.io/a/b']);
    expect(Object.fromEntries(pull.inputs)).toEqual({
      targets: 'fit\nevaluate',
      'cache-registry': 'ghcr.io/a/b',
    });
  });

  test('train takes --frozen-lock and --cache registry', () => {
    const args = parseArgs(findCommand('train')!.spec, [
      '--frozen-lock',
      '--cache',
      'registry',
      '--cache-registry',
      'ghcr.io/a/b',
    ]);
    expect(Object.fromEntries(args.inputs)).toEqual({
      'frozen-lock': 'true',
      cache: 'registry',
      'cache-registry': 'ghcr.io/a/b',
    });
  });
});
