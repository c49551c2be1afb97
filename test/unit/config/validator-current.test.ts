import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { renderConfigValidator, VALIDATOR_PATH } from '../../../scripts/config-validator.mjs';
import { validate } from '../../../src/config/mlci-yml-validator.generated.js';
import { configSchema } from '../../../src/config/schema.js';

describe("mlci.yml's ahead-of-time validator", () => {
  test('is what the current specs render (run `node scripts/build.mjs --generate-only` after a spec change)', () => {
    const committed = readFileSync(VALIDATOR_PATH, 'utf8');
    expect(committed === renderConfigValidator(configSchema())).toBe(true);
  });

  // The generated code inlines Ajv's runtime helpers (ucs2length for minLength): it must judge like Ajv.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(configSchema());
  const stages = (deps: unknown) => ({ version: 1, train: { stages: { fit: { cmd: 'x', deps } } } });
  test.each([
    ['a path', stages(['data.csv'])],
    ['an empty path (minLength 1)', stages([''])],
    ['one astral character (one code point, two UTF-16 units)', stages(['\u{1F600}'])],
    ['an unknown key', { version: 1, trian: {} }],
    ['a wrong version', { version: 2 }],
  ])('agrees with Ajv at run time on %s', (_, config) => {
    const expected = ajv(config);
    expect(validate(config)).toBe(expected);
    expect((validate as unknown as { errors: unknown }).errors ?? null).toEqual(ajv.errors ?? null);
  });
});
