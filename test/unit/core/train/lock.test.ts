import { describe, expect, test } from '@jest/globals';
import {
  describeChanges,
  inputChanges,
  type LockedStage,
  outputChanges,
  parseLock,
  renderLock,
} from '../../../../src/core/train/lock.js';

const stage = (over: Partial<LockedStage> = {}): LockedStage => ({
  fingerprint: 'f'.repeat(64),
  cmd: 'python train.py',
  deps: { 'data/b.csv': 'sha256:b', 'data/a.csv': 'sha256:a' },
  params: { 'params.yaml': { 'train.lr': 0.1, 'train.epochs': 3 } },
  outs: [
    { path: 'out/z.pkl', sha256: 'z', size: 2 },
    { path: 'out/a.pkl', sha256: 'a', size: 1 },
  ],
  metrics: { 'm.json': { acc: 0.5 } },
  ...over,
});

describe('renderLock', () => {
  test('the same content in any order renders the same bytes, sorted', () => {
    const one = renderLock({ schema: 1, stages: { train: stage(), prepare: stage({ cmd: 'prep' }) } });
    const reversed = stage();
    const two = renderLock({
      schema: 1,
      stages: {
        prepare: stage({ cmd: 'prep' }),
        train: {
          ...reversed,
          deps: { 'data/a.csv': 'sha256:a', 'data/b.csv': 'sha256:b' },
          outs: [...reversed.outs].reverse(),
          params: { 'params.yaml': { 'train.epochs': 3, 'train.lr': 0.1 } },
        },
      },
    });
    expect(two).toBe(one);
    expect(one.indexOf('prepare:')).toBeLessThan(one.indexOf('train:'));
    expect(one.indexOf('data/a.csv')).toBeLessThan(one.indexOf('data/b.csv'));
    expect(one.indexOf('out/a.pkl')).toBeLessThan(one.indexOf('out/z.pkl'));
    expect(parseLock(one, 'mlci.lock').stages.train).toEqual({
      ...stage(),
      outs: [...stage().outs].reverse(),
    });
  });

  test('a file that is not a lock is a usage error naming it', () => {
    expect(() => parseLock('just text', 'mlci.lock')).toThrow(/mlci\.lock is not an mlci lock file/);
    expect(() => parseLock('schema: 9\nstages: {}\n', 'mlci.lock')).toThrow(/schema 9/);
  });
});

describe('changes', () => {
  test('cmd, deps (modified, new, deleted) and params by key', () => {
    const changes = inputChanges(stage(), {
      cmd: 'python train.py --fast',
      deps: { 'data/a.csv': 'sha256:A', 'data/c.csv': 'sha256:c' },
      params: { 'params.yaml': { 'train.lr': 0.1, 'train.epochs': 4 } },
    });
    expect(describeChanges(changes)).toEqual([
      'changed command',
      'changed deps: data/a.csv (modified)',
      'changed deps: data/b.csv (deleted)',
      'changed deps: data/c.csv (new)',
      'changed params: params.yaml:train.epochs (modified)',
    ]);
  });

  test('a dep not hashable yet (an upstream output) is not called deleted', () => {
    const changes = inputChanges(
      stage(),
      { cmd: 'python train.py', deps: { 'data/a.csv': 'sha256:a' }, params: stage().params },
      (dep) => dep === 'data/b.csv',
    );
    expect(changes).toEqual([]);
  });

  test('params compare by value, not by formatting', () => {
    expect(
      inputChanges(stage(), {
        cmd: 'python train.py',
        deps: stage().deps,
        params: { 'params.yaml': { 'train.epochs': 3.0, 'train.lr': 0.1 } },
      }),
    ).toEqual([]);
  });

  test('outs: size or hash changes, missing files', () => {
    expect(describeChanges(outputChanges(stage(), [{ path: 'out/a.pkl', sha256: 'a', size: 9 }]))).toEqual([
      'changed outs: out/a.pkl (modified)',
      'changed outs: out/z.pkl (deleted)',
    ]);
  });
});
