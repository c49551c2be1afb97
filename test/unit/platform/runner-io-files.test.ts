import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { runnerIO, saveState } from '../../../src/platform/runner-io.js';
import { parseKeyValueFile } from '../../harness/workflow-files.js';

// runnerIO writes the runner's protocol itself (no @actions/core at start-up): the same calls through it
// and through @actions/core must leave the same files and the same workflow commands.

const UUID = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g;
const delimiters = (text: string) => text.match(UUID) ?? [];
const sameDelimiter = (text: string) => text.replace(UUID, 'ghadelimiter_X');

const VALUES: [string, string][] = [
  ['plain', 'ok'],
  ['multi', 'line one\nline two\r\n\nafter a blank line\n'],
  ['empty', ''],
  ['looks-like-a-heredoc', 'x<<EOF\nEOF\nname=value'],
];

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-runner-io-'));
});
afterEach(() => {
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'])
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  rmSync(dir, { recursive: true, force: true });
});

/** Fresh empty GITHUB_* files for one side, set in process.env (where @actions/core reads them). */
function files(side: string): Record<'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY', string> {
  const named = {
    GITHUB_OUTPUT: join(dir, `${side}-output`),
    GITHUB_STATE: join(dir, `${side}-state`),
    GITHUB_STEP_SUMMARY: join(dir, `${side}-summary`),
  };
  for (const [name, file] of Object.entries(named)) {
    writeFileSync(file, '');
    process.env[name] = file;
  }
  return named;
}

function stdoutOf(work: () => void): string {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

describe('runnerIO writes the file formats @actions/core writes', () => {
  test('outputs, state and summary: same bytes but for the random delimiters', async () => {
    const theirs = files('core');
    for (const [name, value] of VALUES) core.setOutput(name, value);
    for (const [name, value] of VALUES) core.saveState(name, value);
    await core.summary.addRaw('# one\n| a |\n', true).write();
    await core.summary.addRaw('two', true).write();

    const ours = files('mlci');
    const io = runnerIO(process.env);
    for (const [name, value] of VALUES) io.output(name, value);
    for (const [name, value] of VALUES) saveState(name, value);
    await io.summary('# one\n| a |\n');
    await io.summary('two');

    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const) {
      const [a, b] = [readFileSync(theirs[name], 'utf8'), readFileSync(ours[name], 'utf8')];
      expect(b.length).toBeGreaterThan(0);
      expect(sameDelimiter(b)).toBe(sameDelimiter(a));
    }
    const output = readFileSync(ours.GITHUB_OUTPUT, 'utf8');
    expect(parseKeyValueFile(output)).toEqual(
      Object.fromEntries(VALUES.map(([n, v]) => [n, v.replace(/\r\n/g, '\n')])),
    );
    // Each value opens and closes with its own random delimiter.
    const used = delimiters(output);
    expect(used).toHaveLength(2 * VALUES.length);
    expect(new Set(used).size).toBe(VALUES.length);
  });

  test('a GITHUB_OUTPUT that names no file fails as @actions/core fails, writing nothing', () => {
    files('mlci');
    const missing = join(dir, 'gone', 'output');
    const io = runnerIO({ ...process.env, GITHUB_OUTPUT: missing });
    expect(() => io.output('x', 'y')).toThrow(/Missing file at path/);
  });

  test('workflow commands on stdout: annotations, debug, masks, groups as @actions/core prints them', async () => {
    const theirs = stdoutOf(() => {
      core.error('bad value', { title: 'mlci x', file: 'data/a.csv', startLine: 3, startColumn: 7 });
      core.warning('w: 100%, a,b', { title: 't:1,2', file: 'd/b.csv', startLine: 12 });
      core.notice('n', { title: 'only a title' });
      core.debug('dbg');
      core.setSecret('s3cret');
      core.info('plain');
      core.startGroup('g');
      core.endGroup();
    });
    const io = runnerIO({ GITHUB_WORKSPACE: '/ws' });
    const ours: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      ours.push(String(chunk));
      return true;
    });
    try {
      io.log.error('bad value', { title: 'mlci x', where: { file: '/ws/data/a.csv', line: 3, column: 7 } });
      io.log.warning('w: 100%, a,b', { title: 't:1,2', where: { file: 'd/b.csv', line: 12 } });
      io.log.notice('n', { title: 'only a title' });
      io.log.debug('dbg');
      io.setSecret('s3cret');
      io.log.info('plain');
      await io.log.group('g', async () => undefined);
    } finally {
      spy.mockRestore();
    }
    expect(ours.join('')).toBe(theirs);
  });

  test('inputs: INPUT_<NAME> with spaces as `_`, trimmed; empty is not given', () => {
    const io = runnerIO({ INPUT_DATA: '  a.csv \n', INPUT_MAX_ROWS: '5', INPUT_EMPTY: '  ' });
    expect(io.inputs.get('data')).toBe('a.csv');
    expect(io.inputs.get('max rows')).toBe('5');
    expect(io.inputs.get('empty')).toBeUndefined();
    expect(io.inputs.get('absent')).toBeUndefined();
  });
});
