import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { findCommand } from '../../../src/cli/commands.js';
import { main } from '../../../src/cli/main.js';
import { MLCI_VERSION } from '../../../src/core/version.js';
import { testTempDir } from '../../support/temp-dirs.js';

let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = '';
  stderr = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe('main', () => {
  test('no command: the help, exit 2', async () => {
    expect(await main([])).toBe(2);
    expect(stdout).toMatch(/^mlci .*\n\nUsage: mlci <command> \[options\]/);
  });

  test('--help and help: exit 0', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(await main(['help'])).toBe(0);
    expect(stdout).toContain('Commands:');
  });

  test('--version prints MLCI_VERSION', async () => {
    expect(await main(['--version'])).toBe(0);
    expect(stdout).toBe(`${MLCI_VERSION}\n`);
  });

  test('an unknown command suggests the closest one', async () => {
    expect(await main(['trian'])).toBe(2);
    expect(stderr).toBe('error: unknown command `trian` — did you mean `train`?\n  run `mlci --help`\n');
    expect(await main(['zzzzzz'])).toBe(2);
    expect(stderr).toContain('error: unknown command `zzzzzz`\n');
  });

  test('a command’s --help', async () => {
    expect(await main(['run', '--help'])).toBe(0);
    expect(stdout).toContain('Usage: mlci run [options] [only...]');
  });

  test('a bad option: the usage error on stderr, exit 2, no stack', async () => {
    expect(await main(['run', '--bogus'])).toBe(2);
    expect(stderr).toBe(
      'error: unknown option --bogus for `mlci run`\n  hint: run `mlci run --help` for its options\n',
    );
  });

  test('a failing command: the error with its place, exit 2, outputs untouched', async () => {
    const dir = testTempDir('mlci-main-');
    const config = join(dir, 'mlci.yml');
    await writeFile(config, 'version: 1\n\n\ntrian: {}\n');
    const outputs = join(dir, 'out.txt');
    await writeFile(outputs, '');
    expect(await main(['run', '--config', config, '--outputs', outputs])).toBe(2);
    expect(stderr).toMatch(
      new RegExp(
        `^error: mlci run: ${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:1: unknown key \`trian\``,
      ),
    );
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(await readFile(outputs, 'utf8')).toBe('');
  });

  test('`mlci fingerprint --explain` takes the single-stage flags of `mlci train`', async () => {
    const dir = testTempDir('mlci-main-');
    const cwd = process.cwd();
    try {
      await writeFile(join(dir, 'data.csv'), 'x\n1\n');
      await writeFile(join(dir, 'params.yaml'), 'train:\n  lr: 0.5\n');
      process.chdir(dir);
      const args = ['fingerprint', '--explain', '--cmd', 'python t.py', '--deps', 'data.csv'];
      expect(await main([...args, '--params', 'train.lr', '--outs', 'model', '--name', 'fit'])).toBe(0);
    } finally {
      process.chdir(cwd);
      await rm(dir, { recursive: true, force: true });
    }
    expect(stdout).toMatch(/^stage fit {2}[0-9a-f]{64}$/m);
    expect(stdout).toMatch(/^ {2}deps\.data\.csv +sha256:[0-9a-f]{64}$/m);
    expect(stdout).toMatch(/^ {2}params\.params\.yaml\.train\.lr +0\.5$/m);
    expect(stdout).toMatch(/^ {2}outs +\["model"\]$/m);
  });

  test('commands are found by name and by alias', () => {
    expect(findCommand('validate')?.spec.name).toBe('validate-data');
    expect(findCommand('compare')?.spec.name).toBe('compare-metrics');
    expect(findCommand('image')?.spec.name).toBe('build-image');
    expect(findCommand('run')?.spec.name).toBe('run');
    expect(findCommand('nope')).toBeUndefined();
  });
});
