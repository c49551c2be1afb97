import { describe, expect, test } from '@jest/globals';
import { parseCsv } from '../../../../../src/core/metrics/read/csv.js';

describe('parseCsv (predictions and metrics files)', () => {
  test('RFC 4180: quotes, doubled quotes, embedded newlines, CRLF, empty fields, BOM, no final newline', () => {
    const text = '\ufeffid,label,note\r\na1,1,"x, ""y"""\r\n"a\n2",,plain\nab"c,0,\na4,"",z';
    expect(parseCsv(text, 'p.csv')).toEqual([
      { cells: ['id', 'label', 'note'], line: 1 },
      { cells: ['a1', '1', 'x, "y"'], line: 2 },
      { cells: ['a\n2', '', 'plain'], line: 3 },
      // A quote inside an unquoted field is a literal character.
      { cells: ['ab"c', '0', ''], line: 5 },
      { cells: ['a4', '', 'z'], line: 6 },
    ]);
  });

  test('blank lines are skipped; an unterminated quote names its line', () => {
    expect(parseCsv('a,b\n\n1,2\n', 'p.csv')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 3 },
    ]);
    expect(() => parseCsv('a,b\n1,"2\n', 'p.csv')).toThrow('unterminated quoted field');
  });
});
