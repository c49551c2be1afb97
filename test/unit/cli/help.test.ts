import { describe, expect, test } from '@jest/globals';
import { commandHelp, mainHelp } from '../../../src/cli/help.js';
import { MLCI_VERSION } from '../../../src/core/version.js';
import { sampleSpec } from '../../harness/fixtures/sample-spec.js';

describe('mainHelp', () => {
  test('lists each command with its summary and aliases, the version and the exit codes', () => {
    const other = { name: 'other-command', summary: 'Something else.', inputs: {}, outputs: {} };
    const text = mainHelp([sampleSpec, other]);
    expect(text.split('\n')[0]).toBe(
      `mlci ${MLCI_VERSION}: ML CI/CD — the same commands as the mlci GitHub Actions.`,
    );
    expect(text).toContain('\n  sample         A command for tests. (alias: smp)\n');
    expect(text).toContain('\n  other-command  Something else.\n');
    expect(text).toMatch(
      /Exit codes: 0 ok, 1 failed gate or invalid data, 2 usage or configuration error\.$/,
    );
  });
});

describe('commandHelp', () => {
  const text = commandHelp(sampleSpec);

  test('a default that is a workflow expression is not shown as the command line default', async () => {
    const { spec } = await import('../../../src/actions/pull/spec.js');
    const text = commandHelp(spec);
    expect(text).toContain('--github-token <value>');
    expect(text).not.toContain('${{');
    expect(text).toMatch(/\(default:\s+\.mlci\/cache\)/); // plain defaults still are
  });

  test('shows usage with the positional, flags by kind, required and defaults', () => {
    expect(text.split('\n').slice(0, 3)).toEqual([
      'A command for tests.',
      '',
      'Usage: mlci sample [options] [data...]',
    ]);
    expect(text).toMatch(/^ {2}--schema <value> +Schema file\. \(required\)$/m);
    expect(text).toMatch(/^ {2}--max-rows <value> +Stop after this many rows\. \(default: 1000\)$/m);
    expect(text).toMatch(/^ {2}--force +Overwrite\.$/m);
    expect(text).toMatch(/^ {2}--outputs <file> +write the outputs as name=value lines/m);
    expect(text).toMatch(/^ {2}--help +show this help$/m);
  });

  test('lists the outputs', () => {
    expect(text).toMatch(
      /Outputs \(printed as name=value, or written to --outputs\):\n {2}report: Path of the report\.$/,
    );
  });

  test('wraps long descriptions under their column, within 100 characters', () => {
    const long = 'word '.repeat(60).trim();
    const wrapped = commandHelp({ ...sampleSpec, inputs: { schema: { description: long } } });
    const lines = wrapped.split('\n').filter((line) => line.includes('word'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    const column = lines[0]!.indexOf('word');
    for (const line of lines.slice(1)) expect(line.indexOf('word')).toBe(column);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim().endsWith(long.slice(-20))).toBe(true);
  });

  test('a command without a positional or outputs', () => {
    const bare = commandHelp({ name: 'bare', summary: 'Bare.', inputs: {}, outputs: {} });
    expect(bare).toContain('Usage: mlci bare [options]\n');
    expect(bare).not.toContain('Outputs');
  });
});
