import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { cliIO } from '../../../../src/platform/cli-io.js';
import { terminalIO, useColor } from '../../../../src/platform/terminal/terminal-io.js';

let dir: string;
/** What went to process.stdout: cliIO prints the markdown summary there. */
let processOut: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlci-tio-'));
  processOut = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    processOut += String(chunk);
    return true;
  });
});
afterEach(async () => {
  jest.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const SUMMARY =
  '### ✅ validate-data: valid\n\n| check | detail |\n|---|---|\n| row\\_count | \\[100, ∞\\] |';

function session(options: { isTTY: boolean; env?: NodeJS.ProcessEnv; json?: boolean; outputs?: boolean }) {
  let stdout = '';
  let stderr = '';
  const env = options.env ?? {};
  const outputsFile = options.outputs ? join(dir, 'out.txt') : undefined;
  const inner = cliIO({ inputs: new Map(), env, cwd: dir, outputsFile, write: (t) => (stderr += t) });
  const io = terminalIO(inner, {
    stdout: { isTTY: options.isTTY, write: (t: string) => (stdout += t) },
    env,
    json: options.json,
    outputsFile,
  });
  return { io, out: () => stdout, err: () => stderr, outputsFile };
}

describe('terminalIO', () => {
  test('on a terminal: the summary rendered (no escapes, no pipes), no name=value lines', async () => {
    const s = session({ isTTY: true, env: { NO_COLOR: '1' } });
    s.io.output('valid', 'true');
    await s.io.summary(SUMMARY);
    expect(processOut).toBe('');
    expect(s.out()).toContain('✓ validate-data: valid');
    expect(s.out()).toContain('row_count  [100, ∞]');
    expect(s.out()).not.toMatch(/\\_|\|/);
    expect(s.err()).not.toContain('valid=true');
  });

  test('piped: the markdown as written (for a file or a job summary), still no name=value lines', async () => {
    const s = session({ isTTY: false });
    s.io.output('valid', 'true');
    await s.io.summary(SUMMARY);
    expect(s.out()).toBe('');
    expect(processOut).toContain('| row\\_count |');
    expect(s.err()).not.toContain('valid=true');
  });

  test('--outputs FILE and a runner get the name=value outputs; a runner gets markdown even on a TTY', async () => {
    const file = session({ isTTY: true, outputs: true });
    file.io.output('valid', 'true');
    expect(await readFile(file.outputsFile!, 'utf8')).toBe('valid=true\n');
    const runner = session({ isTTY: true, env: { GITHUB_ACTIONS: 'true' } });
    runner.io.output('valid', 'true');
    await runner.io.summary(SUMMARY);
    expect(runner.err()).toContain('valid=true');
    expect(processOut).toContain('| row\\_count |');
  });

  test('--json: the report file on stdout and no summary; the outputs as an object without one', async () => {
    const report = { kind: 'mlci/validation-report', version: 1, valid: true };
    await writeFile(join(dir, 'r.json'), `${JSON.stringify(report)}\n`);
    const s = session({ isTTY: true, json: true });
    s.io.output('report', 'r.json');
    await s.io.summary(SUMMARY);
    await s.io.printJson();
    expect(JSON.parse(s.out())).toEqual(report);
    const t = session({ isTTY: false, json: true });
    t.io.output('fingerprint', 'abc');
    await t.io.printJson();
    expect(JSON.parse(t.out())).toEqual({ fingerprint: 'abc' });
  });

  test('secrets are masked in the rendered summary too', async () => {
    const s = session({ isTTY: true });
    s.io.setSecret('hunter2');
    await s.io.summary('pushed with hunter2');
    expect(s.out()).toBe('pushed with ***\n\n');
  });

  test('colours: a TTY without NO_COLOR (any non-empty value) and not TERM=dumb', () => {
    expect(useColor({ isTTY: true, write: () => 0 }, {})).toBe(true);
    expect(useColor({ isTTY: true, write: () => 0 }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true, write: () => 0 }, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: true, write: () => 0 }, { TERM: 'dumb' })).toBe(false);
    expect(useColor({ isTTY: false, write: () => 0 }, {})).toBe(false);
  });
});

describe('terminalIO progress', () => {
  test('on a TTY stderr: a progress line, erased before a log line so they never share a line', () => {
    let stderr = '';
    const stream = { isTTY: true, write: (t: string) => (stderr += t) };
    const inner = cliIO({ inputs: new Map(), env: {}, cwd: dir, write: (t) => (stderr += t) });
    const io = terminalIO(inner, { stdout: { isTTY: true, write: () => 0 }, stderr: stream, env: {} });
    const task = io.progress!('data.csv', 100);
    task.update(50);
    io.log.info('a log line');
    expect(stderr).toMatch(/^\r\u001b\[Kdata\.csv {2}50%.*\r\u001b\[Ka log line\n$/);
  });

  test('no progress when piped, with --quiet, or on a runner', () => {
    const inner = cliIO({ inputs: new Map(), env: {}, cwd: dir, write: () => {} });
    const tty = { isTTY: true, write: () => 0 };
    const make = (o: object) => terminalIO(inner, { stdout: tty, env: {}, ...o }).progress;
    expect(make({ stderr: { isTTY: false, write: () => 0 } })).toBeUndefined();
    expect(make({ stderr: tty, quiet: true })).toBeUndefined();
    expect(make({ stderr: tty, env: { GITHUB_ACTIONS: 'true' } })).toBeUndefined();
    expect(make({ stderr: tty })).toBeDefined();
  });
});

test('credentials in a URL are redacted in the rendered summary, as on every printed line', async () => {
  let out = '';
  const inner = cliIO({ inputs: new Map(), env: {}, cwd: dir, write: () => {} });
  const io = terminalIO(inner, {
    stdout: { isTTY: true, write: (t: string) => (out += t) },
    env: { NO_COLOR: '1' },
  });
  await io.summary('pushed to https://bob:hunter2@registry.example.com/ml');
  expect(out).not.toContain('hunter2');
});
