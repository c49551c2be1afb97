import { describe, expect, test } from '@jest/globals';
import { BUDGET_LEVELS, COMMENT_LIMIT } from '../../../../src/core/report/budget.js';
import { renderDocument } from '../../../../src/core/report/render.js';
import { expectSafeGfm } from '../../../support/cmark.js';
import { variant } from '../../../support/report-fixtures.js';

const MARK = '<!-- mlci:report:0123456789abcdef0123 -->';

/** A comparison with `n` informational metrics whose names are long, and 100 long error samples. */
function huge(n: number) {
  const comparison = variant('bad-comparison', (v) => {
    const metrics = v.metrics as Record<string, unknown>[];
    const info = metrics.find((m) => m.role === 'info')!;
    for (let i = 0; i < n; i++) metrics.push({ ...info, name: `per_class/${'x'.repeat(100)}/${i}|@team` });
  });
  const validation = variant('bad-validation', (v) => {
    const errors = v.errors as Record<string, unknown>[];
    for (const e of errors) e.message = `${'<b>|'.repeat(60)} long message`;
  });
  return [validation, comparison];
}

/** Twenty failing validations of 100 long error samples each: too much for one comment. */
const manyValidations = () =>
  Array.from({ length: 20 }, (_, i) =>
    variant(
      'bad-validation',
      (v) => {
        for (const e of v.errors as Record<string, unknown>[])
          e.message = `${'<b>|'.repeat(60)} long message`;
      },
      `.mlci/shard-${i}.json`,
    ),
  );

describe('size budget', () => {
  test('10⁵ per-class metrics: the body fits 65,536 characters, tables whole, details closed, marker kept', () => {
    const big = renderDocument(huge(100_000), { marker: MARK });
    expect(big.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(big.markdown).toMatch(
      /Informational metrics \(100010\)[\s\S]*99912 more in \.mlci\/bad-comparison\.json\./,
    );
    expectSafeGfm(big.markdown);
    const doc = renderDocument([...manyValidations(), ...huge(100_000)], {
      marker: MARK,
      fullReportAt: 'the job summary and the mlci-report artifact',
    });
    expect(doc.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(doc.level).toBeGreaterThan(0);
    expect(doc.markdown).toContain(`\n${MARK}\n`);
    expect(doc.markdown).toMatch(
      /✂️ Trimmed to fit 65536 characters: left out .*The full report is in the job summary and the mlci-report artifact\./,
    );
    expect(doc.markdown.split('\n')[0]).toMatch(/^## ❌ mlci: fail — /);
    expectSafeGfm(doc.markdown);
  });

  test('detail goes in the documented order: charts first, then long tables, then all details', () => {
    const reports = huge(60);
    const docs = BUDGET_LEVELS.map((_, level) =>
      renderDocument(reports, { marker: MARK, level, budget: 10_000_000 }),
    );
    for (const [level, doc] of docs.entries()) {
      expect(doc.level).toBe(level);
      expect(doc.markdown).toContain(MARK);
      expectSafeGfm(doc.markdown);
      if (level > 0) expect(doc.markdown.length).toBeLessThan(docs[level - 1]!.markdown.length);
    }
    expect(docs[0]!.markdown).toContain('```mermaid');
    expect(docs[1]!.markdown).not.toContain('```mermaid');
    expect(docs[1]!.markdown).toContain('Informational metrics');
    expect(docs[2]!.markdown).not.toContain('Informational metrics');
    expect(docs[2]!.markdown).toContain('<details>');
    expect(docs[3]!.markdown).not.toContain('<details>');
    expect(docs[3]!.markdown).toContain('| metric | baseline |');
    expect(docs[4]!.markdown).not.toContain('| metric |');
    expect(docs[4]!.markdown).toContain('### ❌ Model metrics');
    expect(docs[5]!.markdown).not.toContain('###');
    expect(docs[5]!.omitted).toEqual(BUDGET_LEVELS.slice(1));
  });

  test('the first level that fits is used: a budget just under a level forces the next', () => {
    const reports = huge(60);
    const full = renderDocument(reports, { budget: 10_000_000 });
    const next = renderDocument(reports, { budget: full.markdown.length - 1 });
    expect(next.level).toBeGreaterThan(0);
    expect(next.markdown.length).toBeLessThan(full.markdown.length);
    expect(renderDocument(reports, { budget: full.markdown.length }).level).toBe(0);
  });
});
