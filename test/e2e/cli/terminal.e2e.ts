// The CLI bundle as a person and as a script see it: in a terminal (a pty from util-linux's `script`)
// the summary is rendered (✓, aligned table, no `\_`), colours unless NO_COLOR, a progress line that is
// cleared; piped, the markdown; `name=value` only with --outputs; --json the report; --quiet nothing.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { bundle } from '../../support/bundles.js';

const root = join(import.meta.dirname, '../../..');
const run = promisify(execFile);
const ESC = '\u001b';
let cli: string;
let dir: string;

/** Without the runner's variables even when the tests run on one. */
const env = (extra: Record<string, string> = {}) => {
  const { GITHUB_ACTIONS, CI, NO_COLOR, FORCE_COLOR, ...rest } = process.env;
  return { ...rest, TERM: 'xterm-256color', ...extra };
};
const ARGS = ['validate', '--data', 'iris.csv', '--schema', 'schema.yaml', '--workers', '1'];

/** Runs the CLI on a pty: stdout and stderr are the terminal, as in a shell. */
async function inTerminal(args: readonly string[], extra: Record<string, string> = {}) {
  const line = [process.execPath, cli, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const { stdout } = await run('script', ['-q', '-e', '-c', line, '/dev/null'], {
    cwd: dir,
    env: env(extra),
  });
  return stdout.replace(/\r\n/g, '\n');
}
const piped = (args: readonly string[]) => run(process.execPath, [cli, ...args], { cwd: dir, env: env() });

beforeAll(async () => {
  cli = await bundle('cli');
  dir = await mkdtemp(join(tmpdir(), 'mlci-terminal-'));
  await cp(join(root, 'examples/iris/data/iris.csv'), join(dir, 'iris.csv'));
  await cp(join(root, 'examples/iris/data/schema.yaml'), join(dir, 'schema.yaml'));
}, 600_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('mlci in a terminal and in a pipe', () => {
  test('terminal: rendered summary with colours, a progress line cleared, no name=value', async () => {
    const out = await inTerminal(ARGS);
    expect(out).toContain(`${ESC}[1m${ESC}[32m✓${ESC}[39m validate-data: valid${ESC}[22m`);
    expect(out.replace(/\u001b\[\d+m/g, '')).toMatch(/ {2}check {6}result {2}detail/);
    expect(out).toContain('row-count');
    expect(out).not.toContain('\\[');
    expect(out).not.toContain('|---|');
    expect(out).not.toMatch(/^valid=true$/m);
    // the progress line: drawn with \r + erase, then erased before the next line
    expect(out).toMatch(/\r\u001b\[Kiris\.csv {2}100%/);
    expect(out).toMatch(/\r\u001b\[K\r\u001b\[K|\r\u001b\[K(?=\S)/);
  });

  test('terminal with NO_COLOR: the same rendering, no escape sequence other than the progress line', async () => {
    const out = await inTerminal(ARGS, { NO_COLOR: '1' });
    expect(out).toContain('✓ validate-data: valid');
    expect(out.replace(/\r\u001b\[K/g, '')).not.toContain(ESC);
  });

  test('terminal with --quiet: no summary, no progress', async () => {
    const out = await inTerminal([...ARGS, '--quiet']);
    expect(out).toBe('');
  });

  test('piped: the markdown on stdout, no progress and no name=value on stderr', async () => {
    const { stdout, stderr } = await piped(ARGS);
    expect(stdout).toContain('### ✅ validate-data: valid');
    expect(stdout).toContain('| row-count | pass |');
    expect(stderr).not.toContain('\r');
    expect(stderr).not.toMatch(/^valid=true$/m);
  });

  test('--outputs FILE: the outputs there; --json: the report on stdout and nothing else', async () => {
    await piped([...ARGS, '--outputs', 'out.txt']);
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toMatch(/^valid=true\n/m);
    const { stdout } = await piped([...ARGS, '--json']);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ kind: 'mlci/validation-report', valid: true });
    expect(report).toEqual(JSON.parse(await readFile(join(dir, 'mlci-validation-report.json'), 'utf8')));
  });

  test('terminal: a file scanned by worker threads has the progress line too (bytes of all ranges)', async () => {
    // Past the 32 MiB below which one thread is used: the iris rows repeated.
    const rows = (await readFile(join(dir, 'iris.csv'), 'utf8')).trimEnd().split('\n');
    const body = `${rows.slice(1).join('\n')}\n`;
    const copies = Math.ceil((34 * 2 ** 20) / body.length);
    await writeFile(join(dir, 'big.csv'), `${rows[0]}\n${body.repeat(copies)}`);
    // the repeated ids would fail the example's keys: the same schema without them
    const schema = (await readFile(join(dir, 'schema.yaml'), 'utf8')).replace(
      / unique|^primaryKey:.*$/gm,
      '',
    );
    await writeFile(join(dir, 'big-schema.yaml'), schema);
    const big = [
      'validate',
      '--data',
      'big.csv',
      '--schema',
      'big-schema.yaml',
      '--workers',
      '2',
      '--report',
      'big.json',
    ];
    const out = await inTerminal(big, { NO_COLOR: '1' });
    expect(out).toMatch(/big\.csv: scanned in 2 worker threads/);
    expect(out).toMatch(/\r\u001b\[Kbig\.csv {2}\d+% {2}[\d.]+\/3[45] MiB/);
    const { stderr } = await piped(big);
    expect(stderr).not.toContain('\r');
  });

  test('--json on invalid data: exit 1 and the report on stdout all the same', async () => {
    const rows = (await readFile(join(dir, 'iris.csv'), 'utf8')).split('\n');
    rows[1] = rows[1].replace(/^([^,]*),[^,]*/, '$1,not-a-number');
    await writeFile(join(dir, 'bad.csv'), rows.join('\n'));
    const failed = (await piped(['validate', '--data', 'bad.csv', '--schema', 'schema.yaml', '--json']).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    )) as { code: number; stdout: string };
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ kind: 'mlci/validation-report', valid: false });
  });
});
