// Every kind of chart the report draws, drawn by mermaid in a real browser (headless chromium): an
// SVG, not a syntax error. One screenshot per chart kind is kept in test-output/report/.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Node } from '../../../src/core/report/document.js';
import { parseReport } from '../../../src/core/report/load.js';
import { buildSections } from '../../../src/core/report/render.js';
import { CHROMIUM, drawCharts, mermaidBundle, screenshot } from '../../support/mermaid-browser.js';
import { fixture, variant } from '../../support/report-fixtures.js';

const OUT = join(import.meta.dirname, '../../../test-output/report');
const bundle = mermaidBundle();

function charts(nodes: readonly Node[]): { kind: string; mermaid: string }[] {
  return nodes.flatMap((n) => (n.type === 'chart' ? [n] : n.type === 'details' ? charts(n.body) : []));
}

const releases = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v2.0.0'].map((tag, i) =>
  parseReport(
    JSON.stringify({
      kind: 'mlci/release-record',
      version: 1,
      tag,
      releasedAt: `2026-0${i + 1}-01T00:00:00Z`,
      metrics: { accuracy: 0.9 + i * 0.01, f1_macro: 0.88 + (i % 2) * 0.02 },
      evaluation: { verdict: i ? 'pass' : 'first' },
    }),
    `release-${tag}.json`,
  ),
);

const hostile = variant('bad-comparison', (v) => {
  (v.metrics as { name: string }[])[0]!.name = 'acc"] ; click x call alert() %%{init: {}}%% <b>@x</b>';
});

describe.each(bundle && CHROMIUM ? [bundle] : [])('mermaid in chromium', (mermaid) => {
  test('every chart kind draws an SVG (deltas, drift, history, and hostile labels)', () => {
    const sections = buildSections([
      fixture('bad-validation'),
      fixture('bad-comparison'),
      hostile,
      ...releases,
    ]);
    const all = sections.flatMap((s) => charts(s.body));
    expect([...new Set(all.map((c) => c.kind))].sort()).toEqual(['drift', 'history', 'metric-deltas']);
    const drawn = drawCharts(
      all.map((c, i) => [`c${i}`, c.mermaid] as const),
      mermaid,
    );
    for (const [i, d] of drawn.entries()) {
      expect({
        chart: all[i]!.mermaid,
        status: d.status,
        error: d.status === 'ok' ? '' : d.content,
      }).toMatchObject({ status: 'ok', error: '' });
      expect(d.content).toMatch(/^<svg[\s\S]*<\/svg>$/);
      expect(d.content).not.toMatch(/Syntax error|Parse error/);
    }
    // Bars and lines were drawn: xychart renders each bar as a rect in the plot.
    expect((drawn[0]!.content.match(/<rect/g) ?? []).length).toBeGreaterThan(2);
  });

  test('a broken chart is reported as an error by this harness (it can fail)', () => {
    const [drawn] = drawCharts([['bad', 'xychart-beta\n  x-axis [a b\n  bar [1']], mermaid);
    expect(drawn!.status).toBe('error');
  });

  test('one screenshot per chart kind', () => {
    mkdirSync(OUT, { recursive: true });
    const sections = buildSections([fixture('bad-validation'), fixture('bad-comparison'), ...releases]);
    const first = new Map<string, string>();
    for (const c of sections.flatMap((s) => charts(s.body)))
      if (!first.has(c.kind)) first.set(c.kind, c.mermaid);
    for (const [kind, code] of first) {
      const png = join(OUT, `${kind}.png`);
      screenshot(kind, code, mermaid, png);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(png).size).toBeGreaterThan(5000);
    }
  });
});

test('mermaid and chromium are available (else the browser tests above did not run)', () => {
  expect({ mermaid: Boolean(bundle), chromium: Boolean(CHROMIUM) }).toEqual({
    mermaid: true,
    chromium: true,
  });
});
