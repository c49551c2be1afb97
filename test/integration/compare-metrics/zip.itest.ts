// The artifact zip reader against archives written by Python's zipfile (an independent writer),
// including the hostile ones of reliability-and-security.md ART-02.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from '@jest/globals';
import { readZip } from '../../../src/platform/github/zip.js';

/** A zip built by Python from a list of [name, text, options] entries, as bytes. */
function pythonZip(script: string): Uint8Array {
  const code = `
import io, sys, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
${script
  .trim()
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
sys.stdout.buffer.write(buf.getvalue())
`;
  return execFileSync('/usr/bin/python3', ['-c', code]);
}

describe('readZip', () => {
  test('reads deflated and stored entries, skips directories', () => {
    const zip = pythonZip(`
z.writestr('metrics.json', '{"accuracy": 0.9}')
z.writestr(zipfile.ZipInfo('eval/'), '')
z.writestr('eval/predictions.jsonl', '{"id":"a","label":1}\\n' * 1000)
z.writestr('stored.txt', 'plain', compress_type=zipfile.ZIP_STORED)
`);
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(['metrics.json', 'eval/predictions.jsonl', 'stored.txt']);
    expect(Buffer.from(files.get('metrics.json')!).toString()).toBe('{"accuracy": 0.9}');
    expect(files.get('eval/predictions.jsonl')!.length).toBe(21_000);
    expect(Buffer.from(files.get('stored.txt')!).toString()).toBe('plain');
  });

  test.each([
    ['a parent-directory entry', "z.writestr('../../.github/workflows/x.yml', 'x')", /unsafe entry name/],
    ['an absolute entry', "z.writestr('/home/runner/.bashrc', 'x')", /unsafe entry name/],
    [
      'a symbolic link',
      "i = zipfile.ZipInfo('link')\ni.external_attr = (0o120777 << 16)\nz.writestr(i, '/etc/passwd')",
      /symbolic link/,
    ],
  ])('refuses %s', (_name, script, message) => {
    expect(() => readZip(pythonZip(script))).toThrow(message);
  });

  test('refuses a bomb that lies about its size, and bytes that are not a zip', () => {
    const zip = Buffer.from(pythonZip("z.writestr('big.txt', '0' * 1_000_000)"));
    // Patch the central directory's uncompressed size of the entry down to 10 bytes.
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(10, cd + 24);
    expect(() => readZip(zip)).toThrow(/does not inflate to its declared 10 bytes/);
    expect(() => readZip(Buffer.from('not a zip at all, just text'))).toThrow(/not a zip archive/);
  });
});
