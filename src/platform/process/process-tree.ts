import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { createStageCgroup, type StageCgroup } from './cgroup.js';
import {
  isAlive,
  type ProcessRow,
  parseProcStat,
  parsePs,
  parseWindowsProcesses,
  type TreeRoot,
  treeMembers,
} from './process-table.js';

const run = promisify(execFile);
const POLL_MS = 100;

/** Every process a stage command started, found the best way the OS allows. */
export interface ProcessTree {
  /** How members are found, for messages ('its cgroup', '/proc: session, group and parent walk'). */
  readonly method: string;
  /** Live processes of the tree (the shell too while it runs). */
  members(): Promise<number[]>;
  /** Sends `signal` to every live member (Windows: taskkill /T /F whatever the signal); returns their pids. */
  kill(signal: 'SIGTERM' | 'SIGKILL'): Promise<number[]>;
  /** Stops tracking and releases what it held (the poll timer, the cgroup). */
  close(): void;
}

/** Before spawning: decides how to track, and how the command must be spawned for that. */
export interface TreeTracker {
  wrap(file: string, args: readonly string[]): { file: string; args: string[] };
  /** Starts tracking the tree of `pid`; `running` says whether that process itself has not exited. */
  start(pid: number, running: () => boolean): ProcessTree;
}

function procRows(): ProcessRow[] {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const rows: ProcessRow[] = [];
  for (const name of names) {
    try {
      const row = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (row) rows.push(row);
    } catch {
      // Exited between readdir and read.
    }
  }
  return rows;
}

const procStart = (pid: number | 'self') => {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.start;
  } catch {
    return undefined;
  }
};

function signalAll(pids: readonly number[], signal: NodeJS.Signals): number[] {
  return pids.filter((pid) => {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false; // already gone
    }
  });
}

/**
 * Linux: a cgroup where one can be made (every descendant, setsid or not), otherwise /proc polled every
 * 100 ms: the session and group the shell leads, plus every process ever seen in the tree and its
 * children. The poll is what finds a `setsid` descendant after its parent has exited; one started and
 * orphaned within a single poll interval can still escape, and the message does not claim otherwise.
 */
function linuxTracker(useCgroup: boolean): TreeTracker {
  const cgroup: StageCgroup | undefined = useCgroup ? createStageCgroup() : undefined;
  return {
    wrap: (file, args) => (cgroup ? cgroup.wrap(file, args) : { file, args: [...args] }),
    start(pid) {
      // Nothing of the tree started before mlci did: a floor for the root's start until it can be read.
      const root: TreeRoot = { pid, start: procStart(pid) ?? procStart('self') ?? 0 };
      const known = new Map<number, number>();
      const scan = () => {
        const rows = treeMembers(procRows(), root, known);
        const inCgroup = new Set(cgroup?.pids() ?? []);
        for (const row of rows) known.set(row.pid, row.start);
        const alive = rows.filter(isAlive).map((row) => row.pid);
        return [...new Set([...alive, ...inCgroup])];
      };
      const timer = cgroup ? undefined : setInterval(scan, POLL_MS);
      timer?.unref();
      scan();
      return {
        method: cgroup ? 'its cgroup' : '/proc: its session, process group and every descendant seen',
        members: async () => scan(),
        async kill(signal) {
          const pids = signalAll(scan(), signal);
          if (signal === 'SIGKILL') cgroup?.killAll();
          return pids;
        },
        close() {
          if (timer) clearInterval(timer);
          cgroup?.remove();
        },
      };
    },
  };
}

/** macOS and other POSIX: the process group the shell leads, and the children of its members (`ps`). */
function psTracker(): TreeTracker {
  return {
    wrap: (file, args) => ({ file, args: [...args] }),
    start(pid) {
      const scan = async () => {
        const { stdout } = await run('ps', ['-A', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' }).catch(
          () => ({ stdout: '' }),
        );
        return treeMembers(parsePs(stdout), { pid, start: 0 }).map((row) => row.pid);
      };
      return {
        method: 'ps: its process group and their children',
        members: scan,
        async kill(signal) {
          return signalAll(await scan(), signal);
        },
        close() {},
      };
    },
  };
}

// CreationDate as ms since the epoch: Windows keeps ParentProcessId after the parent exits, so this finds
// what a finished shell left behind. Untested here: no Windows runner (docs/train.md says so).
const CIM_QUERY =
  "Get-CimInstance Win32_Process | ForEach-Object { '{0} {1} {2}' -f $_.ProcessId, $_.ParentProcessId, [long]($_.CreationDate.ToUniversalTime() - [datetime]'1970-01-01').TotalMilliseconds }";

/** Windows: the shell's descendants by ParentProcessId (CIM), each killed with `taskkill /T /F`. */
function windowsTracker(): TreeTracker {
  return {
    wrap: (file, args) => ({ file, args: [...args] }),
    start(pid, running) {
      const root: TreeRoot = { pid, start: Date.now() - 1000 };
      const scan = async () => {
        const { stdout } = await run(
          'powershell.exe',
          ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', CIM_QUERY],
          { encoding: 'utf8', windowsHide: true },
        ).catch(() => ({ stdout: '' }));
        return treeMembers(parseWindowsProcesses(stdout), root).map((row) => row.pid);
      };
      return {
        method: 'CIM ParentProcessId walk, taskkill /T /F',
        members: scan,
        async kill() {
          // The shell itself by pid while it runs, even if the CIM query failed (taskkill /T takes its
          // live tree); after it exited its pid may be reused, so then only what the query found.
          const found = await scan();
          const pids = running() && !found.includes(pid) ? [pid, ...found] : found;
          await Promise.all(pids.map((member) => taskkill(member)));
          return pids;
        },
        close() {},
      };
    },
  };
}

/** `taskkill /T /F` on one pid: the process and its live descendants, forcibly (Windows has no SIGTERM). */
export function taskkill(pid: number): Promise<void> {
  return new Promise((resolve) => {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true })
      .on('error', () => resolve())
      .on('exit', () => resolve());
  });
}

/** The tracker for this OS. `cgroup: false` forces the /proc walk on Linux (tests exercise both). */
export function treeTracker(options: { cgroup?: boolean } = {}): TreeTracker {
  if (process.platform === 'win32') return windowsTracker();
  if (process.platform === 'linux') return linuxTracker(options.cgroup ?? true);
  return psTracker();
}
