import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { packTar, type TarEntry } from '../../../../src/core/train/tar.js';
import { readTar, safeEntryPath } from '../../../../src/core/train/tar-read.js';
import { testTempDir } from '../../../support/temp-dirs.js';

const file = (path: string, text: string, executable = false): TarEntry => {
  const bytes = Buffer.from(text);
  return {
    path,
    type: 'file',
    size: bytes.length,
    executable,
    read: async function* () {
      yield bytes;
    },
  };
};

async function pack(entries: TarEntry[]): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of packTar(entries)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function unpack(archive: Buffer) {
  const out: Record<string, string> = {};
  await readTar(
    (async function* () {
      for (let i = 0; i < archive.length; i += 700) yield archive.subarray(i, i + 700); // odd chunking
    })(),
    async (header, data) => {
      const parts: Buffer[] = [];
      for await (const chunk of data) parts.push(chunk);
      out[`${header.type}:${header.path}${header.executable ? '*' : ''}`] = Buffer.concat(parts).toString();
    },
    { maxBytes: 1e9, maxEntries: 1000 },
  );
  return out;
}

const longName = `${'deep/'.repeat(30)}model-ß.bin`;

describe('tar', () => {
  test('round trip, including a long non-ASCII name (pax) and the exec bit', async () => {
    const archive = await pack([
      { path: 'out', type: 'dir', size: 0 },
      file('out/model.pkl', 'weights'),
      file('run.sh', '#!/bin/sh', true),
      file(longName, 'x'.repeat(1000)),
    ]);
    expect(await unpack(archive)).toEqual({
      'dir:out': '',
      'file:out/model.pkl': 'weights',
      'file:run.sh*': '#!/bin/sh',
      [`file:${longName}`]: 'x'.repeat(1000),
    });
  });
  test('deterministic: the same entries give the same bytes', async () => {
    const entries = () => [file('a', '1'), file(longName, '2')];
    expect((await pack(entries())).equals(await pack(entries()))).toBe(true);
  });
  test('GNU tar reads what we write', async () => {
    const dir = testTempDir('mlci-tar-');
    writeFileSync(join(dir, 'x.tar'), await pack([file('a/b.txt', 'hello'), file(longName, 'long')]));
    const listing = execFileSync('tar', ['-tvf', join(dir, 'x.tar')], { encoding: 'utf8' });
    expect(listing).toContain('a/b.txt');
    expect(listing).toContain(longName);
    execFileSync('tar', ['-xf', join(dir, 'x.tar'), '-C', dir]);
    expect(execFileSync('cat', [join(dir, longName)], { encoding: 'utf8' })).toBe('long');
  });
  test('we read what GNU tar writes (pax format)', async () => {
    const dir = testTempDir('mlci-tar-');
    writeFileSync(join(dir, 'f.txt'), 'gnu');
    const archive = execFileSync('tar', ['--format=pax', '-cf', '-', '-C', dir, 'f.txt']);
    expect(await unpack(archive)).toEqual({ 'file:f.txt': 'gnu' });
  });
  test.each(['../../outside.txt', 'a/../../x', '/etc/x', 'C:\\x', 'C:x', 'a\\..\\x'])(
    'refuses "%s" (TAR-01/02)',
    (name) => {
      expect(() => safeEntryPath(name)).toThrow('is not a safe relative path');
    },
  );
  test('refuses a symlink entry (TAR-03)', async () => {
    const dir = testTempDir('mlci-tar-');
    execFileSync('ln', ['-s', '/home', join(dir, 'link')]);
    const archive = execFileSync('tar', ['-cf', '-', '-C', dir, 'link']);
    await expect(unpack(archive)).rejects.toThrow('is a link or special file');
  });
  test('truncation and random bytes are clean errors (TAR-10)', async () => {
    const archive = await pack([file('a', 'x'.repeat(5000))]);
    await expect(unpack(archive.subarray(0, 2000))).rejects.toThrow('truncated');
    await expect(unpack(Buffer.alloc(1024, 7))).rejects.toThrow();
  });
  test('entry and byte budgets (TAR-08)', async () => {
    const archive = await pack([file('a', '1'), file('b', '2')]);
    await expect(
      readTar(
        (async function* () {
          yield archive;
        })(),
        async () => {},
        { maxBytes: 1e6, maxEntries: 1 },
      ),
    ).rejects.toThrow('more than 1 entries');
  });
});
