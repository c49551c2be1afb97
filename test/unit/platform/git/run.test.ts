import { describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitTime, headCommit, originUrl } from '../../../../src/platform/git/commit.js';
import { git, isSafeRef, tryGit } from '../../../../src/platform/git/run.js';

describe('isSafeRef', () => {
  test.each([
    ['main', true],
    ['release/v1.2', true],
    ['a'.repeat(40), true],
    ['--upload-pack=touch /tmp/x', false],
    ['-main', false],
    ['main..feature', false],
    ['main branch', false],
    ['', false],
  ])('%s -> %s', (ref, safe) => {
    expect(isSafeRef(ref)).toBe(safe);
  });
});

describe('outside a repository', () => {
  test('git throws an MlciError naming the subcommand; the try variants and lookups give undefined', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mlci-git-run-'));
    try {
      await expect(git(dir, ['rev-parse', 'HEAD'])).rejects.toThrow(/^git rev-parse failed: /);
      await expect(git(dir, ['rev-parse', 'HEAD'])).rejects.toMatchObject({ exitCode: 1 });
      expect(await tryGit(dir, ['rev-parse', 'HEAD'])).toBeUndefined();
      expect(await headCommit(dir)).toBeUndefined();
      expect(await commitTime(dir)).toBeUndefined();
      expect(await originUrl(dir)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
