import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { dataset, PYTHON, project, SKLEARN_TRAIN } from './project.js';

const MLCI_YML = `version: 1
train:
  stages:
    fit:
      cmd: ${PYTHON} train.py
      deps: [train.py, data.csv]
      outs: [out]
      metrics: [metrics.json]
      env: [MODE_C]
`;

const entries = (dir: string) => {
  const path = join(dir, '.mlci/cache/entries');
  return existsSync(path) ? readdirSync(path).length : 0;
};

describe('train with the local cache (real sklearn stage)', () => {
  test('miss, hit, dep change, untracked env, declared env', async () => {
    const p = project({ 'mlci.yml': MLCI_YML, 'train.py': SKLEARN_TRAIN, 'data.csv': dataset(200) });
    const first = await p.train();
    expect(first.error).toBeUndefined();
    expect(first.outputs).toMatchObject({ 'cache-hit': 'false', ran: 'fit' });
    expect(first.log).toContain('[fit] trained on 200 rows');
    const [stage] = first.record.stages;
    expect(stage).toMatchObject({ status: 'ran', exitCode: 0, cache: { hit: false, save: 'saved' } });
    expect(stage!.metrics['metrics.json']).toMatchObject({ n: 200 });
    expect(stage!.outputs.map((o) => o.path).sort()).toEqual(['metrics.json', 'out/model.pkl']);
    expect(stage!.resources?.cpuUserMs).toBeGreaterThan(0);
    expect(stage!.resources?.peakRssBytes).toBeGreaterThan(0);
    const model = p.read('out/model.pkl');

    rmSync(join(p.dir, 'out'), { recursive: true });
    const second = await p.train();
    expect(second.outputs).toMatchObject({ 'cache-hit': 'true', cached: 'fit', ran: '' });
    expect(second.log).toContain("Stage 'fit' didn't change, skipping");
    expect(p.read('out/model.pkl')).toBe(model);
    expect(second.record.stages[0]).toMatchObject({
      status: 'cached',
      cache: { hit: true, source: 'local' },
    });
    expect(second.record.stages[0]!.fingerprint).toBe(stage!.fingerprint);

    p.write('data.csv', dataset(300));
    const changed = await p.train();
    expect(changed.outputs.ran).toBe('fit');
    expect(changed.log).toContain('trained on 300 rows');

    const untracked = await p.train({}, { SOME_OTHER_VAR: 'x' });
    expect(untracked.outputs.cached).toBe('fit');

    const declared = await p.train({}, { MODE_C: '0.5' });
    expect(declared.outputs.ran).toBe('fit');
    const again = await p.train({}, { MODE_C: '0.5' });
    expect(again.outputs.cached).toBe('fit');

    // fingerprint --explain names what changed since the last run record.
    p.write('data.csv', dataset(310));
    const explained = await p.fingerprint({ explain: 'true' });
    expect(explained.stdout).toMatch(
      /changed since the run record[\s\S]*deps\.data\.csv: sha256:\w+ -> sha256:\w+/,
    );
  });

  test('a failing command is not cached and names the stage', async () => {
    const p = project({
      'mlci.yml': `version: 1\ntrain:\n  stages:\n    fit:\n      cmd: echo partial > model.txt; exit 3\n      outs: [model.txt]\n`,
    });
    const run = await p.train();
    expect(run.error?.message).toBe("stage 'fit': command exited with code 3");
    expect(run.error?.exitCode).toBe(1);
    expect(run.record.status).toBe('failed');
    expect(entries(p.dir)).toBe(0);
    const rerun = await p.train();
    expect(rerun.outputs.cached).toBe('');
  });

  test('bad input: missing dep, out not produced, params key missing', async () => {
    const p = project({
      'mlci.yml': `version: 1
train:
  stages:
    a:
      cmd: echo a
      deps: [nope.csv]
    b:
      cmd: echo b
      outs: [model.bin]
    c:
      cmd: echo c
      params: [train.lr]
`,
      'params.yaml': 'train:\n  epochs: 3\n',
    });
    expect((await p.train({ targets: 'a' })).error?.message).toBe(`stage 'a': dep "nope.csv" does not exist`);
    expect((await p.train({ targets: 'b' })).error?.message).toBe(
      `stage 'b': the command did not produce "model.bin"`,
    );
    const c = await p.train({ targets: 'c' });
    expect(c.error?.message).toBe("stage 'c': params key 'train.lr' does not exist in params.yaml");
    expect(c.error?.exitCode).toBe(2);
  });

  test('a timeout kills the whole process tree', async () => {
    const p = project({
      'mlci.yml': `version: 1\ntrain:\n  stages:\n    slow:\n      cmd: sleep 60 & echo $! > child.pid; sleep 60\n      timeout: 1\n`,
    });
    const run = await p.train();
    expect(run.error?.message).toMatch(
      /^stage 'slow': timed out after 1 s; sent SIGTERM to [2-9] processes found through /,
    );
    // Gone, or a zombie waiting for PID 1 to reap it (containers often run no init): not running either way.
    const stat = `/proc/${Number(p.read('child.pid'))}/stat`;
    const state = existsSync(stat) ? readFileSync(stat, 'utf8').split(') ')[1]![0] : 'gone';
    expect(['gone', 'Z', 'X']).toContain(state);
  });

  test('a background process neither holds the stage nor turns a success into a timeout', async () => {
    const p = project({
      'mlci.yml': `version: 1\ntrain:\n  stages:\n    board:\n      cmd: sleep 60 & echo done > out.txt\n      outs: [out.txt]\n      timeout: 3s\n`,
    });
    const started = performance.now();
    const run = await p.train();
    expect(run.error).toBeUndefined();
    expect(run.record.stages[0]).toMatchObject({ status: 'ran', exitCode: 0 });
    expect((performance.now() - started) / 1000).toBeLessThan(3);
    expect(run.log).toMatch(/stage 'board': the command exited and left 1 process running: sent SIGTERM/);
  });

  test('verify catches a non-deterministic script and says by how much', async () => {
    const script = `import json, os\nopen("model.bin", "wb").write(os.urandom(16))\njson.dump({"acc": int.from_bytes(os.urandom(2), "big") / 65536}, open("m.json", "w"))\n`;
    const p = project({
      'mlci.yml': `version: 1\ntrain:\n  stages:\n    fit:\n      cmd: ${PYTHON} t.py\n      deps: [t.py]\n      outs: [model.bin]\n      metrics: [m.json]\n      verify: true\n`,
      't.py': script,
    });
    const run = await p.train();
    expect(run.error?.message).toContain(
      "stage 'fit': is not reproducible: m.json differs; model.bin differs;",
    );
    expect(run.error?.message).toMatch(/m\.json: acc [\d.]+ -> [\d.]+ \(Δ [-+][\d.e-]+\)/);
    expect(run.record.stages[0]!.verify?.identical).toBe(false);
    expect(entries(p.dir)).toBe(0);
  });

  test('verify passes a deterministic sklearn stage', async () => {
    const p = project({
      'mlci.yml': MLCI_YML.replace('env: [MODE_C]', 'verify: true'),
      'train.py': SKLEARN_TRAIN,
      'data.csv': dataset(100),
    });
    const run = await p.train();
    expect(run.error).toBeUndefined();
    expect(run.record.stages[0]!.verify).toMatchObject({ identical: true, against: 'run' });
  });

  test('a DAG from dvc.yaml, keep-going, and a seeded environment', async () => {
    const p = project({
      'dvc.yaml': `stages:
  prepare:
    cmd: echo "$MLCI_SEED $PYTHONHASHSEED $CUBLAS_WORKSPACE_CONFIG $SECRET." > prepared.txt
    outs: [prepared.txt]
  train:
    cmd: cat prepared.txt > model.txt
    deps: [prepared.txt]
    outs: [model.txt]
  broken:
    cmd: exit 1
  after-broken:
    cmd: echo never
    deps: [x.txt]
  x:
    cmd: exit 2
    outs: [x.txt]
`,
    });
    const run = await p.train({ 'keep-going': 'true' }, { SECRET: 'leaked' });
    expect(run.error?.message).toContain('2 stage(s) failed');
    expect(run.log).toContain("Stages 'after-broken' will be skipped due to the failure of 'x'");
    expect(p.read('model.txt')).toBe('0 0 :4096:8 .\n');
    const status = Object.fromEntries(run.record.stages.map((s) => [s.stage, s.status]));
    expect(status).toEqual({
      prepare: 'ran',
      train: 'ran',
      broken: 'failed',
      'after-broken': 'skipped',
      x: 'failed',
    });
  });

  test('single stage as inputs', async () => {
    const p = project({ 'in.txt': 'hello' });
    const inputs = { cmd: 'tr a-z A-Z < in.txt > out.txt', deps: 'in.txt', outs: 'out.txt', name: 'upper' };
    expect((await p.train(inputs)).outputs.ran).toBe('upper');
    expect(p.read('out.txt')).toBe('HELLO');
    expect((await p.train(inputs)).outputs.cached).toBe('upper');
  });
});

describe('DVC stage semantics and params, on real files', () => {
  test('persist outputs survive a re-run; frozen stages do not run; always_changed always runs', async () => {
    const p = project({
      'dvc.yaml': `stages:
  resume:
    cmd: echo step >> ckpt.txt; wc -l < ckpt.txt > n.txt
    deps: [dep.txt]
    outs:
    - ckpt.txt:
        persist: true
    - n.txt
  fixed:
    cmd: echo rebuilt > fixed.txt
    frozen: true
    outs: [fixed.txt]
  clock:
    cmd: echo tick >> ticks.log; cp ticks.log ticks.txt
    always_changed: true
    outs: [ticks.txt]
`,
      'dep.txt': 'a\n',
      'fixed.txt': 'hand-made\n',
    });
    const first = await p.train();
    expect(first.error).toBeUndefined();
    expect(first.log).toContain("Stage 'fixed' is frozen: not run");
    p.write('dep.txt', 'b\n');
    const second = await p.train();
    expect(second.outputs.ran).toBe('resume,clock');
    expect(p.read('n.txt').trim()).toBe('2'); // the checkpoint of the first run was still there
    expect(p.read('fixed.txt')).toBe('hand-made\n');
    expect(p.read('ticks.txt')).toBe('tick\ntick\n');
    expect(second.record.stages.find((s) => s.stage === 'fixed')?.status).toBe('frozen');
  });

  test('changing a param value re-runs the stage instead of restoring the stale model', async () => {
    const p = project({
      'mlci.yml': `version: 1\ntrain:\n  stages:\n    fit:\n      cmd: printenv MLCI_PARAMS > model.txt\n      params: [train.lr]\n      outs: [model.txt]\n`,
      'params.yaml': 'train:\n  lr: 0.1\n  epochs: 3\n',
    });
    expect((await p.train()).outputs.ran).toBe('fit');
    expect((await p.train()).outputs.cached).toBe('fit');
    p.write('params.yaml', 'train:\n  lr: 0.2\n  epochs: 3\n');
    const changed = await p.train();
    expect(changed.outputs.ran).toBe('fit');
    expect(JSON.parse(p.read('model.txt'))).toEqual({ 'params.yaml': { 'train.lr': 0.2 } });
  });
});

describe('a dep that becomes tracked by git with the same bytes', () => {
  test('does not re-run the stage, and --explain says why the ids differ', async () => {
    const p = project({
      'mlci.yml': `version: 1\ntrain:\n  stages:\n    fit:\n      cmd: cat data.csv data/*.csv > model.txt\n      deps: [data.csv, data]\n      outs: [model.txt]\n`,
      'data.csv': 'x\n1\n',
      'data/a.csv': 'x\n2\n',
    });
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', p.dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        encoding: 'utf8',
      });
    git('init', '-q', '-b', 'trunk');
    const first = await p.train();
    expect(first.outputs.ran).toBe('fit');
    expect(first.record.git).toEqual({ commit: null, ref: 'refs/heads/trunk' }); // unborn branch: no commit yet
    expect(first.record.stages[0]!.inputs!.deps['data.csv']).toMatch(/^sha256:/);

    git('add', 'data.csv', 'data');
    git('commit', '-q', '-m', 'track the data');
    const explained = await p.fingerprint({ explain: 'true' });
    expect(explained.stdout).toMatch(
      /deps\.data\.csv: sha256:\w+ -> git-sha1:\w+ \(now tracked by git, content unchanged\)/,
    );
    expect(explained.stdout).toContain('only id kinds changed: the stage would be restored from the cache');

    const second = await p.train();
    expect(second.record.stages[0]!.inputs!.deps['data.csv']).toMatch(/^git-sha1:/);
    expect(second.outputs).toMatchObject({ ran: '', cached: 'fit' });
    expect(second.log).toContain('deps now tracked by git and their content unchanged');
    const third = await p.train();
    expect(third.log).toContain("Stage 'fit' didn't change, skipping");
    // The run record's git.ref comes from git itself when GITHUB_REF is not set (a laptop).
    expect(third.record.git).toEqual({ commit: git('rev-parse', 'HEAD').trim(), ref: 'refs/heads/trunk' });
    git('tag', 'v1.0.0');
    git('checkout', '-q', '--detach');
    expect((await p.train()).record.git.ref).toBe('refs/tags/v1.0.0');
    git('checkout', '-q', 'trunk');

    // Different bytes are still a change.
    p.write('data/a.csv', 'x\n3\n');
    git('add', 'data');
    expect((await p.train()).outputs.ran).toBe('fit');
  });
});

describe('privileged events (TRIG-01)', () => {
  test('refuses to run a checkout that is not the workflow’s own commit, unless allowed', async () => {
    const p = project({ 'in.txt': 'x' });
    const git = (...args: string[]) => execFileSync('git', ['-C', p.dir, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'pr head');
    const head = git('rev-parse', 'HEAD').trim();
    const inputs = { cmd: 'cp in.txt out.txt', deps: 'in.txt', outs: 'out.txt' };
    const env = { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_SHA: 'a'.repeat(40) };
    const refused = await p.train(inputs, env);
    expect(refused.error?.message).toContain('refusing to run training code under `pull_request_target`');
    expect(refused.error?.exitCode).toBe(2);
    expect(existsSync(join(p.dir, 'out.txt'))).toBe(false);
    expect((await p.train({ ...inputs, 'allow-untrusted-code': 'true' }, env)).outputs.ran).toBe('train');
    expect((await p.train({ ...inputs, force: 'true' }, { ...env, GITHUB_SHA: head })).outputs.ran).toBe(
      'train',
    );
  });
});

describe('the umbrella pipeline', () => {
  test('`mlci run` passes the train section (inputs and stages) to train', async () => {
    const { run } = await import('../../../src/actions/run/run.js');
    const { cliIO } = await import('../../../src/platform/cli-io.js');
    const p = project({
      'mlci.yml':
        'version: 1\ntrain:\n  cache: local\n  record: out/record.json\n  stages:\n    hello:\n      cmd: echo hi > hi.txt\n      outs: [hi.txt]\n',
    });
    const lines: string[] = [];
    const io = cliIO({
      inputs: new Map(),
      env: { PATH: process.env.PATH },
      cwd: p.dir,
      write: (text) => lines.push(text),
    });
    await run(io);
    expect(p.read('hi.txt')).toBe('hi\n');
    expect(JSON.parse(p.read('out/record.json'))).toMatchObject({
      kind: 'mlci/run-record',
      stages: [{ stage: 'hello', status: 'ran' }],
    });
  });
});

describe('TRIG-02: privileged events restore but never save', () => {
  test.each(['pull_request_target', 'issue_comment', 'workflow_run'])('%s', async (event) => {
    const p = project({ 'in.txt': 'x' });
    const inputs = { cmd: 'cp in.txt out.txt', deps: 'in.txt', outs: 'out.txt' };
    const run = await p.train(inputs, { GITHUB_EVENT_NAME: event });
    expect(run.record.stages[0]!.cache?.save).toMatch(
      /^skipped: `\w+` runs share the default branch's cache/,
    );
    expect((await p.train(inputs, { GITHUB_EVENT_NAME: 'push' })).record.stages[0]!.cache?.save).toBe(
      'saved',
    );
    expect((await p.train(inputs, { GITHUB_EVENT_NAME: event })).outputs.cached).toBe('train');
  });
});

describe('verify against the cache', () => {
  test('a cache hit with verify runs once and compares with the restored outputs', async () => {
    const script = `import os\nopen("model.bin", "wb").write(os.urandom(8) if os.path.exists("noisy") else b"stable")\n`;
    const yml = (verify: boolean) =>
      `version: 1\ntrain:\n  stages:\n    fit:\n      cmd: ${PYTHON} t.py\n      deps: [t.py]\n      outs: [model.bin]\n      verify: ${verify}\n`;
    const p = project({ 'mlci.yml': yml(false), 't.py': script });
    expect((await p.train()).outputs.ran).toBe('fit');
    p.write('mlci.yml', yml(true)); // verify is not an input of the fingerprint: same key, a hit
    const same = await p.train();
    expect(same.error).toBeUndefined();
    expect(same.record.stages[0]!.verify).toMatchObject({ identical: true, against: 'cache' });
    p.write('noisy', ''); // not a declared dep: the script now behaves differently for the same key
    const noisy = await p.train();
    expect(noisy.error?.message).toBe("stage 'fit': is not reproducible: model.bin differs");
    expect(noisy.record.stages[0]!.verify).toMatchObject({ identical: false, against: 'cache' });
  });
});

describe('secrets', () => {
  test('pass-env values reach the command and are masked in the log; env values are never stored', async () => {
    const p = project({
      'mlci.yml': `version: 1\ntrain:\n  stages:\n    fit:\n      cmd: echo "token=$API_TOKEN mode=$MODE" > seen.txt; echo "token=$API_TOKEN"\n      outs: [seen.txt]\n      env: [MODE]\n      pass-env: [API_TOKEN]\n`,
    });
    const run = await p.train({}, { API_TOKEN: 's3cr3t-value', MODE: 'private-mode' });
    expect(p.read('seen.txt')).toBe('token=s3cr3t-value mode=private-mode\n');
    expect(run.log).toContain('[fit] token=***');
    expect(run.log).not.toContain('s3cr3t-value');
    expect(JSON.stringify(run.record)).not.toContain('private-mode');
    expect(JSON.stringify(run.record)).not.toContain('s3cr3t-value');
  });
});
