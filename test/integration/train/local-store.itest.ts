// The local cache store on a real filesystem: a restore lands every file in place (several copied at once),
// and a refused entry writes nothing: every check runs before the first byte is copied.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { hashOutputs, removeOutputs } from '../../../src/platform/cache/outputs.js';
import { localStore } from '../../../src/platform/cache/local-store.js';
import type { CacheManifest } from '../../../src/platform/cache/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace with model/ (nested files, one executable) saved to a local store under key k1. */
async function savedWorkspace(files = 12) {
  const root = mkdtempSync(join(tmpdir(), 'mlci-local-store-'));
  dirs.push(root);
  mkdirSync(join(root, 'model/deep'), { recursive: true });
  for (let i = 0; i < files; i++)
    writeFileSync(join(root, `model/${i % 2 ? 'deep/' : ''}part-${i}.bin`), `bytes of ${i}\n`.repeat(i + 1));
  chmodSync(join(root, 'model/part-0.bin'), 0o755);
  const warnings: string[] = [];
  const store = localStore({ dir: join(root, '.mlci/cache'), root, warn: (m) => warnings.push(m) });
  const { files: stored } = await hashOutputs(root, ['model']);
  const manifest: CacheManifest = {
    kind: 'mlci/cache-entry',
    version: 1,
    key: 'k1',
    inputs: {} as never,
    files: stored,
  };
  expect(await store.save(manifest)).toBe('saved');
  const snapshot = Object.fromEntries(stored.map((f) => [f.path, readFileSync(join(root, f.path), 'utf8')]));
  return { root, store, stored, snapshot, warnings, entry: join(root, '.mlci/cache/entries/k1.json') };
}

const leftovers = (root: string) =>
  existsSync(join(root, '.mlci/tmp')) ? readdirSync(join(root, '.mlci/tmp')) : [];

describe('local cache store', () => {
  test('restores every file with its content and exec bit, and leaves no staging dir', async () => {
    const { root, store, stored, snapshot } = await savedWorkspace();
    await removeOutputs(root, ['model']);
    const hit = await store.restore('k1', ['model']);
    expect(hit?.files.map((f) => f.path)).toEqual(stored.map((f) => f.path));
    for (const [path, text] of Object.entries(snapshot))
      expect(readFileSync(join(root, path), 'utf8')).toBe(text);
    expect(statSync(join(root, 'model/part-0.bin')).mode & 0o111).not.toBe(0);
    expect(statSync(join(root, 'model/deep/part-1.bin')).mode & 0o111).toBe(0);
    expect(leftovers(root)).toEqual([]);
  });

  test.each([
    [
      'an entry naming a file outside the outputs',
      'outside the stage',
      (entry: string) => {
        const manifest = JSON.parse(readFileSync(entry, 'utf8'));
        manifest.files.push({ ...manifest.files[0], path: 'src/evil.py' });
        writeFileSync(entry, JSON.stringify(manifest));
      },
    ],
    [
      'a truncated object (the last file of the entry)',
      'bytes, not',
      (entry: string) => {
        const manifest = JSON.parse(readFileSync(entry, 'utf8'));
        const last = manifest.files.at(-1);
        truncateSync(join(entry, '../../objects', last.sha256.slice(0, 2), last.sha256), 1);
      },
    ],
  ])('refuses %s before writing anything: a miss, the workspace as it was', async (_, why, damage) => {
    const { root, store, entry, warnings } = await savedWorkspace();
    damage(entry);
    writeFileSync(join(root, 'model/part-0.bin'), 'the workspace copy\n');
    rmSync(join(root, 'model/deep'), { recursive: true });
    expect(await store.restore('k1', ['model'])).toBeUndefined();
    expect(warnings.join('\n')).toContain(why);
    expect(readFileSync(join(root, 'model/part-0.bin'), 'utf8')).toBe('the workspace copy\n');
    expect(existsSync(join(root, 'model/deep'))).toBe(false);
    expect(leftovers(root)).toEqual([]);
  });
});
