import { visibleLabel } from './visible.js';

/** What a task counts. */
export type ProgressUnit = 'bytes' | 'rows' | 'files' | 'resamples';

/** One piece of long work (a file read, a hashing run, an upload) as it advances. */
export interface ProgressTask {
  /** `done` units so far (bytes unless the factory was told otherwise); cheap to call often. */
  update(done: number): void;
  /** The work is over: the line is cleared. */
  end(): void;
}

/** Starts a task: `total` when known gives a percentage and an ETA. */
export type Progress = (label: string, total?: number, unit?: ProgressUnit) => ProgressTask;

const MiB = 1024 * 1024;

function amount(n: number, unit: ProgressUnit): string {
  if (unit === 'bytes') return `${(n / MiB).toFixed(n < 10 * MiB ? 1 : 0)} MiB`;
  return `${Math.round(n).toLocaleString('en-US')} ${unit}`;
}

/** "data.csv  45%  216/480 MiB  40 MiB/s  ETA 7 s": what the updating line says. */
export function progressText(
  label: string,
  done: number,
  total: number | undefined,
  seconds: number,
  unit: ProgressUnit = 'bytes',
): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [visibleLabel(label)];
  if (total && total > 0) {
    parts.push(`${Math.min(100, Math.floor((100 * done) / total))}%`);
    parts.push(`${amount(done, unit).replace(/ \w+$/, '')}/${amount(total, unit)}`);
  } else parts.push(amount(done, unit));
  parts.push(`${amount(rate, unit)}/s`);
  if (total && rate > 0) parts.push(`ETA ${Math.max(0, Math.ceil((total - done) / rate))} s`);
  return parts.join('  ');
}

export interface TtyProgressOptions {
  readonly write: (text: string) => void;
  /** Terminal width: the line is cut to it so it never wraps (a wrapped line cannot be redrawn). */
  readonly columns?: number;
  /** Milliseconds; performance.now by default. */
  readonly now?: () => number;
  /** Redraws at most this often (ms). */
  readonly everyMs?: number;
}

/**
 * Progress as one line on a terminal, redrawn in place (`\r` + erase line) at most every 100 ms and
 * cleared at the end, so the log lines around it stay clean. Only for a TTY: in a CI log, the
 * commands' periodic plain lines are the progress.
 */
export function ttyProgress(options: TtyProgressOptions): Progress & { clear(): void } {
  const now = options.now ?? (() => performance.now());
  const every = options.everyMs ?? 100;
  /** Whether a progress line is on the screen now (one line, shared by every task). */
  let onScreen = false;
  const write = (text: string) => {
    options.write(text);
    onScreen = text !== '\r\u001b[K';
  };
  const start: Progress = (label, total, unit = 'bytes') => {
    const started = now();
    let last = Number.NEGATIVE_INFINITY;
    let shown = false;
    return {
      update: (done) => {
        const at = now();
        if (at - last < every) return;
        last = at;
        let text = progressText(label, done, total, (at - started) / 1000, unit);
        if (options.columns && text.length >= options.columns)
          text = `${text.slice(0, options.columns - 2)}…`;
        write(`\r\u001b[K${text}`);
        shown = true;
      },
      end: () => {
        if (shown && onScreen) write('\r\u001b[K');
        shown = false;
      },
    };
  };
  /** Erases the line before a log line is printed, so the two never share a line; the next update redraws it. */
  const clear = () => {
    if (onScreen) write('\r\u001b[K');
  };
  return Object.assign(start, { clear });
}

/**
 * A push's onProgress (name, sent, size) as progress tasks, one per blob, each ended when its last
 * byte is sent.
 */
export function blobProgress(progress: Progress): (name: string, sent: number, size: number) => void {
  const tasks = new Map<string, ProgressTask>();
  return (name, sent, size) => {
    let task = tasks.get(name);
    if (!task) {
      task = progress(`pushing ${name}`, size);
      tasks.set(name, task);
    }
    task.update(sent);
    if (sent >= size) task.end();
  };
}

/** What progressOrLog logs, and how often, when there is no terminal line. */
export interface LoggedProgress {
  readonly label: string;
  readonly total?: number;
  readonly unit?: ProgressUnit;
  /** At most one log line this often (ms); none for work shorter than that. */
  readonly everyMs: number;
  /** The log line for `done` units after `seconds`. */
  readonly line: (done: number, seconds: number) => string;
}

/**
 * Long work's progress wherever it runs: the terminal's updating line when the IO has one (`tty`), else a
 * plain log line at most every `everyMs`, so a CI log keeps a trace without a line per chunk.
 */
export function progressOrLog(
  tty: Progress | undefined,
  log: (line: string) => void,
  work: LoggedProgress,
): ProgressTask {
  const task = tty?.(work.label, work.total, work.unit);
  if (task) return task;
  const started = Date.now();
  let last = started;
  return {
    update: (done) => {
      const now = Date.now();
      if (now - last < work.everyMs) return;
      last = now;
      log(work.line(done, (now - started) / 1000));
    },
    end: () => {},
  };
}
