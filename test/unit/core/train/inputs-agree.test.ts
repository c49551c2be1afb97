import { describe, expect, test } from '@jest/globals';
import { getTrainInputs } from '../../../../src/actions/train/inputs.js';
import { spec } from '../../../../src/actions/train/spec.js';
import { TRAIN_CONFIG } from '../../../../src/core/train/config-schema.js';
import { parseConfig } from '../../../../src/config/loader.js';

// STYLE §10: the inputs read are exactly the inputs declared (action.yml is generated from the spec).
describe('train inputs', () => {
  test('getTrainInputs reads exactly the spec’s inputs', () => {
    expect(Object.keys(getTrainInputs({ get: () => undefined })).sort()).toEqual(
      Object.keys(spec.inputs).sort(),
    );
  });
  test('a bad cache value is a usage error', () => {
    expect(() => getTrainInputs({ get: (name) => (name === 'cache' ? 's3' : undefined) })).toThrow(
      'input `cache` must be one of',
    );
  });
  test('the stages schema is the spec’s config', () => {
    expect(spec.config).toBe(TRAIN_CONFIG);
  });
  test('mlci.yml train.stages is validated with line numbers', () => {
    const ok = parseConfig(
      'version: 1\ntrain:\n  stages:\n    fit:\n      cmd: python t.py\n      deps: [t.py]\n',
    );
    expect(ok.value.train).toBeDefined();
    expect(() =>
      parseConfig('version: 1\ntrain:\n  stages:\n    fit:\n      cmd: x\n      outz: [a]\n'),
    ).toThrow('unknown key `outz`');
  });
});

describe('train spec and the mlci.yml section', () => {
  test('no input shares a name with a structured key (run passes inputs by name)', () => {
    for (const key of Object.keys(spec.config)) expect(Object.keys(spec.inputs)).not.toContain(key);
  });
});
