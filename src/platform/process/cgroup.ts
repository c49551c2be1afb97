import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A cgroup v2 per stage holds every process the command starts, whatever it does to its session or
// group (setsid, double fork): the kernel puts a child in its parent's cgroup and only a privileged
// write moves it out. It needs a writable cgroup v2 hierarchy (root in a container with its own cgroup
// namespace, a systemd delegated scope); GitHub's hosted runners do not give the runner user one, so
// process-tree.ts falls back to walking /proc. Node cannot make mlci a child subreaper
// (PR_SET_CHILD_SUBREAPER needs prctl, i.e. native code, which DESIGN.md rules out).

/** The cgroup v2 directory this process lives in, if the v2 hierarchy is mounted. */
function ownCgroupDir(): string | undefined {
  try {
    const line = readFileSync('/proc/self/cgroup', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('0::'));
    const mount = readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .find((l) => l.includes(' - cgroup2 '));
    if (!line || !mount) return undefined;
    return join(mount.split(' ')[4]!, line.slice(3));
  } catch {
    return undefined;
  }
}

let counter = 0;
let usable: string | false | undefined;

/** Joins the cgroup whose cgroup.procs is $0, then becomes the command (`exec` keeps the pid). */
const JOIN = '{ echo 0 > "$0"; } 2>/dev/null; exec "$@"';

/**
 * The parent directory for stage cgroups, if this process may create cgroups and move processes into
 * them. Decided once per process by a probe: a `sh` joins a fresh cgroup and the cgroup is removed.
 */
function cgroupParent(): string | undefined {
  if (usable !== undefined) return usable || undefined;
  usable = false;
  if (process.platform !== 'linux') return undefined;
  const parent = ownCgroupDir();
  if (!parent || !existsSync(join(parent, 'cgroup.procs'))) return undefined;
  const probe = join(parent, `mlci-probe-${process.pid}`);
  try {
    mkdirSync(probe);
  } catch {
    return undefined;
  }
  const joined = spawnSync('/bin/sh', ['-c', 'echo 0 > "$0"', join(probe, 'cgroup.procs')], {
    stdio: 'ignore',
  });
  try {
    rmdirSync(probe);
  } catch {
    // Still populated a moment after the probe exits on some kernels; harmless and empty soon.
  }
  if (joined.status === 0) usable = parent;
  return usable || undefined;
}

/** A cgroup made for one stage command. */
export interface StageCgroup {
  readonly dir: string;
  /** The spawn arguments that start `file args` inside the cgroup (via /bin/sh, then `exec`). */
  wrap(file: string, args: readonly string[]): { file: string; args: string[] };
  /** Pids in the cgroup now. */
  pids(): number[];
  /** SIGKILL to every process inside at once (cgroup.kill, Linux 5.14+); false when not available. */
  killAll(): boolean;
  /** Removes the cgroup if it is empty. */
  remove(): void;
}

/** A fresh cgroup for one command, or undefined where cgroups cannot be used (then walk /proc). */
export function createStageCgroup(): StageCgroup | undefined {
  const parent = cgroupParent();
  if (!parent) return undefined;
  const dir = join(parent, `mlci-${process.pid}-${++counter}`);
  try {
    mkdirSync(dir);
  } catch {
    return undefined;
  }
  return {
    dir,
    wrap: (file, args) => ({ file: '/bin/sh', args: ['-c', JOIN, join(dir, 'cgroup.procs'), file, ...args] }),
    pids() {
      try {
        return readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    },
    killAll() {
      try {
        writeFileSync(join(dir, 'cgroup.kill'), '1');
        return true;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty (a process in uninterruptible sleep): the kernel frees it once the process is gone.
      }
    },
  };
}
