import { describe, expect, test } from '@jest/globals';
import { canonicalJson, sha256Hex } from '../../../../src/core/train/canonical.js';
import {
  diffInputs,
  envValueId,
  explainInputs,
  type FingerprintInputs,
  fingerprintOf,
} from '../../../../src/core/train/fingerprint.js';
import { toolsNamedIn } from '../../../../src/core/train/tools.js';

const inputs = (over: Partial<FingerprintInputs> = {}): FingerprintInputs => ({
  schema: 1,
  cmd: 'python train.py',
  shell: 'default',
  wdir: '.',
  deps: { 'train.py': 'sha256:aa', data: 'tree-sha256:bb' },
  params: { 'params.yaml': { 'train.lr': 0.1 } },
  env: { WANDB_MODE: envValueId('offline') },
  runtime: {
    os: 'linux',
    arch: 'x64',
    distro: 'ubuntu 24.04',
    tools: { python: 'Python 3.12.1' },
    lockfiles: {},
  },
  seed: 0,
  outs: ['model.pkl'],
  upstream: {},
  ...over,
});

describe('canonicalJson', () => {
  test('sorts keys at every level, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
  });
  test('key order of the input does not matter', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
  test('numbers use ECMAScript shortest form (RFC 8785)', () => {
    expect(canonicalJson([1.0, 0.1, 1e21, -0])).toBe('[1,0.1,1e+21,0]');
  });
  test('refuses NaN and undefined instead of dropping them', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('cannot encode NaN');
    expect(() => canonicalJson({ a: undefined })).toThrow('cannot encode a undefined');
  });
  test('sha256Hex of the empty string', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('fingerprintOf', () => {
  test('is the sha256 of the canonical encoding', () => {
    expect(fingerprintOf(inputs())).toBe(sha256Hex(canonicalJson(inputs())));
  });
  test.each([
    ['cmd', { cmd: 'python train.py --fast' }],
    ['a dep', { deps: { 'train.py': 'sha256:ab', data: 'tree-sha256:bb' } }],
    ['a param', { params: { 'params.yaml': { 'train.lr': 0.2 } } }],
    ['an env value', { env: { WANDB_MODE: envValueId('online') } }],
    ['a tool version', { runtime: { ...inputs().runtime, tools: { python: 'Python 3.12.2' } } }],
    ['a lockfile', { runtime: { ...inputs().runtime, lockfiles: { 'uv.lock': 'sha256:cc' } } }],
    ['the seed', { seed: 1 }],
    ['an upstream fingerprint', { upstream: { prepare: 'ff' } }],
  ])('changes with %s', (_name, over) => {
    expect(fingerprintOf(inputs(over as Partial<FingerprintInputs>))).not.toBe(fingerprintOf(inputs()));
  });
  test('env values are hashed, never kept in clear', () => {
    expect(JSON.stringify(inputs())).not.toContain('offline');
    expect(envValueId(undefined)).toBe('unset');
  });
});

describe('explain and diff', () => {
  test('one line per dep, param file and env var', () => {
    const names = explainInputs(inputs()).map((line) => line.name);
    expect(names).toContain('deps.train.py');
    expect(names).toContain('env.WANDB_MODE');
    expect(names).toContain('runtime.tools.python');
    expect(names).toContain('params.params.yaml.train.lr');
  });
  test('diff names exactly what changed', () => {
    const after = inputs({ deps: { 'train.py': 'sha256:ff', data: 'tree-sha256:bb' }, seed: 3 });
    expect(diffInputs(inputs(), after)).toEqual([
      { name: 'deps.train.py', before: 'sha256:aa', after: 'sha256:ff' },
      { name: 'seed', before: '0', after: '3' },
    ]);
  });
});

describe('toolsNamedIn', () => {
  test('first word of each simple command, without builtins and env prefixes', () => {
    expect(toolsNamedIn('cd src && PYTHONPATH=. python3 train.py | tee log\nmkdir -p out; dvc push')).toEqual(
      ['python3', 'tee', 'dvc'],
    );
  });
});
