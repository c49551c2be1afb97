import { describe, expect, test } from '@jest/globals';
import { getBuildImageInputs, parseCommand } from '../../../../src/actions/build-image/inputs.js';
import { applyPreset } from '../../../../src/actions/build-image/preset.js';
import { spec } from '../../../../src/actions/build-image/spec.js';

const reader = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe('build-image inputs', () => {
  test('typed once, keyed exactly by the spec (the action.yml is generated from it)', () => {
    expect(Object.keys(getBuildImageInputs(reader({}))).sort()).toEqual(Object.keys(spec.inputs).sort());
  });

  test('labels and env keep commas, = and unicode in values; split on newlines only (BPA-01)', () => {
    const inputs = getBuildImageInputs(
      reader({ labels: 'a=x,y\nb=k=v\n# comment\nc=模型', env: 'OPTS=--a=1,--b\nEMPTY=' }),
    );
    expect(inputs.labels).toEqual({ a: 'x,y', b: 'k=v', c: '模型' });
    expect(inputs.env).toEqual(['OPTS=--a=1,--b', 'EMPTY=']);
    expect(() => getBuildImageInputs(reader({ labels: 'novalue' }))).toThrow(
      'input `labels`: "novalue" is not KEY=VALUE',
    );
  });

  test('entrypoint and cmd: JSON exec form or words', () => {
    expect(parseCommand('entrypoint', '["python", "-m", "serve x"]')).toEqual(['python', '-m', 'serve x']);
    expect(parseCommand('cmd', 'python  -m serve')).toEqual(['python', '-m', 'serve']);
    expect(() => parseCommand('cmd', '["a", 1]')).toThrow('input `cmd` must be a JSON array of strings');
    expect(() => parseCommand('cmd', '["a"')).toThrow(
      'input `cmd` looks like a JSON array but does not parse',
    );
  });

  test('choices and bounds are checked with the input named', () => {
    expect(() => getBuildImageInputs(reader({ compression: 'zstd' }))).toThrow(
      'compression "zstd" is not one of auto, gzip, huffman, stored, none',
    );
    expect(() => getBuildImageInputs(reader({ jobs: '20' }))).toThrow(
      'input `jobs` must be an integer in [1, 8], got "20"',
    );
    expect(() => getBuildImageInputs(reader({ 'upload-mode': 'fast' }))).toThrow(
      'input `upload-mode` must be one of streamed, monolithic, chunked',
    );
    expect(() => getBuildImageInputs(reader({ platforms: 'amd64' }))).toThrow(
      'platform "amd64" is not os/architecture[/variant]',
    );
  });

  test('the python preset fills only what is unset', () => {
    const preset = applyPreset(
      getBuildImageInputs(reader({ preset: 'python', ports: '9000', env: 'PORT=1' })),
    );
    expect(preset['base-image']).toBe('python:3.12-slim');
    expect(preset.entrypoint).toEqual(['python', '/opt/app/serve.py']);
    expect(preset.ports).toEqual(['9000']);
    expect(preset.env).toEqual([
      'MODEL_DIR=/opt/model',
      'PYTHONUNBUFFERED=1',
      'PYTHONDONTWRITEBYTECODE=1',
      'PORT=1',
    ]);
    expect(preset.healthcheck?.[0]).toBe('CMD');
    const own = applyPreset(
      getBuildImageInputs(reader({ preset: 'python', 'base-image': 'acme/base:1', entrypoint: 'serve' })),
    );
    expect([own['base-image'], own.entrypoint]).toEqual(['acme/base:1', ['serve']]);
  });
});
