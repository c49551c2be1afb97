import { expect, test } from '@jest/globals';
import {
  cell,
  codeBlock,
  escapeMarkdown,
  htmlText,
  inlineCode,
  link,
  mermaidLabel,
  mermaidText,
} from '../../../../src/core/text/markdown.js';

test('escaped text stays on one line and cannot open HTML, links, mentions or table cells', () => {
  const out = escapeMarkdown('a|b\n<img src=x> [x](http://e) @admin #1 ::error::');
  expect(out).not.toMatch(/\n|(?<!\\)<|\]\(|(?<!\\)\||@admin|::/);
});

test('#123 and owner/repo#123 stay unlinked once rendered (GitHub links them on the text, after `\\#`)', () => {
  expect(escapeMarkdown('see #123 and a/b#7')).toBe('see \\#\u200b123 and a/b\\#\u200b7');
  expect(escapeMarkdown('# heading, C#, #tag')).toBe('\\# heading, C\\#, \\#tag');
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

test('bare URLs stay text: GFM autolinks scheme:// and www. whatever the escapes around them', () => {
  expect(escapeMarkdown('see http://evil.example/x and www.evil.example')).not.toMatch(/:\/\/|www\./);
  expect(htmlText('<b>https://evil</b> @x #1')).toBe(
    '&lt;b&gt;https:/\u200b/evil&lt;/b&gt; @\u200bx #\u200b1',
  );
});

test('a link is only made to a plain https URL; anything else leaves escaped text', () => {
  expect(link('a]b', 'https://github.com/acme/x/blob/1/a.csv#L2')).toBe(
    '[a\\]b](https://github.com/acme/x/blob/1/a.csv#L2)',
  );
  expect(link('x', 'javascript:alert(1)')).toBe('x');
  expect(link('x', 'https://e/a b')).toBe('x');
  expect(link('x', 'https://e/a)(')).toBe('x');
});

test('mermaid labels keep only a safe ASCII subset, never empty, capped', () => {
  const label = mermaidLabel('acc"]; click A call x() %%{init}%% <b>');
  expect(label).toMatch(/^[A-Za-z0-9 ._\-/~]{1,24}$/);
  expect(label.startsWith('acc___ click')).toBe(true);
  expect(mermaidLabel('')).toBe('_');
  expect(mermaidLabel('x'.repeat(40), 10)).toBe(`${'x'.repeat(9)}~`);
});

test('mermaidText keeps no mermaid syntax and no mention', () => {
  expect(mermaidText('v1.4.0 : by @alice; #x [y] "z" %% c\nnext')).toBe('v1.4.0 by at alice x y z c next');
  expect(mermaidText('::{}')).toBe('-');
  expect(mermaidText('a'.repeat(70), 10)).toBe(`${'a'.repeat(10)}…`);
});
