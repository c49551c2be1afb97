import { describe, expect, test } from '@jest/globals';
import { cell, escapeMarkdown, inlineCode } from '../../../../src/core/text/markdown.js';
import { displayWidth, renderInline, renderMarkdown } from '../../../../src/core/text/terminal.js';

const plain = { color: false };
const ESC = '\u001b';

describe('renderMarkdown', () => {
  test('a table: columns aligned by display width, right-aligned where the separator says, no pipes', () => {
    const md = [
      '| metric | baseline | verdict |',
      '|---|---:|---|',
      `| ${cell('f1_macro')} | 0.8 | ✅ pass |`,
      `| ${cell('a|b')} | 12.25 | ❌ fail |`,
    ].join('\n');
    expect(renderMarkdown(md, plain).split('\n')).toEqual([
      '  metric    baseline  verdict',
      '  ────────  ────────  ───────',
      '  f1_macro       0.8  ✓ pass',
      '  a|b          12.25  ✗ fail',
    ]);
  });

  test('escapes of escapeMarkdown are undone: the user sees the text as it was', () => {
    const raw = 'data_v2/[train]*.csv #3 <b> & ::x https://e.com @me';
    const shown = renderInline(escapeMarkdown(raw), plain);
    expect(shown).toBe(raw);
    expect(shown).not.toContain('\\');
    expect(renderInline(`file ${inlineCode('a_b*')}`, plain)).toBe('file a_b*');
  });

  test('headings, quotes, lists, details, links and bold without markup', () => {
    const md = [
      '### ✅ validate-data: valid',
      '',
      'Mode **block-on-regression**, see [the docs](https://example.com/d).',
      '',
      '> ⚠️ careful',
      '- one',
      '<details><summary>How this was decided</summary>',
      '',
      '',
      '',
      '- two<br>three',
      '</details>',
    ].join('\n');
    expect(renderMarkdown(md, plain)).toBe(
      [
        '✓ validate-data: valid',
        '',
        'Mode block-on-regression, see the docs (https://example.com/d).',
        '',
        '│ ⚠ careful',
        '• one',
        '▸ How this was decided',
        '',
        '• two three',
      ].join('\n'),
    );
  });

  test('colours only when asked: ✓ green, ✗ red, bold headings; none at all without', () => {
    const md = '### ✅ ok\n\n| a | b |\n|---|---|\n| ❌ x | fail |';
    const colored = renderMarkdown(md, { color: true });
    expect(colored).toContain(`${ESC}[32m✓${ESC}[39m`);
    expect(colored).toContain(`${ESC}[31m✗${ESC}[39m`);
    expect(colored).toContain(`${ESC}[31mfail${ESC}[39m`);
    // nested: the heading stays bold after its coloured mark
    expect(colored).toContain(`${ESC}[1m${ESC}[32m✓${ESC}[39m ok${ESC}[22m`);
    expect(colored).toContain(`${ESC}[1m`);
    expect(renderMarkdown(md, plain)).not.toContain(ESC);
  });

  test('inert: an ESC or other control character in the text is shown, never sent to the terminal', () => {
    const hostile = `x${ESC}]0;pwned\u0007${ESC}[2J\u009b31m`;
    const out = renderMarkdown(`| f |\n|---|\n| ${hostile} |\n\n${hostile}\n\n\`${hostile}\``, plain);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('x\ufffd]0;pwned');
    // and with colours on, the only escapes are ours (SGR)
    const colored = renderMarkdown(`### ${hostile}`, { color: true });
    expect(colored.match(/\u001b\[[^m]*m/g)?.join('')).toBe(`${ESC}[1m${ESC}[22m`);
  });

  test('a table wider than the terminal: the widest column gives way, cut with …', () => {
    const long = 'higher is better, floor 0.85, non-inferiority margin 0.02';
    const md = `| metric | rule | verdict |\n|---|---|---|\n| accuracy | ${long} | ✅ pass |`;
    const lines = renderMarkdown(md, { color: false, columns: 40 }).split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(lines[2]).toMatch(/^ {2}accuracy {2}higher is .*… {2}✓ pass$/);
    expect(renderMarkdown(md, plain)).toContain(long);
  });

  test('code blocks stay literal and indented', () => {
    expect(renderMarkdown('```\na_b \\_ | x\n```', plain)).toBe('    a_b \\_ | x');
  });
  test('charts and hidden markers are left out; a fold holding only a chart goes with it', () => {
    const md = [
      'before',
      '<details><summary>Chart: Δ per metric</summary>',
      '',
      '```mermaid',
      'xychart-beta',
      '  bar [1, 2]',
      '```',
      '',
      '</details>',
      '<details><summary>Numbers</summary>',
      '',
      '```mermaid',
      'pie',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '</details>',
      '```',
      'kept code',
      '```',
      '<!-- mlci:report:abc -->',
      'after',
    ].join('\n');
    const text = renderMarkdown(md, plain);
    expect(text).not.toMatch(/mermaid|xychart|pie|Chart: Δ|mlci:report/);
    expect(text).toContain('▸ Numbers');
    expect(text).toMatch(/a\s+b/);
    expect(text).toContain('    kept code');
    expect(text.split('\n')[0]).toBe('before');
    expect(text.split('\n').at(-1)).toBe('after');
  });
});

describe('displayWidth', () => {
  test('emoji and East Asian wide characters take two columns; selectors and colours none', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('🧊x')).toBe(3);
    expect(displayWidth('⚠️')).toBe(1);
    expect(displayWidth('数据')).toBe(4);
    expect(displayWidth(`${ESC}[32m✓${ESC}[39m`)).toBe(1);
  });
});
