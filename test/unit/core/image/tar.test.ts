import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { entryHeader, renderTar, type TarEntry } from '../../../../src/core/image/tar.js';

async function collect(entries: TarEntry[], mtime = 0): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of renderTar(entries, { mtime })) parts.push(chunk);
  return Buffer.concat(parts);
}

const field = (block: Buffer, at: number, len: number) =>
  block
    .subarray(at, at + len)
    .toString('utf8')
    .replace(/\0.*$/s, '');
const file = (path: string, text: string, mode = 0o644): TarEntry => ({
  type: 'file',
  path,
  mode,
  size: Buffer.byteLength(text),
  open: () => Readable.from([Buffer.from(text)]),
});

describe('tar writer', () => {
  test('writes ustar headers with root owner, no names, fixed mtime and a valid checksum', async () => {
    const tar = await collect(
      [{ type: 'directory', path: 'opt/', mode: 0o755 }, file('opt/a.txt', 'hello')],
      1700000000,
    );
    const dir = tar.subarray(0, 512);
    expect(field(dir, 0, 100)).toBe('opt/');
    expect(field(dir, 156, 1)).toBe('5');
    expect(field(dir, 100, 8)).toBe('0000755');
    expect(field(dir, 108, 8)).toBe('0000000');
    expect(field(dir, 116, 8)).toBe('0000000');
    expect(field(dir, 265, 32)).toBe('');
    expect(field(dir, 297, 32)).toBe('');
    expect(Number.parseInt(field(dir, 136, 12), 8)).toBe(1700000000);
    expect(field(dir, 257, 6)).toBe('ustar');
    const sum = [...dir].reduce((s, b, i) => s + (i >= 148 && i < 156 ? 32 : b), 0);
    expect(Number.parseInt(field(dir, 148, 7), 8)).toBe(sum);
    const f = tar.subarray(512, 1024);
    expect(field(f, 0, 100)).toBe('opt/a.txt');
    expect(Number.parseInt(field(f, 124, 12), 8)).toBe(5);
    expect(tar.subarray(1024, 1029).toString()).toBe('hello');
    // header, header, one data block, two zero blocks
    expect(tar.length).toBe(512 * 5);
    expect(tar.subarray(512 * 3).every((b) => b === 0)).toBe(true);
  });

  test('long and non-ASCII paths and long link targets go into a PAX header', async () => {
    const long = `${'d'.repeat(120)}/model.bin`;
    const header = entryHeader(
      { type: 'file', path: long, mode: 0o644, size: 0, open: () => Readable.from([]) },
      { mtime: 0 },
    );
    expect(field(header, 156, 1)).toBe('x');
    const size = Number.parseInt(field(header, 124, 12), 8);
    const records = header.subarray(512, 512 + size).toString('utf8');
    expect(records).toBe(`${Buffer.byteLength(` path=${long}\n`) + 3} path=${long}\n`);
    const [length] = records.split(' ');
    expect(Number(length)).toBe(Buffer.byteLength(records));
    const utf = entryHeader({ type: 'symlink', path: 'opt/modèle', target: 't'.repeat(150) }, { mtime: 0 });
    const body = utf.subarray(512, 1024).toString('utf8');
    expect(body).toContain(' path=opt/modèle\n');
    expect(body).toContain(` linkpath=${'t'.repeat(150)}\n`);
    expect(field(utf.subarray(1024), 156, 1)).toBe('2');
  });

  test('sizes of 8 GiB and more are written in PAX', () => {
    const header = entryHeader(
      { type: 'file', path: 'big', mode: 0o644, size: 9 * 2 ** 30, open: () => Readable.from([]) },
      { mtime: 0 },
    );
    expect(header.subarray(512, 1024).toString('utf8')).toContain(` size=${9 * 2 ** 30}\n`);
  });

  test('a file that changes size while archived is an error, not a corrupt tar', async () => {
    const liar: TarEntry = {
      type: 'file',
      path: 'x',
      mode: 0o644,
      size: 10,
      open: () => Readable.from([Buffer.from('abc')]),
    };
    await expect(collect([liar])).rejects.toThrow(
      'x changed size while it was being archived (10 -> 3 bytes)',
    );
  });
});
