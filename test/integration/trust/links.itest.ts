// Issue 9 §4: a symlink in a train output that points out of the workspace is an error naming the link
// (the rule build-image applies, core/fs/link-rule.ts), and its target's bytes reach no cache.
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runValidateData } from '../../support/validate-data-run.js';
import { project } from '../train/project.js';

let outside: string;
beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'mlci-secret-'));
  writeFileSync(join(outside, 'credentials'), 'aws_secret_access_key=TOPSECRET\n');
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const yml = (cmd: string) => `version: 1
train:
  stages:
    fit:
      cmd: ${cmd}
      deps: [in.txt]
      outs: [out]
`;

function cachedBytes(dir: string): string {
  const objects = join(dir, '.mlci/cache/objects');
  if (!existsSync(objects)) return '';
  return readdirSync(objects, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('');
}

describe('links in train outputs', () => {
  test('a link out of the workspace fails the stage naming the link; nothing of its target is cached', async () => {
    const p = project({
      'mlci.yml': yml(`mkdir -p out && echo model > out/model.txt && ln -s ${outside}/credentials out/creds`),
      'in.txt': 'x',
    });
    try {
      const run = await p.train();
      expect(run.error?.message ?? run.log).toMatch(/symlink "out\/creds" points outside the workspace/);
      expect(run.error).toBeDefined();
      expect(run.record.stages[0]!.status).toBe('failed');
      expect(cachedBytes(p.dir)).not.toContain('TOPSECRET');
    } finally {
      rmSync(p.dir, { recursive: true, force: true });
    }
  });

  test('a link that stays inside the workspace is stored and restored as a link', async () => {
    const p = project({
      'mlci.yml': yml('mkdir -p out && echo model > out/model.txt && ln -s model.txt out/latest'),
      'in.txt': 'x',
    });
    try {
      const run = await p.train();
      expect(run.error).toBeUndefined();
      expect(run.record.stages[0]!.status).toBe('ran');
      rmSync(join(p.dir, 'out'), { recursive: true });
      const again = await p.train();
      expect(again.record.stages[0]).toMatchObject({ status: 'cached', cache: { hit: true } });
      expect(lstatSync(join(p.dir, 'out/latest')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(p.dir, 'out/latest'))).toBe('model.txt');
      expect(p.read('out/latest')).toBe('model\n');
    } finally {
      rmSync(p.dir, { recursive: true, force: true });
    }
  });
});

describe('inputs outside the workspace', () => {
  test('on a runner: a warning naming the input; in the CLI: silent', async () => {
    writeFileSync(join(outside, 'data.csv'), 'id\n1\n');
    const data = join(outside, 'data.csv');
    const runner = await runValidateData({}, { data }, { env: { GITHUB_ACTIONS: 'true' } });
    try {
      expect(runner.exitCode).toBe(0);
      expect(runner.annotations).toContainEqual(
        expect.objectContaining({
          level: 'warning',
          message: expect.stringMatching(/^input `data` \(.*data\.csv\) resolves outside the workspace/),
        }),
      );
    } finally {
      rmSync(runner.dir, { recursive: true, force: true });
    }
    const cli = await runValidateData({}, { data });
    try {
      expect(cli.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    } finally {
      rmSync(cli.dir, { recursive: true, force: true });
    }
  });
});
