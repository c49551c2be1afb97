import { expect, test } from '@jest/globals';
import {
  cell,
  codeBlock,
  escapeMarkdown,
  inlineCode,
  mermaidText,
} from '../../../../src/core/text/markdown.js';

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

test('mermaidText keeps no mermaid syntax and no mention', () => {
  expect(mermaidText('v1.4.0 : by @alice; #x [y] "z" %% c\nnext')).toBe('v1.4.0 by at alice x y z c next');
  expect(mermaidText('::{}')).toBe('-');
  expect(mermaidText('a'.repeat(70), 10)).toBe(`${'a'.repeat(10)}…`);
});
