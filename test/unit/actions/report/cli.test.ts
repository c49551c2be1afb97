// `mlci report` on a laptop: --out writes the comment's markdown; a terminal gets the terminal rendering.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals';
import { main } from '../../../../src/cli/main.js';
import { parseReport } from '../../../../src/core/report/load.js';
import { renderReport } from '../../../../src/core/report/render.js';
import { REPORT_FIXTURES } from '../../../support/report-fixtures.js';

let dir: string;
let stdout: string;
let stderr: string;
const NAMES = ['bad-validation', 'run-record', 'bad-comparison'];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-report-cli-'));
  for (const name of NAMES)
    writeFileSync(join(dir, `${name}.json`), readFileSync(join(REPORT_FIXTURES, `${name}.json`)));
  stdout = '';
  stderr = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

test('--out writes the same markdown renderReport gives (files in glob order), and prints nothing else', async () => {
  const out = join(dir, 'report.md');
  expect(await main(['report', join(dir, '*.json'), '--out', out], {})).toBe(0);
  const expected = renderReport(
    ['bad-comparison', 'bad-validation', 'run-record'].map((n) =>
      parseReport(readFileSync(join(dir, `${n}.json`), 'utf8'), join(dir, `${n}.json`).replace(/\\/g, '/')),
    ),
    { fullReportAt: 'the JSON reports' },
  );
  expect(readFileSync(out, 'utf8')).toBe(expected);
  expect(stdout).toBe('');
  // name=value outputs only with --outputs or on a runner (#18)
  expect(stderr).not.toContain('verdict=fail');
});

test('--format plain: the terminal renderer even when piped (no escapes, no chart, no marker); markdown stays markdown', async () => {
  expect(await main(['report', join(dir, 'bad-comparison.json'), '--format', 'plain'], {})).toBe(0);
  expect(stdout).toMatch(/^✗ mlci: fail — Model metrics: 2 gated metrics failed: accuracy, f1_macro/);
  expect(stdout).not.toMatch(/\\[_([|]|<details>|```|\*\*|mermaid|<!--/);
  expect(stdout).toMatch(/\n {2}metric +baseline +candidate +Δ +interval +p +verdict\n {2}─+ +─+/);
  expect(stdout).not.toContain('\u001b['); // piped: no colours
  stdout = '';
  expect(await main(['report', join(dir, 'bad-comparison.json'), '--format', 'markdown'], {})).toBe(0);
  expect(stdout).toMatch(/^## ❌ mlci: fail — /);
  expect(stdout).toContain('```mermaid');
  stdout = '';
  expect(await main(['report', join(dir, 'bad-comparison.json')], {})).toBe(0); // auto, piped
  expect(stdout).toMatch(/^## ❌ mlci: fail — /);
});

test('an unknown kind or a newer version: exit 2 naming the file', async () => {
  writeFileSync(join(dir, 'future.json'), JSON.stringify({ kind: 'mlci/comparison-report', version: 9 }));
  expect(await main(['report', join(dir, 'future.json')], {})).toBe(2);
  expect(stderr).toMatch(
    /future\.json is mlci\/comparison-report version 9; this mlci reads up to version 1/,
  );
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ kind: 'dvc/plots', version: 1 }));
  expect(await main(['report', join(dir, 'other.json')], {})).toBe(2);
  expect(stderr).toMatch(/other\.json is not an mlci report: unknown kind "dvc\/plots"/);
});

test('--out that is also an input is a usage error', async () => {
  const input = join(dir, 'run-record.json');
  expect(await main(['report', input, '--out', input], {})).toBe(2);
  expect(stderr).toMatch(/is also one of the reports read/);
});
