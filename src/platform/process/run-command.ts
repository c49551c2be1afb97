import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { CommandResult } from '../../core/train/reproduce.js';
import type { Shell } from '../../core/train/stage.js';
import { watchResources } from './resources.js';
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
  /** Seconds between SIGTERM and SIGKILL on timeout. */
  readonly killGrace?: number;
}

/** Kills a whole process tree: the group on POSIX (the command leads its own), taskkill /T on Windows. */
export function killTree(pid: number, signal: NodeJS.Signals): void {
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on(
      'error',
      () => {},
    );
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
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

/**
 * Runs a stage command in its shell with exactly `env`, streaming its output line by line. On timeout the
 * whole tree gets SIGTERM, then SIGKILL after the grace period, so no training process outlives the stage.
 */
export function runCommand(cmd: string, options: RunOptions): Promise<CommandResult> {
  const { file, args } = shellCommand(options.shell, cmd);
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group on POSIX, so a timeout can kill the shell and everything it started.
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    const watch = child.pid ? watchResources(child.pid) : undefined;
    const out = lineSplitter(options.onLine);
    const err = lineSplitter(options.onLine);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const timer =
      options.timeout > 0
        ? setTimeout(() => {
            timedOut = true;
            if (!child.pid) return;
            killTree(child.pid, 'SIGTERM');
            killer = setTimeout(() => killTree(child.pid!, 'SIGKILL'), (options.killGrace ?? 5) * 1000);
          }, options.timeout * 1000)
        : undefined;
    // The command leads its own process group, so a signal to mlci (a cancelled job) would not reach it:
    // take the tree down, then let the signal do what it would have done.
    const onSignal = (signal: NodeJS.Signals) => {
      if (child.pid) killTree(child.pid, 'SIGKILL');
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      process.kill(process.pid, signal);
    };
    if (process.platform !== 'win32') {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
    let spawnError: Error | undefined;
    child.on('error', (error) => {
      spawnError = error;
    });
    child.on('close', (code, signal) => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      if (timer) clearTimeout(timer);
      if (killer) clearTimeout(killer);
      // The shell is gone; children it left behind in its group go too (a stage owns its whole tree).
      if (child.pid && process.platform !== 'win32') killTree(child.pid, 'SIGKILL');
      out.flush();
      err.flush();
      if (spawnError) options.onLine(`cannot start ${file}: ${spawnError.message}`);
      const resources = watch?.stop() ?? {
        peakRssBytes: null,
        cpuUserMs: null,
        cpuSystemMs: null,
        method: 'not measured: the command did not start',
      };
      resolve({ exitCode: spawnError ? 127 : code, signal: signal ?? null, timedOut, resources });
    });
  });
}
