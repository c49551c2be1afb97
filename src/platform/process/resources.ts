import { readdirSync, readFileSync } from 'node:fs';
import type { ResourceUse } from '../../core/train/run-record.js';

// USER_HZ: the unit of /proc CPU times. 100 on every mainstream Linux architecture (the kernel ABI
// fixes it, whatever CONFIG_HZ is); Node has no sysconf(_SC_CLK_TCK) to ask.
const USER_HZ = 100;
const SAMPLE_MS = 100;

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Fields after the command name of /proc/<pid>/stat (field 3 = index 0). */
function statFields(pid: string | number): string[] | undefined {
  const text = readText(`/proc/${pid}/stat`);
  return text?.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** User and system CPU of this process's reaped children, in ms (fields 16 and 17: cutime, cstime). */
function childrenCpuMs(): { user: number; system: number } | undefined {
  const fields = statFields('self');
  if (!fields) return undefined;
  return { user: (Number(fields[13]) * 1000) / USER_HZ, system: (Number(fields[14]) * 1000) / USER_HZ };
}

/** VmHWM (the kernel's peak RSS of one process) of `pid`, in bytes; 0 once it is gone. */
function processPeakRss(pid: string | number): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readText(`/proc/${pid}/status`) ?? '');
  return hwm ? Number(hwm[1]) * 1024 : 0;
}

/** Largest VmHWM among the processes of process group `pgid`, in bytes. */
function groupPeakRss(pgid: number): number {
  let peak = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    const fields = statFields(pid);
    if (!fields || Number(fields[2]) !== pgid) continue; // field 5: process group
    peak = Math.max(peak, processPeakRss(pid));
  }
  return peak;
}

/**
 * Measures a command's process tree. On Linux: peak memory is the largest VmHWM (the kernel's own
 * per-process high-water mark) seen among the tree's processes — process group `pgid` and whatever
 * `members` lists (the tree tracker's: a `setsid` descendant has left the group) — sampled every 100 ms,
 * so a process that lives less than that can be missed; CPU time is exact, from the cutime/cstime the kernel adds to this
 * process when it reaps the command (which includes the command's own reaped children). Elsewhere it
 * reports null with the reason: Node exposes no getrusage(RUSAGE_CHILDREN).
 */
export function watchResources(
  pgid: number,
  members?: () => Promise<readonly number[]>,
): { stop(): ResourceUse } {
  if (process.platform !== 'linux' || !childrenCpuMs()) {
    return {
      stop: () => ({
        peakRssBytes: null,
        cpuUserMs: null,
        cpuSystemMs: null,
        method: `not measured on ${process.platform}: Node has no getrusage(RUSAGE_CHILDREN)`,
      }),
    };
  }
  const before = childrenCpuMs()!;
  let peak = groupPeakRss(pgid);
  const sample = () => {
    peak = Math.max(peak, groupPeakRss(pgid));
    members?.().then(
      (pids) => {
        for (const pid of pids) peak = Math.max(peak, processPeakRss(pid));
      },
      () => {}, // the tree is being torn down: the group's sample stands
    );
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      const after = childrenCpuMs()!;
      return {
        peakRssBytes: peak || null,
        cpuUserMs: Math.round(after.user - before.user),
        cpuSystemMs: Math.round(after.system - before.system),
        method:
          'linux: largest /proc VmHWM of the process tree (its group and every descendant seen) sampled every 100 ms; CPU from reaped children',
      };
    },
  };
}
