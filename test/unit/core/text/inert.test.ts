import { describe, expect, test } from '@jest/globals';
import { inertBlock, inertLine, visible } from '../../../../src/core/text/inert.js';
import { HOSTILE, injectedCommands } from '../../../support/runner-commands.js';

describe('visible', () => {
  test('shows CR, LF, other controls, bidi overrides and line separators as escapes', () => {
    expect(visible('a\nb\rc\u0007d\u0000e\u202ef\u2028g\u0085h')).toBe(
      'a\\nb\\rc\\x07d\\x00e\\u202ef\\u2028g\\x85h',
    );
  });
  test('keeps tabs, colour sequences and ordinary text; shows other escape sequences', () => {
    expect(visible('\u001b[31mred\u001b[0m\tok é')).toBe('\u001b[31mred\u001b[0m\tok é');
    expect(visible('\u001b]52;c;AAAA\u0007')).toBe('\\e]52;c;AAAA\\x07');
    expect(visible('\u001b[2J')).toBe('\\e[2J');
  });
});

describe('inertLine', () => {
  test.each([
    ['::error::x', '\\::error::x'],
    ['  \t::add-mask::true', '\\  \t::add-mask::true'],
    ['\u00a0::stop-commands::x', '\\\u00a0::stop-commands::x'],
    ['see ##[error]x', 'see ##\\[error]x'],
    ['a\n::error::x', 'a\\n::error::x'],
    ['a %0A::error::x', 'a %0A::error::x'],
    ['a :: b', 'a :: b'],
  ])('%j -> %j', (input, expected) => {
    expect(inertLine(input)).toBe(expected);
  });

  test('the hostile text leaves no command a runner would act on', () => {
    const line = inertLine(HOSTILE);
    expect(line).not.toMatch(/[\r\n]/);
    expect(injectedCommands(line)).toEqual([]);
    expect(injectedCommands(HOSTILE)).toHaveLength(3);
  });
});

describe('inertBlock', () => {
  test('keeps the LF line breaks of a block mlci wrote, makes each line inert, shows a lone CR', () => {
    expect(inertBlock('# title\n::error::x\r\nrow\r::add-mask::y')).toBe(
      '# title\n\\::error::x\nrow\\r::add-mask::y',
    );
  });
});
