import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../../../src/core/errors.js';
import { parseStage } from '../../../../src/core/train/parse-stages.js';
import {
  type CommandResult,
  reproduceStage,
  type StageEffects,
} from '../../../../src/core/train/reproduce.js';

const stage = (raw: Record<string, unknown> = {}) =>
  parseStage('fit', { cmd: 'python train.py', outs: ['model.pkl'], ...raw }, { file: 'mlci.yml', path: [] });

const ok: CommandResult = {
  exitCode: 0,
  signal: null,
  timedOut: false,
  resources: { peakRssBytes: 1, cpuUserMs: 1, cpuSystemMs: 0, method: 'test' },
};

/** Effects with an in-memory cache and scripted command results; records what was called. */
function fakeEffects(results: CommandResult[], hashes: string[] = ['a'], cached?: string) {
  const calls: string[] = [];
  let run = 0;
  const effects: StageEffects = {
    hashDeps: async () => ({ 'train.py': 'sha256:1' }),
    readParamsFile: () => undefined,
    runtime: async () => ({ os: 'linux', arch: 'x64', distro: '', tools: {}, lockfiles: {} }),
    envValue: () => undefined,
    restore: async () =>
      cached ? { source: 'local', outputs: [{ path: 'model.pkl', sha256: cached, size: 1 }] } : undefined,
    save: async () => {
      calls.push('save');
      return 'saved';
    },
    removeOutputs: async () => {
      calls.push('remove');
    },
    run: async () => {
      calls.push('run');
      return results[run++] ?? ok;
    },
    hashOutputs: async () => ({
      outputs: [{ path: 'model.pkl', sha256: hashes[Math.max(0, run - 1)] ?? 'a', size: 1 }],
      missing: [],
    }),
    readMetrics: async () => ({}),
    now: () => new Date(0),
    log: () => {},
  };
  return { effects, calls };
}

describe('reproduceStage', () => {
  test('a miss runs and saves', async () => {
    const { effects, calls } = fakeEffects([ok]);
    const { record, failure } = await reproduceStage(stage(), {}, effects);
    expect(failure).toBeUndefined();
    expect(record).toMatchObject({ status: 'ran', exitCode: 0, cache: { hit: false, save: 'saved' } });
    expect(calls).toEqual(['remove', 'run', 'save']);
  });
  test('a hit runs nothing', async () => {
    const { effects, calls } = fakeEffects([], [], 'a');
    const { record } = await reproduceStage(stage(), {}, effects);
    expect(record).toMatchObject({ status: 'cached', cache: { hit: true, source: 'local', save: null } });
    expect(calls).toEqual([]);
  });
  test('force runs despite a hit', async () => {
    const { effects, calls } = fakeEffects([ok], ['a'], 'a');
    expect((await reproduceStage(stage(), {}, effects, { force: true })).record.status).toBe('ran');
    expect(calls).toEqual(['remove', 'run', 'save']);
  });
  test('a failed run is never saved', async () => {
    const { effects, calls } = fakeEffects([{ ...ok, exitCode: 2 }]);
    const { record, failure } = await reproduceStage(stage(), {}, effects);
    expect(failure?.message).toBe("stage 'fit': command exited with code 2");
    expect(record).toMatchObject({
      status: 'failed',
      exitCode: 2,
      error: "stage 'fit': command exited with code 2",
    });
    expect(calls).not.toContain('save');
  });
  test('a timeout says so', async () => {
    const { effects } = fakeEffects([{ ...ok, exitCode: null, signal: 'SIGTERM', timedOut: true }]);
    const { failure } = await reproduceStage(stage({ timeout: 5 }), {}, effects);
    expect(failure?.message).toBe("stage 'fit': timed out after 5 s; the process tree was killed");
  });
  test('verify on a miss runs twice; differing outputs fail and are not saved', async () => {
    const { effects, calls } = fakeEffects([ok, ok], ['a', 'b']);
    const { record, failure } = await reproduceStage(stage({ verify: true }), {}, effects);
    expect(calls).toEqual(['remove', 'run', 'remove', 'run']);
    expect(failure?.message).toBe("stage 'fit': is not reproducible: model.pkl differs");
    expect(record.verify).toMatchObject({ identical: false, against: 'run' });
  });
  test('verify on a hit runs once and compares with the cache', async () => {
    const { effects, calls } = fakeEffects([ok], ['a'], 'a');
    const { record } = await reproduceStage(stage({ verify: true }), {}, effects);
    expect(calls).toEqual(['remove', 'run']);
    expect(record.verify).toMatchObject({ identical: true, against: 'cache' });
  });
  test('a save that throws is recorded, not a failure', async () => {
    const { effects } = fakeEffects([ok]);
    const { record, failure } = await reproduceStage(
      stage(),
      {},
      {
        ...effects,
        save: async () => {
          throw new Error('disk full');
        },
      },
    );
    expect(failure).toBeUndefined();
    expect(record.cache?.save).toBe('failed: disk full');
  });
  test('upstream fingerprints are inputs', async () => {
    const a = await reproduceStage(stage(), { prepare: '1' }, fakeEffects([ok]).effects);
    const b = await reproduceStage(stage(), { prepare: '2' }, fakeEffects([ok]).effects);
    expect(a.record.fingerprint).not.toBe(b.record.fingerprint);
  });
});

describe('DVC stage semantics', () => {
  test('frozen: never runs; outputs restored from the cache when it has them', async () => {
    const { effects, calls } = fakeEffects([ok], ['a'], 'a');
    const { record, failure } = await reproduceStage(stage({ frozen: true }), {}, effects, { force: true });
    expect(failure).toBeUndefined();
    expect(record).toMatchObject({ status: 'cached', cache: { hit: true } });
    expect(calls).toEqual([]);
  });
  test('frozen: without a cache entry the workspace outputs are used as they are', async () => {
    const { effects, calls } = fakeEffects([ok]);
    const { record } = await reproduceStage(stage({ frozen: true }), {}, effects);
    expect(record).toMatchObject({ status: 'frozen', outputs: [{ path: 'model.pkl' }] });
    expect(calls).toEqual([]);
  });
  test('frozen with an output neither cached nor present is a usage error naming it', async () => {
    const { effects } = fakeEffects([ok]);
    const { failure } = await reproduceStage(
      stage({ frozen: true }),
      {},
      { ...effects, hashOutputs: async () => ({ outputs: [], missing: ['model.pkl'] }) },
    );
    expect(failure?.message).toBe(
      `stage 'fit': is frozen, and "model.pkl" is neither cached nor in the workspace`,
    );
    expect(failure?.exitCode).toBe(2);
  });
  test('frozen: a dep that cannot be hashed does not matter (DVC does not check a frozen stage)', async () => {
    const { effects, calls } = fakeEffects([ok]);
    const missingDep = async () => {
      throw new UsageError(`stage 'fit': dep "gone.csv" does not exist`);
    };
    const frozen = await reproduceStage(stage({ frozen: true }), {}, { ...effects, hashDeps: missingDep });
    expect(frozen.record).toMatchObject({ status: 'frozen', fingerprint: null });
    expect(calls).toEqual([]);
    const thawed = await reproduceStage(stage(), {}, { ...effects, hashDeps: missingDep });
    expect(thawed.failure?.message).toBe(`stage 'fit': dep "gone.csv" does not exist`);
  });
  test('always-changed: runs even though the cache has the outputs', async () => {
    const { effects, calls } = fakeEffects([ok], ['a'], 'a');
    const { record } = await reproduceStage(stage({ 'always-changed': true }), {}, effects);
    expect(record.status).toBe('ran');
    expect(calls).toEqual(['remove', 'run', 'save']);
  });
});

describe('params are part of the cache key', () => {
  /** A cache keyed by the cache key, as the real stores are; the params file's text is `text()`. */
  function keyedEffects(text: () => string) {
    const store = new Map<string, string>();
    const runs: string[] = [];
    const { effects } = fakeEffects([]);
    const keyed: StageEffects = {
      ...effects,
      readParamsFile: () => text(),
      restore: async (_stage, key) =>
        store.has(key)
          ? { source: 'local', outputs: [{ path: 'model.pkl', sha256: store.get(key)!, size: 1 }] }
          : undefined,
      save: async (_stage, key) => {
        store.set(key, text());
        return 'saved';
      },
      run: async () => {
        runs.push(text());
        return ok;
      },
    };
    return { keyed, runs };
  }
  test('after a param value changes, the stale cached model is not restored: the stage runs', async () => {
    let params = 'train:\n  lr: 0.1\n';
    const { keyed, runs } = keyedEffects(() => params);
    const fit = stage({ params: ['train.lr'] });
    expect((await reproduceStage(fit, {}, keyed)).record.status).toBe('ran');
    expect((await reproduceStage(fit, {}, keyed)).record.status).toBe('cached');
    params = 'train:\n  lr: 0.2\n';
    const changed = await reproduceStage(fit, {}, keyed);
    expect(changed.record.status).toBe('ran');
    expect(runs).toEqual(['train:\n  lr: 0.1\n', 'train:\n  lr: 0.2\n']);
    expect(changed.record.inputs?.params).toEqual({ 'params.yaml': { 'train.lr': 0.2 } });
    // A key the stage does not read changes nothing.
    params = 'train:\n  lr: 0.2\n  unrelated: 1\n';
    expect((await reproduceStage(fit, {}, keyed)).record.status).toBe('cached');
  });
});
