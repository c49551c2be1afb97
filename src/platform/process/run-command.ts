import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { CommandResult } from '../../core/train/reproduce.js';
import type { Shell } from '../../core/train/stage.js';
import { watchResources } from './resources.js';
import { type ProcessTree, treeTracker } from './process-tree.js';
import { shellCommand } from './shell.js';

/** How to run a stage command. */
export interface RunOptions {
  readonly shell: Shell;
  readonly cwd: string;
  /** The complete environment of the command: nothing of this process's env is added. */
  readonly env: Readonly<Record<string, string>>;
  /** Seconds; 0 for none. */
  readonly timeout: number;
  /** Receives each output line as it arrives (stdout and stderr alike). */
  readonly onLine: (line: string) => void;
  /** Seconds between SIGTERM and SIGKILL, on timeout and for processes left behind. */
  readonly killGrace?: number;
  /** Receives notes about the tree (processes left behind and killed), for the log. */
  readonly onNote?: (line: string) => void;
  /** Linux: track the tree with a cgroup where one can be made (default); false walks /proc instead. */
  readonly cgroup?: boolean;
}

// A line longer than this is passed on in pieces: a command that never prints a line break must not
// grow mlci's memory.
const MAX_LINE = 64 * 1024;

/**
 * Cuts a command's output into lines at LF, CRLF and a lone CR, as the runner does when it reads the log
 * (a progress bar's CR starts a new line there): every segment reaches onLine, so each gets the stage
 * prefix and none can begin a workflow command of its own.
 */
export function lineSplitter(onLine: (line: string) => void) {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const take = (text: string) => {
    rest += text;
    let start = 0;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      // A CR at the very end may be the first half of a CRLF split across two chunks: wait for the next.
      if (ch === 13 && i === rest.length - 1) break;
      onLine(rest.slice(start, i));
      if (ch === 13 && rest.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    rest = rest.slice(start);
    while (rest.length > MAX_LINE) {
      onLine(rest.slice(0, MAX_LINE));
      rest = rest.slice(MAX_LINE);
    }
  };
  return {
    push(chunk: Buffer) {
      take(decoder.write(chunk));
    },
    flush() {
      take(decoder.end());
      if (rest.endsWith('\r')) rest = rest.slice(0, -1);
      if (rest) onLine(rest);
      rest = '';
    },
  };
}

/** How the rest of a tree was ended: pids sent SIGTERM, and those that needed SIGKILL after the grace. */
interface Ended {
  readonly termed: readonly number[];
  readonly forced: readonly number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM to every live process of the tree, then SIGKILL to those still alive after `graceMs`. */
async function endTree(tree: ProcessTree, graceMs: number): Promise<Ended> {
  const termed = await tree.kill('SIGTERM');
  if (!termed.length) return { termed, forced: [] };
  for (const deadline = Date.now() + graceMs; Date.now() < deadline; ) {
    await sleep(50);
    if (!(await tree.members()).length) return { termed, forced: [] };
  }
  return { termed, forced: await tree.kill('SIGKILL') };
}

const plural = (n: number) => `${n} process${n === 1 ? '' : 'es'}`;

/** What was killed, in words true to what happened: "killed 3 processes found through its cgroup …". */
function describeKill(ended: Ended, method: string): string {
  if (!ended.termed.length) return `no process of the tree was left to kill (tracked through ${method})`;
  const forced = ended.forced.length ? `; ${plural(ended.forced.length)} ignored it and got SIGKILL` : '';
  return `sent SIGTERM to ${plural(ended.termed.length)} found through ${method}${forced}`;
}

/** Waits for the output pipes to close, at most `ms`; a process outside the tree may still hold them. */
function pipesClosed(child: ChildProcess, ms: number): Promise<boolean> {
  const open = [child.stdout, child.stderr].filter((s): s is Readable => !!s && !s.closed);
  if (!open.length) return Promise.resolve(true);
  return Promise.race([
    Promise.all(open.map((s) => new Promise((resolve) => s.once('close', resolve)))).then(() => true),
    sleep(ms).then(() => false),
  ]);
}

/**
 * Runs a stage command in its shell with exactly `env`, streaming its output line by line. The stage owns
 * its whole process tree: when the shell exits, whatever it left running (`tensorboard &`, a `setsid`
 * daemon) gets SIGTERM, then SIGKILL after the grace period, and mlci stops waiting on output pipes those
 * processes inherited; on timeout the same happens to the whole tree, shell included.
 */
export function runCommand(cmd: string, options: RunOptions): Promise<CommandResult> {
  const shell = shellCommand(options.shell, cmd);
  const tracker = treeTracker({ cgroup: options.cgroup });
  const { file, args } = tracker.wrap(shell.file, shell.args);
  const graceMs = (options.killGrace ?? 5) * 1000;
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own session and process group on POSIX (setsid), so the tree can be found and signalled.
      detached: process.platform !== 'win32',
      windowsHide: true,
      // cmd.exe parses its own command line: Node's C-runtime quoting would mangle `cmd` (shell.ts).
      windowsVerbatimArguments: shell.verbatim,
    });
    const running = () => child.exitCode === null && child.signalCode === null;
    const tree = child.pid ? tracker.start(child.pid, running) : undefined;
    const watch = child.pid ? watchResources(child.pid, tree ? () => tree.members() : undefined) : undefined;
    const out = lineSplitter(options.onLine);
    const err = lineSplitter(options.onLine);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    let ending: Promise<Ended> | undefined;
    const end = () =>
      (ending ??= tree ? endTree(tree, graceMs) : Promise.resolve({ termed: [], forced: [] }));
    const timer =
      options.timeout > 0
        ? setTimeout(() => {
            timedOut = true;
            void end();
          }, options.timeout * 1000)
        : undefined;
    // The command leads its own session, so a signal to mlci (a cancelled job) would not reach it: take
    // the tree down, then let the signal do what it would have done.
    const onSignal = (signal: NodeJS.Signals) => {
      // The group synchronously (the process exits right after), then whatever else the tracker knows.
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      void tree?.kill('SIGKILL');
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      process.kill(process.pid, signal);
    };
    if (process.platform !== 'win32') {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
    const finish = async (exitCode: number | null, signal: NodeJS.Signals | null, spawnError?: Error) => {
      if (timer) clearTimeout(timer);
      // The shell is gone; what it left behind goes too (a stage owns its whole tree).
      const ended = await end();
      const closed = await pipesClosed(child, 1000);
      if (!closed) {
        child.stdout.destroy();
        child.stderr.destroy();
      }
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      tree?.close();
      out.flush();
      err.flush();
      if (spawnError) options.onLine(`cannot start ${file}: ${spawnError.message}`);
      const killed = tree ? describeKill(ended, tree.method) : null;
      if (!timedOut && ended.termed.length) {
        options.onNote?.(`the command exited and left ${plural(ended.termed.length)} running: ${killed}`);
      }
      if (!closed) {
        options.onNote?.(
          'output pipes stayed open after the tree was killed (a process outside it holds them): stopped reading',
        );
      }
      const resources = watch?.stop() ?? {
        peakRssBytes: null,
        cpuUserMs: null,
        cpuSystemMs: null,
        method: 'not measured: the command did not start',
      };
      resolve({ exitCode: spawnError ? 127 : exitCode, signal, timedOut, resources, killed });
    };
    let done = false;
    child.on('error', (error) => {
      if (done || child.pid) return;
      done = true;
      void finish(null, null, error);
    });
    // 'exit', not 'close': 'close' waits for every holder of the pipes, background processes included.
    child.on('exit', (code, signal) => {
      if (done) return;
      done = true;
      void finish(code, signal);
    });
  });
}
