import { expect, test } from '@jest/globals';
import { cell, codeBlock, escapeMarkdown, inlineCode } from '../../../../src/core/text/markdown.js';

test('escaped text stays on one line and cannot open HTML, links, mentions or table cells', () => {
  const out = escapeMarkdown('a|b\n<img src=x> [x](http://e) @admin #1 ::error::');
  expect(out).not.toMatch(/\n|(?<!\\)<|\]\(|(?<!\\)\||@admin|::/);
});

test('control characters and a leading list or heading marker are neutralised', () => {
  expect(escapeMarkdown('\u0007bell')).toBe('\ufffdbell');
  expect(escapeMarkdown('- item')).toBe('\\- item');
  expect(escapeMarkdown('=== h')).toBe('\\=== h');
});

test('cell cuts long text before escaping', () => {
  expect(cell('x'.repeat(200), 10)).toBe(`${'x'.repeat(10)}…`);
});

test('inline code fences past any backtick run and keeps tables whole', () => {
  expect(inlineCode('a`b')).toBe('``a`b``');
  expect(inlineCode('``x')).toBe('``` ``x ```');
  expect(inlineCode('a|b\nc')).toBe('`a¦b c`');
});

test('a code block cannot be closed by the text inside it', () => {
  const block = codeBlock('line\n```\n<b>html</b>\n````');
  expect(block.startsWith('`````\n')).toBe(true);
  expect(block.endsWith('\n`````')).toBe(true);
});

test('bare URLs and www. names do not become GFM autolinks', () => {
  const out = escapeMarkdown('see https://evil.example/x and www.evil.example');
  expect(out).not.toMatch(/https:\/\/evil|www\.evil/);
  expect(out).toContain('evil.example');
});
