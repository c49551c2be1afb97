import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { schemaDiffAgainstBase } from '../../../src/platform/git/base-schema.js';
import { showAtRef } from '../../../src/platform/git/show.js';
import { diffSchemas } from '../../../src/core/data/schema-diff/schema-diff.js';
import { git, shallowPrClone } from '../../support/git-repo.js';

describe('showAtRef', () => {
  let root: string;
  let clone: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mlci-git-show-'));
    // A real origin and a shallow, single-branch clone of a PR branch, as actions/checkout leaves it.
    ({ clone } = shallowPrClone(root, {
      base: {
        'data/schema.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }] }),
        'data/broken.yaml': 'fields: 3\n',
      },
      pr: {
        'data/schema.json': JSON.stringify({
          fields: [
            { name: 'id', type: 'string' },
            { name: 'x', type: 'number' },
          ],
        }),
        'data/new.json': '{}',
      },
    }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('fetches the base of a shallow clone and returns the file as it is there', async () => {
    expect(() => git(clone, 'rev-parse', '--verify', '--quiet', 'origin/main')).toThrow();
    const text = await showAtRef({ cwd: join(clone, 'data'), ref: 'main', path: 'schema.json' });
    const head = JSON.parse(git(clone, 'show', 'HEAD:data/schema.json'));
    const diff = diffSchemas(JSON.parse(text!), head);
    expect(diff.retyped).toEqual([{ name: 'id', from: 'integer', to: 'string' }]);
    expect(diff.added).toEqual([{ name: 'x', type: 'number' }]);
  });

  test('schemaDiffAgainstBase loads the base schema and diffs it; a new file and a broken base are reported', async () => {
    const head = {
      fields: [
        { name: 'id', type: 'string' },
        { name: 'x', type: 'number' },
      ],
    };
    const result = await schemaDiffAgainstBase({ cwd: clone, ref: 'main', path: 'data/schema.json', head });
    expect(result.status).toBe('compared');
    expect(result.status === 'compared' && result.diff.retyped).toEqual([
      { name: 'id', from: 'integer', to: 'string' },
    ]);
    expect(
      (await schemaDiffAgainstBase({ cwd: clone, ref: 'main', path: 'data/new.json', head })).status,
    ).toBe('new-file');
    const broken = await schemaDiffAgainstBase({ cwd: clone, ref: 'main', path: 'data/broken.yaml', head });
    expect(broken).toMatchObject({
      status: 'unreadable',
      message: expect.stringMatching(/^main:data\/broken\.yaml:1:\d+: invalid schema/),
    });
  });

  test('a file the PR adds does not exist on the base: undefined', async () => {
    expect(await showAtRef({ cwd: clone, ref: 'main', path: 'data/new.json' })).toBeUndefined();
  });

  test('refuses refs that git could read as options, and names a base it cannot find', async () => {
    await expect(showAtRef({ cwd: clone, ref: '--upload-pack=touch pwned', path: 'x' })).rejects.toThrow(
      /not a branch, tag or commit name/,
    );
    await expect(showAtRef({ cwd: clone, ref: 'no-such-branch', path: 'x' })).rejects.toThrow(
      /cannot find the base "no-such-branch"/,
    );
    await expect(showAtRef({ cwd: clone, ref: 'main', path: '../../etc/passwd' })).rejects.toThrow(/outside/);
  });
});
