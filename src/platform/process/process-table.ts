// Pure rules over a snapshot of the OS process table: which processes belong to a stage's tree. The
// snapshots come from /proc (Linux), `ps` (macOS) or CIM (Windows); see process-tree.ts.

/** One process of a snapshot. `start` orders processes in time (clock ticks, or ms) and tells a reused pid. */
export interface ProcessRow {
  readonly pid: number;
  readonly ppid: number;
  /** Process group and session; -1 where the OS does not say (Windows). */
  readonly pgrp: number;
  readonly session: number;
  readonly start: number;
  /** Linux state letter ('R', 'S', 'Z', …); '' where unknown. A zombie ('Z', 'X') is already dead. */
  readonly state: string;
}

/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may itself hold spaces and
 * ')', so the fields are counted from the LAST ')'. Returns undefined for text that is not a stat line.
 */
export function parseProcStat(text: string): ProcessRow | undefined {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  if (close < 0 || !Number.isInteger(pid)) return undefined;
  // fields[0] is field 3 (state); ppid 4, pgrp 5, session 6, starttime 22 (proc(5)).
  const fields = text.slice(close + 2).split(' ');
  const num = (index: number) => Number(fields[index]);
  if (fields.length < 20 || [1, 2, 3, 19].some((i) => !Number.isFinite(num(i)))) return undefined;
  return { pid, ppid: num(1), pgrp: num(2), session: num(3), start: num(19), state: fields[0] ?? '' };
}

/** Whether a row is a process that can still run (not a zombie waiting to be reaped). */
export const isAlive = (row: ProcessRow): boolean => row.state !== 'Z' && row.state !== 'X';

/** The root of a stage's tree: the shell mlci spawned (it leads its own session and group on POSIX). */
export interface TreeRoot {
  readonly pid: number;
  /** The root's start in the snapshot's unit: a process started before it cannot belong to it. */
  readonly start: number;
}

/**
 * The pids of a stage's tree in `rows`: the root; every process of its session or process group; every
 * process seen in the tree before (`known`: pid → start, so a reused pid does not count); and, to a
 * fixpoint, every child of one of those. Anything started before the root is left out, which keeps an
 * unrelated process that reused a pid (or leads a new session with the root's old pid) safe.
 */
export function treeMembers(
  rows: readonly ProcessRow[],
  root: TreeRoot,
  known: ReadonlyMap<number, number> = new Map(),
): ProcessRow[] {
  const candidates = rows.filter((row) => row.start >= root.start);
  const members = new Map<number, ProcessRow>();
  for (const row of candidates) {
    const inGroup = root.pid > 0 && (row.session === root.pid || row.pgrp === root.pid);
    if (row.pid === root.pid || inGroup || known.get(row.pid) === row.start) members.set(row.pid, row);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of candidates) {
      // The root counts as a parent even when it has exited (Windows does not re-parent its children).
      if (!members.has(row.pid) && (members.has(row.ppid) || row.ppid === root.pid)) {
        members.set(row.pid, row);
        grew = true;
      }
    }
  }
  return [...members.values()];
}

/**
 * Parses `ps -A -o pid=,ppid=,pgid=` (macOS, BSD): one process per line. `ps` gives no start time in a
 * comparable unit, so every row gets start 0 (a root with start 0 accepts them all).
 */
export function parsePs(text: string): ProcessRow[] {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((cols) => cols.length >= 3 && cols.slice(0, 3).every(Number.isInteger))
    .map(([pid, ppid, pgrp]) => ({ pid: pid!, ppid: ppid!, pgrp: pgrp!, session: -1, start: 0, state: '' }));
}

/**
 * Parses lines `<ProcessId> <ParentProcessId> <CreationDate as ms since the epoch>` (written by the
 * PowerShell CIM query of process-tree.ts). Windows keeps a process's ParentProcessId after the parent
 * exits (nothing is re-parented), which is what lets mlci find what a finished shell left behind.
 */
export function parseWindowsProcesses(text: string): ProcessRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((cols) => cols.length === 3 && cols.every(Number.isFinite))
    .map(([pid, ppid, start]) => ({
      pid: pid!,
      ppid: ppid!,
      pgrp: -1,
      session: -1,
      start: start!,
      state: '',
    }));
}
