import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Acceptance } from '../../../../src/core/metrics/acceptance.js';
import { parseReport } from '../../../../src/core/report/load.js';
import { renderDocument, renderReport } from '../../../../src/core/report/render.js';
import { renderMarkdown } from '../../../../src/core/text/terminal.js';
import { expectSafeGfm } from '../../../support/cmark.js';
import { fixture, variant } from '../../../support/report-fixtures.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const SHA = 'c0ffee'.padEnd(40, '0');
const OPTIONS = {
  headSha: SHA,
  repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'iris' },
  marker: '<!-- mlci:report:0123456789abcdef0123 -->',
};

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it (review the diff before committing). */
function expectGolden(name: string, text: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('golden markdown per report kind, rendered safely by cmark-gfm', () => {
  test.each([
    ['validation-report', 'pass'],
    ['bad-validation', 'fail'],
    ['profile', 'pass'],
    ['run-record', 'pass'],
    ['comparison-report', 'pass'],
    ['bad-comparison', 'fail'],
    ['image-report', 'pass'],
  ])('%s', (name, verdict) => {
    const doc = renderDocument([fixture(name)], OPTIONS);
    expect(doc.verdict).toBe(verdict);
    expect(doc.markdown.split('\n')[0]).toMatch(
      verdict === 'pass' ? /^## ✅ mlci: pass — / : /^## ❌ mlci: fail — /,
    );
    expectGolden(`${name}.md`, doc.markdown);
    expectSafeGfm(doc.markdown);
  });

  test('for a terminal: the document through the one terminal renderer, aligned, no escapes, no chart', () => {
    const doc = renderDocument([fixture('bad-comparison')], OPTIONS);
    expect(doc.markdown).toContain('```mermaid');
    const text = renderMarkdown(doc.markdown, { color: false, columns: 160 });
    expectGolden('bad-comparison.txt', `${text}\n`);
    expect(text).not.toMatch(/\\[_(|[-]|\*\*|<details>|```|mermaid|xychart|<!--/);
    expect(text).toContain('f1_macro');
    const table = text.split('\n').filter((l) => /^\s*(accuracy|f1_macro)\b/.test(l.replace(/^[│|]\s*/, '')));
    expect(table).toHaveLength(2);
  });
});

test('the overall verdict line comes first and says why; one section per report in order', () => {
  const md = renderReport(
    ['validation-report', 'run-record', 'bad-comparison', 'image-report'].map(fixture),
    OPTIONS,
  );
  const lines = md.split('\n');
  expect(lines[0]).toMatch(/^## ❌ mlci: fail — Model metrics: 2 gated metrics failed: accuracy, f1\\_macro/);
  const headings = lines.filter((l) => l.startsWith('### ')).map((l) => l.replace(/ · .*/, ''));
  expect(headings).toEqual([
    '### ✅ Data validation',
    '### ✅ Training',
    '### ❌ Model metrics',
    '### ℹ️ Model image',
  ]);
  expect(lines.at(-2)).toBe(OPTIONS.marker);
});

test('an inconclusive gated metric makes the overall verdict inconclusive, not pass', () => {
  const report = variant('comparison-report', (v) => {
    const metrics = v.metrics as { verdict: string; name: string }[];
    metrics[1]!.verdict = 'inconclusive';
  });
  const doc = renderDocument([report], OPTIONS);
  expect(doc.verdict).toBe('inconclusive');
  expect(doc.markdown).toMatch(/inconclusive: f1\\_macro/);
  expect(doc.markdown).toMatch(/⚠️ inconclusive/);
});

describe('acceptances', () => {
  const acceptance = (metrics: string[], sha = SHA): Acceptance => ({
    kind: 'mlci/acceptance',
    version: 1,
    sha,
    metrics,
    reason: 'new tokenizer, <b>expected</b> @team',
    by: 'maintainer',
    permission: 'write',
    commentUrl: 'https://github.com/acme/iris/pull/7#issuecomment-1',
    commentId: 1,
    pullRequest: 7,
    at: '2026-12-01T10:00:00Z',
  });

  test('every failed metric accepted for the head SHA: shown as accepted, the verdict passes', () => {
    const doc = renderDocument([fixture('bad-comparison')], {
      ...OPTIONS,
      acceptances: [acceptance(['accuracy', 'f1_macro'])],
    });
    expect(doc.verdict).toBe('pass');
    expect(doc.markdown).toMatch(
      /accepted by @\u200bmaintainer: new tokenizer, \\<b\\>expected\\<\/b\\> @\u200bteam/,
    );
    expect(doc.markdown).not.toMatch(/❌ fail/);
    expectSafeGfm(doc.markdown);
  });

  test('one metric accepted, another not: still fails, naming only the unaccepted one', () => {
    const doc = renderDocument([fixture('bad-comparison')], {
      ...OPTIONS,
      acceptances: [acceptance(['accuracy'])],
    });
    expect(doc.verdict).toBe('fail');
    expect(doc.why).toMatch(/1 gated metric failed: f1_macro/);
  });

  test('an acceptance of another commit, or with no head SHA known, changes nothing', () => {
    expect(
      renderDocument([fixture('bad-comparison')], {
        ...OPTIONS,
        acceptances: [acceptance(['accuracy', 'f1_macro'], 'f'.repeat(40))],
      }).verdict,
    ).toBe('fail');
    expect(
      renderDocument([fixture('bad-comparison')], { acceptances: [acceptance(['accuracy', 'f1_macro'])] })
        .verdict,
    ).toBe('fail');
  });
});

describe('reading reports', () => {
  test('unknown kind, newer version, not JSON: a usage error (exit 2) naming the file', () => {
    const bad = (text: string) => () => parseReport(text, 'out/x.json');
    expect(bad('{"kind":"mlci/other","version":1}')).toThrow(
      expect.objectContaining({
        exitCode: 2,
        message: expect.stringMatching(/^out\/x\.json is not an mlci report: unknown kind "mlci\/other"/),
      }),
    );
    expect(bad('{"kind":"mlci/run-record","version":2}')).toThrow(
      /out\/x\.json is mlci\/run-record version 2; this mlci reads up to version 1/,
    );
    expect(bad('{nope')).toThrow(/out\/x\.json is not valid JSON/);
    expect(bad('[]')).toThrow(/out\/x\.json is not an mlci report: not a JSON object/);
  });

  test('release and monitor records render generically with their stated verdict', () => {
    const monitor = parseReport(
      JSON.stringify({ kind: 'mlci/monitor-report', version: 1, status: 'failed', model: 'iris' }),
      'm.json',
    );
    const doc = renderDocument([monitor], OPTIONS);
    expect(doc.verdict).toBe('fail');
    expect(doc.markdown).toMatch(/### ❌ Monitoring · `m.json`/);
    expectSafeGfm(doc.markdown);
  });
});

test('hostile names, values and messages cannot inject HTML, links, images, mentions or break tables', () => {
  const evil =
    '</details><h1>✅ ACCEPTED</h1> <img src=x> [click](https://evil) ![](https://t/p.png) @admin a|b\nline2 \u202Eevil';
  const reports = [
    variant('bad-validation', (v) => {
      const errors = v.errors as Record<string, unknown>[];
      errors[0]!.file = `data/${evil}.csv`;
      errors[0]!.value = evil;
      errors[0]!.message = evil;
      errors[0]!.field = evil;
      (v.errorCounts as Record<string, number>)[evil] = 1;
      const drift = v.drift as { columns: { column: string; reasons: string[] }[] };
      drift.columns[1]!.column = evil;
      drift.columns[1]!.reasons = [evil];
    }),
    variant(
      'bad-comparison',
      (v) => {
        const metrics = v.metrics as { name: string }[];
        metrics[0]!.name = evil;
        (v.reasons as string[]).push(evil);
        const confusion = v.confusion as { labels: string[] };
        confusion.labels[0] = evil;
      },
      `.mlci/${evil}.json`,
    ),
  ];
  const md = renderReport(reports, OPTIONS);
  const { links } = expectSafeGfm(md);
  expect(links.every((l) => l.startsWith(`https://github.com/acme/iris/blob/${SHA}/`))).toBe(true);
  expect(md).not.toMatch(/\u202E/);
  // The mermaid chart got a sanitised label only.
  const charts = md.match(/```mermaid[\s\S]*?```/g) ?? [];
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    for (const [, label] of chart.matchAll(/"([^"]*)"/g)) expect(label).toMatch(/^[A-Za-z0-9 ._\-/~]*$/);
    expect(chart.replace(/ --> /g, ' ')).not.toMatch(/[<>@|%]/);
  }
});
