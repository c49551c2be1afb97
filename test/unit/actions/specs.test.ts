// Every command spec is complete enough to generate action.yml and --help from it.
import { describe, expect, test } from '@jest/globals';
import type { CommandSpec } from '../../../src/actions/spec.js';
import { CLI_COMMANDS } from '../../../src/cli/commands.js';

const specs: readonly CommandSpec[] = CLI_COMMANDS.map(({ spec }) => spec);

describe.each(specs.map((spec) => [spec.name, spec] as const))('spec %s', (_name, spec) => {
  test('has a one-line summary', () => {
    expect(spec.summary.trim()).not.toBe('');
    expect(spec.summary).not.toContain('\n');
  });

  test('describes every input and output', () => {
    for (const [name, input] of Object.entries(spec.inputs)) {
      expect(`${name}: ${input.description.trim()}`).toMatch(/^[^:]+: \S/);
      expect(['string', 'boolean', 'number', 'list', undefined]).toContain(input.kind);
      if (input.required) expect(`${name} default ${input.default}`).toBe(`${name} default undefined`);
    }
    for (const [name, output] of Object.entries(spec.outputs)) {
      expect(`${name}: ${output.description.trim()}`).toMatch(/^[^:]+: \S/);
    }
  });

  test('names inputs in action.yml style (lower-case kebab) and its positional is one of them', () => {
    for (const name of Object.keys(spec.inputs)) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    if (spec.positional) expect(Object.keys(spec.inputs)).toContain(spec.positional);
  });

  test('declares boolean and number defaults that parse as such', () => {
    for (const [name, input] of Object.entries(spec.inputs)) {
      if (input.default === undefined) continue;
      if (input.kind === 'boolean') expect(`${name}=${input.default}`).toMatch(/=(true|false)$/);
      if (input.kind === 'number') expect(Number.isFinite(Number(input.default))).toBe(true);
    }
  });
});

test('command names and aliases are unique', () => {
  const names = specs.flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);
  expect(new Set(names).size).toBe(names.length);
});
