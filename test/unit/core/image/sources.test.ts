import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLayerSpec, planLayers } from '../../../../src/core/image/plan.js';
import { collectSource, fileMode, imagePath, layerMembers } from '../../../../src/core/image/sources.js';

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlci-img-src-'));
  outside = mkdtempSync(join(tmpdir(), 'mlci-img-out-'));
  mkdirSync(join(root, 'model/sub'), { recursive: true });
  writeFileSync(join(root, 'model/big.bin'), Buffer.alloc(3000, 1));
  writeFileSync(join(root, 'model/sub/small.json'), '{}');
  writeFileSync(join(root, 'run.sh'), '#!/bin/sh\n', { mode: 0o700 });
  writeFileSync(join(outside, 'secret'), 'x');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const paths = (members: { entry: { path: string } }[]) => members.map((m) => m.entry.path);

describe('sources', () => {
  test('a directory lands under its destination, sorted, with explicit parents', async () => {
    const members = layerMembers(
      await collectSource({ source: 'model', destination: '/opt/model/' }, root),
      'x',
    );
    expect(paths(members)).toEqual([
      'opt/',
      'opt/model/',
      'opt/model/big.bin',
      'opt/model/sub/',
      'opt/model/sub/small.json',
    ]);
  });

  test('a file goes to a path, or into a directory with a trailing slash; modes are normalised', async () => {
    const [at] = await collectSource({ source: 'run.sh', destination: '/app/serve' }, root);
    expect(at!.entry).toMatchObject({ path: 'app/serve', mode: 0o755 });
    const [into] = await collectSource({ source: 'model/sub/small.json', destination: '/opt/' }, root);
    expect(into!.entry).toMatchObject({ path: 'opt/small.json', mode: 0o644 });
  });

  test('modes come from content, not from the build OS: a Windows stat (no x bits) gives the Linux layer', async () => {
    const dir = join(root, 'modes');
    mkdirSync(dir, { recursive: true });
    // As a Windows checkout sees them: nothing executable by stat; and the reverse on Linux.
    writeFileSync(join(dir, 'serve.sh'), '#!/bin/sh\necho hi\n', { mode: 0o644 });
    writeFileSync(join(dir, 'server'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), { mode: 0o600 });
    writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(10, 7), { mode: 0o777 });
    writeFileSync(join(dir, 'empty'), '', { mode: 0o755 });
    writeFileSync(join(dir, 'x'), '#', { mode: 0o755 });
    const members = await collectSource({ source: 'modes', destination: '/m/' }, root);
    const modes = Object.fromEntries(
      members.map(({ entry }) => [entry.path, 'mode' in entry ? entry.mode.toString(8) : entry.type]),
    );
    expect(modes).toEqual({
      'm/empty': '644',
      'm/server': '755',
      'm/serve.sh': '755',
      'm/weights.bin': '644',
      'm/x': '644',
    });
  });

  test('fileMode: `#!` and ELF are executable, anything else (MZ, text, short heads) is not', () => {
    expect(fileMode(Buffer.from('#!/usr/bin/env python3'))).toBe(0o755);
    expect(fileMode(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toBe(0o755);
    expect(fileMode(Buffer.from([0x7f, 0x45, 0x4c]))).toBe(0o644);
    expect(fileMode(Buffer.from('MZ\x90\x00'))).toBe(0o644);
    expect(fileMode(Buffer.from(' #!'))).toBe(0o644);
    expect(fileMode(Buffer.alloc(0))).toBe(0o644);
  });

  test('a missing source names the path and where it looked', async () => {
    await expect(collectSource({ source: 'nope.bin', destination: '/x' }, root)).rejects.toThrow(
      `source "nope.bin" does not exist (looked in ${root})`,
    );
  });

  test('a source outside the context is refused', async () => {
    await expect(collectSource({ source: join(outside, 'secret'), destination: '/x' }, root)).rejects.toThrow(
      'is outside the build context',
    );
  });

  test('a symlink escaping the context is refused; one inside the source stays a link', async () => {
    const dir = join(root, 'links');
    mkdirSync(dir);
    symlinkSync('../run.sh', join(dir, 'to-run'));
    symlinkSync('inner.txt', join(dir, 'alias'));
    writeFileSync(join(dir, 'inner.txt'), 'i');
    const members = await collectSource({ source: 'links', destination: '/l' }, root);
    expect(members.find((m) => m.entry.path === 'l/alias')!.entry).toEqual({
      type: 'symlink',
      path: 'l/alias',
      target: 'inner.txt',
    });
    // inside the context but outside the source: copied as the file it points to
    expect(members.find((m) => m.entry.path === 'l/to-run')!.entry).toMatchObject({ type: 'file', size: 10 });
    symlinkSync(join(outside, 'secret'), join(dir, 'escape'));
    await expect(collectSource({ source: 'links', destination: '/l' }, root)).rejects.toThrow(
      `symlink "links/escape" points outside the build context (to ${join(outside, 'secret')})`,
    );
    rmSync(dir, { recursive: true });
  });

  test('destinations must be absolute and stay inside /', () => {
    expect(imagePath('/opt//model/')).toBe('opt/model');
    expect(() => imagePath('opt')).toThrow('must be an absolute path in the image');
    // POSIX resolves /.. to /, so nothing can climb out
    expect(imagePath('/opt/../../etc/x')).toBe('etc/x');
  });

  test('two sources at one path are refused', async () => {
    const a = await collectSource({ source: 'run.sh', destination: '/x' }, root);
    expect(() => layerMembers([...a, ...a], 'code')).toThrow('layer "code": two sources put something at /x');
  });
});

describe('planLayers', () => {
  test('weights (big files one layer each) → metadata → explicit layers → code', async () => {
    const plans = await planLayers(
      {
        weights: ['model'],
        metadata: ['model/sub/small.json'],
        layers: [parseLayerSpec('run.sh:/usr/local/bin/run')],
        code: ['run.sh'],
        modelDir: '/opt/model',
        appDir: '/opt/app',
        splitBytes: 1000,
      },
      root,
    );
    expect(plans.map((p) => [p.name, p.role])).toEqual([
      ['weights big.bin', 'weights'],
      ['weights', 'weights'],
      ['metadata', 'metadata'],
      ['layer 1 (/usr/local/bin/run)', 'files'],
      ['code', 'code'],
    ]);
    expect(paths(plans[0]!.members as never)).toEqual(['opt/', 'opt/model/', 'opt/model/big.bin']);
    expect(paths(plans[4]!.members as never)).toEqual(['opt/', 'opt/app/', 'opt/app/run.sh']);
  });

  test('parseLayerSpec splits at the last ":/"', () => {
    expect(parseLayerSpec('C:\\w\\m:/opt/m')).toEqual({ source: 'C:\\w\\m', destination: '/opt/m' });
    expect(() => parseLayerSpec('model')).toThrow('layer "model" is not SOURCE:/destination');
  });
});
