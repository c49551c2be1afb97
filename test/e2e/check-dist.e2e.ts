import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';

const root = join(import.meta.dirname, '../..');
let fresh: string;

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(dir, path)));
    else files.push(path);
  }
  return files.sort();
}

// The same rebuild-and-diff that actions/reusable-workflows' check-dist does: a stale bundle or a
// hand-edited action.yml can never land.
describe('check-dist', () => {
  beforeAll(async () => {
    fresh = await mkdtemp(join(tmpdir(), 'mlci-dist-'));
    await promisify(execFile)(process.execPath, [join(root, 'scripts/build.mjs'), '--out', fresh], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
  }, 300_000);
  afterAll(() => rm(fresh, { recursive: true, force: true }));

  test('dist/ is exactly what `npm run build` produces from the sources', async () => {
    const committed = await listFiles(join(root, 'dist'));
    expect(committed).toEqual(await listFiles(join(fresh, 'dist')));
    const stale = [];
    for (const file of committed) {
      const [a, b] = await Promise.all([
        readFile(join(root, 'dist', file)),
        readFile(join(fresh, 'dist', file)),
      ]);
      if (!a.equals(b)) stale.push(file);
    }
    expect(stale).toEqual([]);
  });

  test('every action.yml is generated from its command spec', async () => {
    const ymls = [
      'action.yml',
      ...(await readdir(join(fresh, 'actions'))).map((name) => `actions/${name}/action.yml`),
    ];
    expect(ymls.length).toBeGreaterThan(6);
    for (const file of ymls) {
      expect(`${file}\n${await readFile(join(root, file), 'utf8')}`).toBe(
        `${file}\n${await readFile(join(fresh, file), 'utf8')}`,
      );
    }
  });
});
