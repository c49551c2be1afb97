// cache: registry on a runner: the Actions cache (fake service, real @actions/cache) first, then the
// registry (real docker-registry); a registry hit is kept in the Actions cache.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { project } from './project.js';

let fake: FakeGitHub;
let registry: TestRegistry;
let saved: NodeJS.ProcessEnv;
beforeAll(async () => {
  [fake, registry] = await Promise.all([startFakeGitHub(), startRegistry({ auth: 'none' })]);
  saved = { ...process.env };
});
afterAll(async () => {
  process.env = saved;
  await Promise.all([fake?.stop(), registry?.stop()]);
});

const MAKE = 'mkdir -p out && tr a-z A-Z < in.txt > out/model.txt\n';
const MLCI_YML = `version: 1
train:
  stages:
    fit:
      cmd: sh make.sh
      deps: [in.txt, make.sh]
      outs: [out]
`;

function runnerProject(text: string) {
  const p = project({ 'mlci.yml': MLCI_YML, 'make.sh': MAKE, 'in.txt': text });
  mkdirSync(join(p.dir, '.runner-temp'));
  Object.assign(process.env, fake.env(), {
    RUNNER_TEMP: join(p.dir, '.runner-temp'),
    GITHUB_WORKSPACE: p.dir,
  });
  return p;
}

describe('cache: registry beside the Actions cache', () => {
  test('a miss saves to both; a runner whose Actions cache lacks it restores from the registry and keeps it', async () => {
    const inputs = { cache: 'registry', 'cache-registry': `${registry.host}/cache/runner` };
    const first = runnerProject('both');
    const run = await first.train(inputs, fake.env());
    expect(run.record.stages[0]).toMatchObject({ status: 'ran', cache: { save: 'saved' } });
    const key = run.record.stages[0]!.cache!.key;
    expect(fake.state.caches).toContainEqual(expect.objectContaining({ key, finalized: true }));

    // Another repository's runner: same inputs, an empty Actions cache.
    fake.state.caches.length = 0;
    const second = runnerProject('both');
    const restored = await second.train(inputs, fake.env());
    expect(restored.record.stages[0]).toMatchObject({
      status: 'cached',
      cache: { hit: true, source: 'registry' },
    });
    expect(second.read('out/model.txt')).toBe('BOTH');
    expect(fake.state.caches).toContainEqual(expect.objectContaining({ key, finalized: true }));

    // The next job on that runner hits the Actions cache.
    rmSync(join(second.dir, 'out'), { recursive: true });
    rmSync(join(second.dir, '.mlci'), { recursive: true });
    const third = await second.train(inputs, fake.env());
    expect(third.record.stages[0]).toMatchObject({ status: 'cached', cache: { source: 'github-actions' } });
  });
});
