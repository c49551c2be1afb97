import { describe, expect, test } from '@jest/globals';
import {
  parseProcStat,
  parsePs,
  parseWindowsProcesses,
  treeMembers,
} from '../../../../src/platform/process/process-table.js';

/** A /proc/<pid>/stat line with the fields process-table reads; the rest are zeros. */
const stat = (
  pid: number,
  comm: string,
  state: string,
  ppid: number,
  pgrp: number,
  sid: number,
  start: number,
) => `${pid} (${comm}) ${state} ${ppid} ${pgrp} ${sid} ${Array(15).fill(0).join(' ')} ${start} 0 0`;

describe('parseProcStat', () => {
  test('counts fields from the last parenthesis: a command name may hold spaces and ")"', () => {
    expect(parseProcStat(stat(42, 'evil) 1 2 3 (x', 'S', 7, 8, 9, 12345))).toEqual({
      pid: 42,
      ppid: 7,
      pgrp: 8,
      session: 9,
      start: 12345,
      state: 'S',
    });
  });
  test('refuses what is not a stat line', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('12 (bash) S 1')).toBeUndefined();
  });
});

describe('treeMembers', () => {
  const row = (pid: number, ppid: number, pgrp: number, session: number, start: number) => ({
    pid,
    ppid,
    pgrp,
    session,
    start,
    state: 'S',
  });
  const root = { pid: 100, start: 50 };
  const rows = [
    row(1, 0, 1, 1, 0), // init
    row(100, 1, 100, 100, 50), // the shell
    row(101, 100, 100, 100, 51), // `sleep &`
    row(102, 1, 102, 102, 52), // setsid'd, orphaned: found only because it was seen before
    row(103, 102, 102, 102, 53), // its child: found through the parent walk
    row(104, 1, 104, 104, 54), // an unrelated process started later
    row(105, 1, 100, 100, 10), // session 100 but older than the shell: a reused id, not ours
  ];
  const pids = (known?: Map<number, number>) =>
    treeMembers(rows, root, known)
      .map((r) => r.pid)
      .sort();

  test('session, group, the descendants of known members, never older processes', () => {
    expect(pids()).toEqual([100, 101]);
    expect(pids(new Map([[102, 52]]))).toEqual([100, 101, 102, 103]);
  });
  test('a known pid with a different start is a reused pid and is left alone', () => {
    expect(pids(new Map([[102, 99]]))).toEqual([100, 101]);
  });
});

test('parsePs reads `ps -A -o pid=,ppid=,pgid=`; the shell group and its children are the tree', () => {
  const rows = parsePs(
    '    1     0     1\n  500     1   500\n  501   500   500\n  777   501   777\n  900     1   900\n',
  );
  expect(
    treeMembers(rows, { pid: 500, start: 0 })
      .map((r) => r.pid)
      .sort(),
  ).toEqual([500, 501, 777]);
});

test('Windows: a finished shell’s children still name it as parent; older processes with that id do not count', () => {
  const rows = parseWindowsProcesses(
    '4 0 1000\r\n300 4 5000\r\n310 300 6000\r\n311 310 6100\r\n320 300 100\r\nbad line\r\n',
  );
  // 300 (the shell) has exited and is not listed: 310 and its child are what it left behind.
  const left = treeMembers(
    rows.filter((r) => r.pid !== 300),
    { pid: 300, start: 5000 },
  );
  expect(left.map((r) => r.pid).sort()).toEqual([310, 311]);
});
