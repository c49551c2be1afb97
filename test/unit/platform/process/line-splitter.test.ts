import { describe, expect, test } from '@jest/globals';
import { lineSplitter } from '../../../../src/platform/process/run-command.js';

function split(chunks: (string | Buffer)[]): string[] {
  const lines: string[] = [];
  const splitter = lineSplitter((line) => lines.push(line));
  for (const chunk of chunks) splitter.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  splitter.flush();
  return lines;
}

describe('lineSplitter', () => {
  test('a lone CR ends a line as LF and CRLF do, as the runner reads the log', () => {
    expect(split(['10%\r50%\r100%\ndone\r\n::error::x\rlast'])).toEqual([
      '10%',
      '50%',
      '100%',
      'done',
      '::error::x',
      'last',
    ]);
  });
  test('a CRLF split across chunks is one line break; a trailing CR at the end is dropped', () => {
    expect(split(['a\r', '\nb\r', 'c\r'])).toEqual(['a', 'b', 'c']);
  });
  test('a multi-byte character split across chunks stays whole', () => {
    const bytes = Buffer.from('é\n');
    expect(split([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual(['é']);
  });
  test('a line without a break is passed on in 64 KiB pieces', () => {
    const lines = split(['x'.repeat(150 * 1024)]);
    expect(lines.map((line) => line.length)).toEqual([65536, 65536, 22528]);
  });
});
