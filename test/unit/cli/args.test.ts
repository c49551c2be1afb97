import { describe, expect, test } from '@jest/globals';
import { parseArgs } from '../../../src/cli/args.js';
import { MlciError, UsageError } from '../../../src/core/errors.js';
import { sampleSpec } from '../../harness/fixtures/sample-spec.js';

const parse = (...argv: string[]) => parseArgs(sampleSpec, argv);
const inputs = (...argv: string[]) => Object.fromEntries(parse(...argv).inputs);

function usageError(argv: string[]): UsageError {
  try {
    parseArgs(sampleSpec, argv);
  } catch (thrown) {
    if (thrown instanceof UsageError) return thrown;
    throw thrown;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  test('flags take inputs by their action.yml names, positionals go to the positional input', () => {
    expect(inputs('--schema', 's.yaml', '--max-rows=5', '--force', 'a.csv', 'b.csv')).toEqual({
      schema: 's.yaml',
      'max-rows': '5',
      force: 'true',
      data: 'a.csv\nb.csv',
    });
  });

  test('boolean flags: --x, --no-x, --x=false', () => {
    expect(inputs('--no-force')).toEqual({ force: 'false' });
    expect(inputs('--force=false')).toEqual({ force: 'false' });
    expect(inputs('--force', 'a.csv')).toEqual({ force: 'true', data: 'a.csv' });
  });

  test('a repeated flag is newline-joined, like a YAML block list', () => {
    expect(inputs('--data', 'a.csv', '--data=b.csv', 'c.csv')).toEqual({ data: 'a.csv\nb.csv\nc.csv' });
  });

  test('`--` ends the options and `-` is a positional', () => {
    expect(inputs('--', '--force', '-x')).toEqual({ data: '--force\n-x' });
    expect(inputs('-')).toEqual({ data: '-' });
    expect(inputs('--schema', '-')).toEqual({ schema: '-' });
  });

  test('help, quiet and outputs are CLI flags, not inputs', () => {
    expect(parse('-h')).toMatchObject({ help: true, quiet: false });
    expect(parse('--help', '--quiet')).toMatchObject({ help: true, quiet: true });
    const parsed = parse('--outputs', 'out.txt', '--schema=s');
    expect(parsed.outputsFile).toBe('out.txt');
    expect(Object.fromEntries(parsed.inputs)).toEqual({ schema: 's' });
  });

  test('an unknown option is a usage error with a suggestion and a hint', () => {
    const error = usageError(['--schem', 'x']);
    expect(error).toBeInstanceOf(MlciError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('unknown option --schem for `mlci sample` — did you mean `schema`?');
    expect(error.hint).toBe('run `mlci sample --help` for its options');
    expect(usageError(['--zzz']).message).toBe('unknown option --zzz for `mlci sample`');
  });

  test('--no- only negates boolean inputs', () => {
    expect(usageError(['--no-schema']).message).toMatch(/^unknown option --no-schema for `mlci sample`/);
  });

  test('short options and a bare -- prefix are rejected', () => {
    expect(usageError(['-x']).message).toBe('unknown option -x');
    expect(usageError(['--=x']).message).toBe('unknown option --=x');
  });

  test('a value flag without a value', () => {
    expect(usageError(['--schema']).message).toBe('option --schema needs a value');
    expect(usageError(['--outputs']).message).toBe('option --outputs needs a value');
  });

  test('positionals for a command that takes none', () => {
    const spec = { ...sampleSpec, positional: undefined };
    expect(() => parseArgs(spec, ['a.csv'])).toThrow(
      '`mlci sample` takes no positional arguments, got "a.csv"',
    );
  });
});
