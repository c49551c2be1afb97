import { describe, expect, jest, test } from '@jest/globals';
import {
  blobProgress,
  type Progress,
  progressOrLog,
  progressText,
  ttyProgress,
} from '../../../../src/platform/terminal/progress.js';

const MiB = 1024 * 1024;

describe('progressText', () => {
  test('done/total, percentage, rate and ETA from the rate so far', () => {
    expect(progressText('data.csv', 120 * MiB, 480 * MiB, 3)).toBe(
      'data.csv  25%  120/480 MiB  40 MiB/s  ETA 9 s',
    );
    expect(progressText('hashing deps', 50 * MiB, undefined, 2)).toBe('hashing deps  50 MiB  25 MiB/s');
    expect(progressText('rows', 1500, 3000, 1, 'rows')).toBe(
      'rows  50%  1,500/3,000 rows  1,500 rows/s  ETA 1 s',
    );
  });

  test('a file name cannot move the cursor: control characters are shown', () => {
    expect(progressText('a\u001b[2Kb\r.csv', 0, 10, 1)).toBe(
      'a\ufffd[2Kb\ufffd.csv  0%  0.0/0.0 MiB  0.0 MiB/s',
    );
  });
});

describe('ttyProgress', () => {
  test('one line redrawn in place, at most every 100 ms, cleared at the end', () => {
    let clock = 0;
    const written: string[] = [];
    const task = ttyProgress({ write: (t) => written.push(t), now: () => clock })('f.csv', 100 * MiB);
    for (let ms = 0; ms <= 1000; ms += 10) {
      clock = ms;
      task.update((ms / 1000) * 50 * MiB);
    }
    task.end();
    // 0, 100, …, 1000 ms: 11 redraws of 101 updates, then one clear
    expect(written).toHaveLength(12);
    expect(written.every((t) => t.startsWith('\r\u001b[K'))).toBe(true);
    expect(written.some((t) => t.includes('\n'))).toBe(false);
    expect(written[10]).toBe('\r\u001b[Kf.csv  50%  50/100 MiB  50 MiB/s  ETA 1 s');
    expect(written[11]).toBe('\r\u001b[K');
  });

  test('cut to the terminal width (a wrapped line could not be redrawn); nothing shown, nothing cleared', () => {
    const written: string[] = [];
    const start = ttyProgress({ write: (t) => written.push(t), columns: 20, now: () => 1 });
    const task = start('a-very-long-file-name.csv', 10);
    task.update(1);
    expect(written[0]).toBe(`\r\u001b[K${'a-very-long-file-n'}…`);
    const idle = start('x', 1);
    written.length = 0;
    idle.end();
    expect(written).toEqual([]);
  });
});

describe('clear and blobProgress', () => {
  test('clear() erases a line on screen once; a later update draws it again', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = ttyProgress({ write: (t) => written.push(t), now: () => clock });
    progress.clear();
    expect(written).toEqual([]);
    const task = progress('f', 10);
    task.update(1);
    progress.clear();
    progress.clear();
    expect(written).toEqual([expect.stringContaining('f  10%'), '\r\u001b[K']);
    clock = 200;
    task.update(5);
    expect(written.at(-1)).toContain('f  50%');
    task.end();
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  test('blobProgress: one task per blob, ended at its last byte', () => {
    const events: string[] = [];
    const push = blobProgress((label, total) => ({
      update: (done) => events.push(`${label} ${done}/${total}`),
      end: () => events.push(`${label} end`),
    }));
    push('a', 5, 10);
    push('b', 1, 4);
    push('a', 10, 10);
    push('b', 4, 4);
    expect(events).toEqual([
      'pushing a 5/10',
      'pushing b 1/4',
      'pushing a 10/10',
      'pushing a end',
      'pushing b 4/4',
      'pushing b end',
    ]);
  });
});

describe('progressOrLog', () => {
  const work = {
    label: 'x',
    total: 100,
    everyMs: 10_000,
    line: (done: number, s: number) => `${done} in ${s} s`,
  };

  test('without a terminal: a log line at most every everyMs, none for short work', () => {
    let now = 1_000_000;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const lines: string[] = [];
      const task = progressOrLog(undefined, (line) => lines.push(line), work);
      task.update(10);
      now += 9_999;
      task.update(20);
      expect(lines).toEqual([]);
      now += 1;
      task.update(30);
      now += 5_000;
      task.update(40); // within 10 s of the last line
      now += 5_000;
      task.update(50);
      task.end();
      expect(lines).toEqual(['30 in 10 s', '50 in 20 s']);
    } finally {
      clock.mockRestore();
    }
  });

  test('on a terminal: the terminal task itself, started with the label, total and unit', () => {
    const started: unknown[][] = [];
    const updates: number[] = [];
    const tty: Progress = (...args) => {
      started.push(args);
      return { update: (done) => updates.push(done), end: () => updates.push(-1) };
    };
    const lines: string[] = [];
    const task = progressOrLog(tty, (line) => lines.push(line), { ...work, unit: 'rows' });
    task.update(5);
    task.end();
    expect(started).toEqual([['x', 100, 'rows']]);
    expect(updates).toEqual([5, -1]);
    expect(lines).toEqual([]);
  });
});
