// DESIGN.md, trust boundaries: every line mlci prints goes through the logger (src/platform/inert-logger.ts
// wrapped by runner-io.ts and cli-io.ts). A second way to print is a defect: this test finds one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';

const SRC = join(import.meta.dirname, '../../../src');

/** The modules that may print: they make every line inert first. */
const ALLOWED: Readonly<Record<string, RegExp>> = {
  'platform/runner-io.ts': /^const writeLine = \(text: string\) => process\.stdout\.write\(/,
  'platform/cli-io.ts': /process(\.(stdout|stderr)|\[stream\])\.write/,
  // `mlci --version` answered before the CLI loads: a build-time constant, no untrusted text.
  'cli/index.ts': /process\.stdout\.write\(`\$\{MLCI_VERSION\}\\n`\);$/,
};

const PRINTING = [
  /process\.(stdout|stderr)\.write/,
  /\bprocess\s*\[/,
  /\bconsole\.(log|info|warn|error|debug|trace|dir|table)\b/,
  /from '@actions\/core'/,
  /\bprocess\.(stdout|stderr)\b\s*\.pipe/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('one way to print', () => {
  test('no module outside the logger writes to stdout/stderr, uses console or @actions/core logging', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      const name = relative(SRC, file).split('\\').join('/');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const pattern of PRINTING)
          if (pattern.test(line) && !ALLOWED[name]?.test(line))
            offenders.push(`src/${name}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  test('the scan finds a direct write (the rule can fail)', () => {
    const line = "    process.stdout.write(file + ': ' + rows + ' rows');";
    expect(PRINTING.some((pattern) => pattern.test(line))).toBe(true);
  });
});
