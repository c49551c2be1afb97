import { describe, expect, test } from '@jest/globals';
import { ChunkedInput } from '../../../../../src/core/data/csv/chunked.js';
import { cellText } from '../../../../../src/core/data/csv/csv-table.js';
import { dialectFor } from '../../../../../src/core/data/csv/dialect.js';
import { CsvScanner, type RowSink } from '../../../../../src/core/data/csv/scanner.js';
import { DataError } from '../../../../../src/core/errors.js';

interface Parsed {
  rows: string[][];
  lines: number[];
}

/** Parses text through ChunkedInput, feeding `chunk` bytes at a time. */
function parse(text: string | Uint8Array, options: { chunk?: number; delimiter?: string } = {}): Parsed {
  const rows: string[][] = [];
  const lines: number[] = [];
  const sink: RowSink = {
    row(buf, starts, ends, flags, count, line) {
      rows.push(Array.from({ length: count }, (_, i) => cellText(buf, starts[i]!, ends[i]!, flags[i]!)));
      lines.push(line);
    },
  };
  const input = new ChunkedInput(new CsvScanner(dialectFor('x.csv', options.delimiter), sink));
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const chunk = options.chunk ?? bytes.length;
  for (let at = 0; at < bytes.length; at += Math.max(1, chunk))
    input.write(bytes.subarray(at, at + Math.max(1, chunk)));
  input.end();
  return { rows, lines };
}

// A small deterministic PRNG so the property tests are reproducible.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeCsv(rows: string[][], delimiter: string, eol: string): string {
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(delimiter) || cell === '' ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join(eol) + eol;
}

describe('CsvScanner (RFC 4180)', () => {
  test('quoted fields with embedded delimiters, quotes and newlines', () => {
    const { rows, lines } = parse('a,b,c\n1,"x,y","say ""hi"""\n2,"two\nlines",z\n3,,\n');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x,y', 'say "hi"'],
      ['2', 'two\nlines', 'z'],
      ['3', '', ''],
    ]);
    expect(lines).toEqual([1, 2, 3, 5]);
  });

  test('CRLF, lone CR and a last line without a line break', () => {
    expect(parse('a,b\r\n1,2\r\n3,4').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parse('a,b\r1,2\r').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('a UTF-8 BOM is stripped from the first label only', () => {
    expect(parse('\ufeffid,name\n1,\ufeffx\n').rows).toEqual([
      ['id', 'name'],
      ['1', '\ufeffx'],
    ]);
  });

  test('any delimiter, TSV', () => {
    expect(parse('a;b\n"1;2";3\n', { delimiter: ';' }).rows).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
    expect(parse('a\tb\n1\t2\n', { delimiter: 'tab' }).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('text after a closing quote is read as Python csv reads it', () => {
    expect(parse('a,b\n"ab"cd,e\n').rows).toEqual([
      ['a', 'b'],
      ['abcd', 'e'],
    ]);
  });

  test('a trailing delimiter gives an empty last cell; an empty line is one empty cell', () => {
    expect(parse('a,b\n1,\n\n2,3\n').rows).toEqual([['a', 'b'], ['1', ''], [''], ['2', '3']]);
  });

  test('the same rows whatever the chunking (1 byte to whole file)', () => {
    const text = 'h1,h2\r\n"a\r\nb","c""d"\r\n,"" \r\n"x",y\r\n';
    const whole = parse(text);
    for (const chunk of [1, 2, 3, 5, 7, 13]) expect(parse(text, { chunk })).toEqual(whole);
  });

  test('round-trips random tables written by an RFC 4180 writer', () => {
    const random = mulberry32(42);
    const alphabet = ['a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '😀', ';', '\t', '1'];
    for (let round = 0; round < 200; round++) {
      const delimiter = [',', ';', '\t', '|'][round % 4]!;
      const width = 1 + Math.floor(random() * 5);
      const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: width }, () =>
          Array.from(
            { length: Math.floor(random() * 6) },
            () => alphabet[Math.floor(random() * alphabet.length)],
          ).join(''),
        ),
      );
      const text = writeCsv(rows, delimiter, round % 2 ? '\r\n' : '\n');
      const named = delimiter === '\t' ? 'tab' : delimiter;
      expect(parse(text, { delimiter: named, chunk: 1 + (round % 9) }).rows).toEqual(rows);
    }
  });
});

describe('CsvScanner on bad input', () => {
  test('an unterminated quote is a data error naming the line', () => {
    expect(() => parse('a,b\n1,"open\n2,3\n')).toThrow(
      /unterminated quoted field in the record starting at line 2/,
    );
  });

  test('invalid UTF-8 is an error with the byte offset and line', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    expect(() => parse(bytes)).toThrow(/invalid UTF-8 at byte offset 10 \(line 3\)/);
  });

  test('UTF-16 is rejected with a hint', () => {
    expect(() => parse(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toThrow(/UTF-16/);
  });

  test('a record longer than the cap is an error, not unbounded memory', () => {
    const sink: RowSink = { row() {} };
    const input = new ChunkedInput(new CsvScanner(dialectFor('x.csv'), sink), { maxRecordBytes: 1024 });
    input.write(Buffer.from('a\n"'));
    expect(() => input.write(Buffer.alloc(4096, 0x61))).toThrow(DataError);
    expect(() => {
      const again = new ChunkedInput(new CsvScanner(dialectFor('x.csv'), sink), { maxRecordBytes: 1024 });
      again.write(Buffer.alloc(4096, 0x61));
    }).toThrow(/longer than/);
  });

  test('too many columns is an error', () => {
    const sink: RowSink = { row() {} };
    const scanner = new CsvScanner(dialectFor('x.csv'), sink, 4);
    expect(() => scanner.scan(Buffer.from('a,b,c,d,e\n'), 0, 10, true)).toThrow(/more than 4 columns/);
  });

  test('an empty input gives no rows', () => {
    expect(parse('').rows).toEqual([]);
  });
});
