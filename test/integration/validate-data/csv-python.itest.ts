// The byte-level CSV scanner against Python's csv module (the reader frictionless-py and pandas' python
// engine build on) as an independent reference, on generated files full of RFC 4180 edge cases: quoted
// delimiters, doubled quotes, embedded CRLF/LF/CR, a BOM, CRLF and CR-only line ends, a missing final line
// break, blank lines, several delimiters, multi-byte UTF-8, and the non-RFC `"ab"cd`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { ChunkedInput } from '../../../src/core/data/csv/chunked.js';
import { cellText } from '../../../src/core/data/csv/csv-table.js';
import { dialectFor } from '../../../src/core/data/csv/dialect.js';
import { CsvScanner } from '../../../src/core/data/csv/scanner.js';
import { testTempDir } from '../../support/temp-dirs.js';

const PYTHON = `
import csv, json, sys
path, delimiter = sys.argv[1], sys.argv[2]
with open(path, newline='', encoding='utf-8-sig') as f:
    rows = [row if row else [''] for row in csv.reader(f, delimiter=delimiter)]
print(json.dumps(rows))
`;

function ours(path: string, delimiter: string, chunk: number): string[][] {
  const rows: string[][] = [];
  const scanner = new CsvScanner(dialectFor('x.csv', delimiter === '\t' ? 'tab' : delimiter), {
    row(buf, starts, ends, flags, count) {
      rows.push(Array.from({ length: count }, (_, i) => cellText(buf, starts[i]!, ends[i]!, flags[i]!)));
    },
  });
  const input = new ChunkedInput(scanner);
  const bytes = readFileSync(path);
  for (let at = 0; at < bytes.length; at += chunk) input.write(bytes.subarray(at, at + chunk));
  input.end();
  return rows;
}

function python(path: string, delimiter: string): string[][] {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', PYTHON, path, delimiter], { encoding: 'utf8' }));
}

function random(seed: number) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

describe('CSV scanner = Python csv module', () => {
  const dir = testTempDir('mlci-csv-py-');
  const pieces = [
    'a',
    'bc',
    ' ',
    '1.5',
    'é',
    '日本',
    '😀',
    '""',
    '"',
    ',',
    ';',
    '\t',
    '|',
    '\n',
    '\r\n',
    '\r',
    'x"y',
  ];

  test.each([',', ';', '\t', '|'])('random tables with delimiter %j', (delimiter) => {
    const next = random(delimiter.charCodeAt(0));
    for (let round = 0; round < 25; round++) {
      const eol = ['\n', '\r\n', '\r'][round % 3]!;
      const lines: string[] = [];
      const width = 1 + Math.floor(next() * 5);
      for (let r = 0; r < 1 + Math.floor(next() * 20); r++) {
        const cells = Array.from({ length: width }, () => {
          const text = Array.from(
            { length: Math.floor(next() * 4) },
            () => pieces[Math.floor(next() * pieces.length)],
          ).join('');
          const mustQuote = /["\r\n]/.test(text) || text.includes(delimiter);
          return mustQuote || next() < 0.2 ? `"${text.replace(/"/g, '""')}"` : text;
        });
        lines.push(cells.join(delimiter));
      }
      if (round % 5 === 0) lines.splice(1, 0, ''); // a blank line
      let text = lines.join(eol) + (round % 4 === 0 ? '' : eol);
      if (round % 7 === 0) text = `\ufeff${text}`;
      if (round % 6 === 0) text += `"ab"cd${delimiter}e${eol}`; // not RFC 4180: Python reads "abcd"
      const path = join(dir, `t-${delimiter.charCodeAt(0)}-${round}.csv`);
      writeFileSync(path, text);
      const reference = python(path, delimiter);

      expect(ours(path, delimiter, 1 + (round % 11))).toEqual(reference);
      expect(ours(path, delimiter, 1 << 16)).toEqual(reference);
    }
  });
});
