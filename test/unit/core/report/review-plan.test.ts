import { expect, test } from '@jest/globals';
import { MAX_INLINE_COMMENTS, planReview, rowErrors } from '../../../../src/core/report/review-plan.js';

const error = (file: string, line: number, message = 'bad') => ({
  type: 'type-error',
  file,
  line,
  row: line,
  field: 'x',
  message,
});

test('only lines in the diff go inline, one comment per line; the rest are counted per file', () => {
  const errors = rowErrors(
    [
      error('data/a.csv', 5),
      error('data/a.csv', 5, 'second'),
      error('data/a.csv', 9),
      error('data/b.csv', 2),
      { type: 'drift', message: 'no file' },
    ],
    (f) => f,
  );
  const plan = planReview(errors, new Map([['data/a.csv', new Set([4, 5, 6])]]), '<!-- m -->');
  expect(plan.comments.map((c) => [c.path, c.line])).toEqual([['data/a.csv', 5]]);
  expect(plan.comments[0]!.body).toMatch(/bad[\s\S]*second/);
  expect([plan.inline, plan.summarised]).toEqual([2, 2]);
  expect(plan.body).toMatch(/`data\/a\.csv`: 1\n- `data\/b\.csv`: 1/);
  expect(plan.body.endsWith('\n<!-- m -->')).toBe(true);
});

test('at most MAX_INLINE_COMMENTS lines inline; paths outside the repository are dropped', () => {
  const many = Array.from({ length: 80 }, (_, i) => error('d.csv', i + 1));
  const plan = planReview(
    rowErrors(many, (f) => f),
    new Map([['d.csv', new Set(many.map((e) => e.line))]]),
    'm',
  );
  expect(plan.comments).toHaveLength(MAX_INLINE_COMMENTS);
  expect(plan.summarised).toBe(80 - MAX_INLINE_COMMENTS);
  expect(rowErrors([error('/abs/x.csv', 1)], () => undefined)).toEqual([]);
});
