import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { cliIO } from '../../../src/platform/cli-io.js';
import { parseKeyValueFile } from '../../harness/workflow-files.js';
import { HOSTILE, injectedCommands } from '../../support/runner-commands.js';
import { testTempDir } from '../../support/temp-dirs.js';

function capture(options: Partial<Parameters<typeof cliIO>[0]> = {}) {
  const lines: string[] = [];
  const io = cliIO({ inputs: new Map(), write: (text) => lines.push(text), ...options });
  return { io, lines };
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('cliIO', () => {
  test('inputs: empty values count as not given', () => {
    const { io } = capture({
      inputs: new Map([
        ['a', 'x'],
        ['b', ''],
      ]),
    });
    expect(io.inputs.get('a')).toBe('x');
    expect(io.inputs.get('b')).toBeUndefined();
    expect(io.inputs.get('c')).toBeUndefined();
  });

  test('log lines with kind, title and place; info and groups hidden when quiet', async () => {
    const { io, lines } = capture();
    io.log.info('hello');
    io.log.warning('careful', { title: 'mlci train', where: { file: 'mlci.yml', line: 3, column: 2 } });
    io.log.error('bad', { where: { file: 'data.csv', line: 9 } });
    io.log.notice('fyi');
    expect(await io.log.group('step', async () => 42)).toBe(42);
    expect(lines).toEqual([
      'hello\n',
      'warning: mlci train: mlci.yml:3:2: careful\n',
      'error: data.csv:9: bad\n',
      'notice: fyi\n',
      '── step\n',
    ]);
    const quiet = capture({ quiet: true });
    quiet.io.log.info('hidden');
    await quiet.io.log.group('hidden', async () => undefined);
    quiet.io.log.warning('shown');
    expect(quiet.lines).toEqual(['warning: shown\n']);
  });

  test('debug only with MLCI_DEBUG', () => {
    const off = capture({ env: {} });
    off.io.log.debug('x');
    expect(off.lines).toEqual([]);
    const on = capture({ env: { MLCI_DEBUG: '1' } });
    on.io.log.debug('x');
    expect(on.lines).toEqual(['debug: x\n']);
  });

  test('secrets are masked in later log lines and printed outputs', () => {
    const { io, lines } = capture();
    io.setSecret('hunter2');
    io.setSecret('');
    io.log.info('token=hunter2 and hunter2');
    io.output('token', 'hunter2');
    expect(lines).toEqual(['token=*** and ***\n', 'token=***\n']);
  });

  test('outputs go to the --outputs file as name=value lines', async () => {
    const file = join(testTempDir('mlci-cli-io-'), 'out.txt');
    const { io, lines } = capture({ outputsFile: file });
    io.output('a', '1');
    io.output('b', 'two');
    expect(await readFile(file, 'utf8')).toBe('a=1\nb=two\n');
    expect(lines).toEqual([]);
  });

  test('the summary goes to stdout, masked, unless quiet', async () => {
    let out = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const { io } = capture();
    io.setSecret('s3');
    await io.summary('# Report s3');
    await capture({ quiet: true }).io.summary('hidden');
    expect(out).toBe('# Report ***\n');
  });

  test('env and cwd default to the process', () => {
    const { io } = capture();
    expect(io.env).toBe(process.env);
    expect(io.cwd).toBe(process.cwd());
    expect(capture({ cwd: '/work', env: { A: '1' } }).io).toMatchObject({ cwd: '/work', env: { A: '1' } });
  });
});

describe('cliIO: a shell step’s stderr is read for workflow commands too', () => {
  test('log lines, printed outputs and the summary issue no command', async () => {
    const { io, lines } = capture();
    io.log.info(HOSTILE);
    io.log.warning(HOSTILE, { title: HOSTILE, where: { file: HOSTILE }, hint: HOSTILE });
    await io.log.group(HOSTILE, async () => undefined);
    io.output('name', HOSTILE);
    const stdout: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout.push(String(chunk));
      return true;
    });
    await io.summary(`# mlci\n${HOSTILE}\n`);
    expect(injectedCommands(lines.join(''))).toEqual([]);
    expect(injectedCommands(stdout.join(''))).toEqual([]);
    expect(lines[1]).toMatch(/\n {2}hint: x\\n::error::PWNED/);
  });

  test('an outputs file gets a value with a line break as a heredoc, so it cannot add an output', async () => {
    const dir = testTempDir('mlci-cli-io-');
    try {
      const { io } = capture({ outputsFile: join(dir, 'out') });
      io.output('a', 'one\nb=two');
      const text = await readFile(join(dir, 'out'), 'utf8');
      expect(parseKeyValueFile(text)).toEqual({ a: 'one\nb=two' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
