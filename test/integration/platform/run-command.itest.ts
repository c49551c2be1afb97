// Real shells and real process trees: what a stage leaves behind is ended, and a timeout bounds the wall
// time even for descendants that left the session. Both ways of finding the tree on Linux are run: a
// cgroup (when this machine lets mlci make one) and the /proc walk every runner falls back to.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { type RunOptions, runCommand } from '../../../src/platform/process/run-command.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(cmd: string, options: Partial<RunOptions> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'mlci-run-'));
  dirs.push(cwd);
  const lines: string[] = [];
  const notes: string[] = [];
  const started = performance.now();
  const result = await runCommand(cmd, {
    shell: 'bash',
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    timeout: 0,
    onLine: (line) => lines.push(line),
    onNote: (line) => notes.push(line),
    ...options,
  });
  const seconds = (performance.now() - started) / 1000;
  const pid = (file: string) => Number(readFileSync(join(cwd, file), 'utf8'));
  return { result, lines, notes, seconds, pid };
}

/** Not running: gone, or a zombie waiting for PID 1 (containers often run no init to reap it). */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  const text = readFileSync(stat, 'utf8');
  return !['Z', 'X'].includes(text.slice(text.lastIndexOf(')') + 2)[0]!);
}

const modes = [
  ['cgroup where available', true],
  ['/proc walk', false],
] as const;

describe.each(modes)('process tree (%s)', (_name, cgroup) => {
  test('a background process does not hold the stage: `sleep 60 & echo done` ends far under 60 s', async () => {
    const { result, lines, notes, seconds, pid } = await run('sleep 60 & echo $! > bg.pid; echo done', {
      cgroup,
      timeout: 30,
    });
    expect(result).toMatchObject({ exitCode: 0, timedOut: false });
    expect(lines).toEqual(['done']);
    expect(seconds).toBeLessThan(15);
    expect(running(pid('bg.pid'))).toBe(false);
    expect(notes.join('\n')).toMatch(
      /the command exited and left 1 process running: sent SIGTERM to 1 process/,
    );
  });

  test('a timeout bounds wall time for a descendant that left the session (setsid) and was orphaned', async () => {
    // The subshell lingers 0.5 s before exiting so the /proc poll (every 100 ms) sees the parent link;
    // a cgroup needs no such help (the next test).
    const { result, seconds, pid } = await run(
      '(setsid sleep 60 & echo $! > escaped.pid; sleep 0.5); sleep 60',
      { cgroup, timeout: 3 },
    );
    expect(result.timedOut).toBe(true);
    expect(seconds).toBeLessThan(20);
    expect(running(pid('escaped.pid'))).toBe(false);
    expect(result.killed).toMatch(/^sent SIGTERM to [2-9] processes found through /);
  });

  test('peak memory counts a descendant in its own session (setsid), not only the process group', async () => {
    // 256 MiB touched in a process that left the group; everything else in the tree is a few MiB.
    const { result } = await run(
      `setsid -w /usr/bin/python3 -c 'import time; b = bytearray(256 * 2**20); time.sleep(0.6)'`,
      { cgroup },
    );
    expect(result.exitCode).toBe(0);
    expect(result.resources.peakRssBytes).toBeGreaterThan(256 * 2 ** 20);
  });

  test('a leftover that ignores SIGTERM gets SIGKILL after the grace period, and the message says so', async () => {
    // Waits until the leftover ignores SIGTERM (else the kill could come first and the test would race).
    const cmd = `bash -c 'trap "" TERM; touch ready; sleep 60' & echo $! > stubborn.pid; until [ -e ready ]; do sleep 0.05; done`;
    const { result, notes, pid } = await run(cmd, {
      cgroup,
      killGrace: 1,
    });
    expect(result.exitCode).toBe(0);
    expect(running(pid('stubborn.pid'))).toBe(false);
    expect(notes.join('\n')).toMatch(/ignored it and got SIGKILL/);
  });
});

test('with a cgroup, an immediately orphaned setsid descendant is still found', async () => {
  const { result, pid } = await run('(setsid sleep 60 & echo $! > escaped.pid); sleep 60', {
    cgroup: true,
    timeout: 2,
  });
  expect(result.timedOut).toBe(true);
  // Without a usable cgroup (a runner without delegation) this is the documented gap of the /proc walk.
  if (!result.killed?.includes('its cgroup')) return;
  expect(running(pid('escaped.pid'))).toBe(false);
});

test('a quick command with no leftovers says nothing about the tree', async () => {
  const { result, notes, lines } = await run('echo a; echo b >&2; exit 3');
  expect(result).toMatchObject({ exitCode: 3, timedOut: false });
  expect(lines.sort()).toEqual(['a', 'b']);
  expect(notes).toEqual([]);
});
