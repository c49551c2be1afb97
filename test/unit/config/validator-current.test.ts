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
    [
      'a number where a list of inputs goes, and an unknown section key',
      {
        version: 1,
        train: { stages: { fit: { cmd: 'x', deps: 3 } }, targets: [{}], nope: 1 },
        release: { tag: ['a', {}] },
      },
    ],
  ])('agrees with Ajv at run time on %s', (_, config) => {
    const expected = ajv(config);
    expect(validate(config)).toBe(expected);
    // The generated code has each section and the shared input form behind a $ref (compiledForm): every
    // field of an error is Ajv's on the schema as written, except schemaPath, which the loader does not read,
    // and the (verbose) schemas' `properties`, of which the loader reads the names only (they are $refs now).
    // An input's `description` is an annotation the compiled form leaves out, and the root gains `definitions`.
    const comparable = (errors: unknown) =>
      ((errors as Record<string, unknown>[] | null) ?? []).map(({ schemaPath: _, ...rest }) =>
        JSON.parse(
          JSON.stringify(rest, (key, value) =>
            key === 'description' || key === 'definitions'
              ? undefined
              : key === 'properties'
                ? Object.keys(value)
                : value,
          ),
        ),
      );
    const got = (validate as unknown as { errors: unknown }).errors;
    expect(comparable(got)).toEqual(comparable(ajv.errors));
    expect(comparable(got).length).toBe(expected ? 0 : comparable(ajv.errors).length);
  });

  test('compiles each section and the input form as functions of their own (V8 compiles only those called)', () => {
    const code = readFileSync(VALIDATOR_PATH, 'utf8');
    const sections = Object.keys((configSchema().properties as Record<string, unknown>) ?? {}).filter(
      (name) => name !== 'version',
    );
    expect(sections.length).toBeGreaterThan(3);
    // The root, one function per section, and one shared by the 200 or so scalar-or-list inputs (not one
    // inline copy per input, as Ajv's default inlining made: 660 kB of code compiled on every start).
    expect(code.match(/function validate\d+\(/g)?.length).toBe(sections.length + 2);
    expect(code.length).toBeLessThan(300_000);
  });
});
