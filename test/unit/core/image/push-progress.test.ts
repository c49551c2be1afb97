import { describe, expect, test } from '@jest/globals';
import { progressLine, pushProgress } from '../../../../src/core/image/push-progress.js';

const MiB = 1024 * 1024;

describe('progressLine', () => {
  test('MiB sent of the size, rate and ETA', () => {
    expect(progressLine('model.safetensors', 120 * MiB, 480 * MiB, 3)).toBe(
      'model.safetensors: 120/480 MiB sent (40 MiB/s, ETA 9 s)',
    );
  });
});

describe('pushProgress', () => {
  test('one line per blob every 5 s at most, timed from that blob’s first chunk', () => {
    let clock = 0;
    const lines: string[] = [];
    const onProgress = pushProgress(
      (line) => lines.push(line),
      () => clock,
    );
    onProgress('a', 0, 100 * MiB); // starts a's clock at 0
    clock = 4999;
    onProgress('a', 10 * MiB, 100 * MiB);
    expect(lines).toEqual([]);
    clock = 5000;
    onProgress('a', 50 * MiB, 100 * MiB);
    onProgress('b', 1 * MiB, 2 * MiB); // b starts now: nothing yet
    clock = 9999;
    onProgress('a', 60 * MiB, 100 * MiB);
    clock = 10_000;
    onProgress('a', 100 * MiB, 100 * MiB);
    onProgress('b', 2 * MiB, 2 * MiB);
    expect(lines).toEqual([
      'a: 50/100 MiB sent (10 MiB/s, ETA 5 s)',
      'a: 100/100 MiB sent (10 MiB/s, ETA 0 s)',
      'b: 2/2 MiB sent (0 MiB/s, ETA 0 s)',
    ]);
  });
});
