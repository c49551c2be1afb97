import { expect, test } from '@jest/globals';
import { commentableLines } from '../../../../src/core/report/diff-lines.js';

test('right-side lines of every hunk: added and context, not removed, across two hunks', () => {
  const patch = [
    '@@ -10,3 +10,4 @@ header',
    ' a',
    '-b',
    '+c',
    '+d',
    ' e',
    '@@ -40 +41,2 @@',
    '+x',
    ' y',
    '\\ No newline at end of file',
  ].join('\n');
  expect([...commentableLines(patch)].sort((a, b) => a - b)).toEqual([10, 11, 12, 13, 41, 42]);
});

test('a new file is all added lines; no patch (binary or too large) is none', () => {
  expect([...commentableLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c')]).toEqual([1, 2, 3]);
  expect(commentableLines(undefined).size).toBe(0);
});
