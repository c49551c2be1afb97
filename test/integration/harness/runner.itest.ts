// The runner emulation itself, with a small @actions/core action, on Node 20 and Node 24.
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { pullRequestComment, webhookExample } from '../../harness/events.js';
import { startFakeGitHub } from '../../harness/fake-github.js';
import { inputEnvName, runBundle } from '../../harness/runner.js';
import { parseKeyValueFile, parseWorkflowCommands } from '../../harness/workflow-files.js';

const probe = join(import.meta.dirname, '../../harness/fixtures/probe-action.mjs');
const actionYml = join(import.meta.dirname, '../../harness/fixtures/probe-action.yml');

describe('inputEnvName', () => {
  test('keeps hyphens, turns spaces into underscores, upper-cases', () => {
    expect(inputEnvName('who-to-greet')).toBe('INPUT_WHO-TO-GREET');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
    expect(inputEnvName('fail-on-drift')).toBe('INPUT_FAIL-ON-DRIFT');
  });
});

describe('parsers', () => {
  test('file commands: heredocs and name=value lines', () => {
    const text = 'a<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=plain\nempty<<EOF\n\nEOF\n';
    expect(parseKeyValueFile(text)).toEqual({ a: 'line 1\nline 2', b: 'plain', empty: '' });
    expect(() => parseKeyValueFile('a<<X\nno end\n')).toThrow(/unterminated/);
  });

  test('workflow commands: escaping and stop-commands', () => {
    const stdout = [
      '::error file=a%2Cb.yml,line=4,title=T%3A x::50%25 done%0Anext',
      'plain text ::error::not at line start',
      '::stop-commands::abc',
      '::warning::ignored',
      '::abc::',
      '::notice::after',
    ].join('\n');
    expect(parseWorkflowCommands(stdout)).toEqual([
      {
        command: 'error',
        properties: { file: 'a,b.yml', line: '4', title: 'T: x' },
        message: '50% done\nnext',
      },
      { command: 'notice', properties: {}, message: 'after' },
    ]);
  });
});

describe('event payloads', () => {
  test('a comment on a pull request, and a schedule run', async () => {
    const payload = pullRequestComment({ body: '/mlci accept', login: 'maintainer', number: 12 });
    expect(payload).toMatchObject({
      action: 'created',
      issue: { number: 12, pull_request: { url: expect.stringMatching(/\/pulls\/12$/) } },
      comment: { body: '/mlci accept', user: { login: 'maintainer' } },
    });
    const run = await runBundle({ bundle: probe, inputs: { 'who-to-greet': 'x' }, event: 'schedule' });
    expect(run.outputs.event).toBe('schedule::acme/widgets');
  });
});

describe.each(['node20', 'node24'] as const)('runBundle on %s', (node) => {
  test('gives the runner environment and reads back outputs, summary, annotations', async () => {
    const payload = webhookExample('pull_request', { action: 'opened' });
    const run = await runBundle({
      bundle: probe,
      node,
      inputs: { 'who-to-greet': 'world', 'my input': 'spaced out', colour: 'blue' },
      event: { name: 'pull_request', payload },
      actionYml,
    });
    expect(run.unexpectedInputs).toEqual(['colour']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.nodeVersion).toMatch(node === 'node20' ? /^v20\./ : /^v24\./);
    expect(run.outputs).toEqual({
      greeting: 'Hello world\nsecond line',
      spaced: 'spaced out',
      defaulted: 'debug', // the action.yml default, applied as the runner does
      node: run.nodeVersion,
      event: 'pull_request:opened:acme/widgets',
      ref: `refs/pull/${(payload.pull_request as { number: number }).number}/merge`,
    });
    expect(run.summary).toBe('<h1>Probe</h1>\nran fine\n');
    expect(run.exportedEnv).toEqual({ PROBE_EXPORTED: 'yes' });
    expect(run.addedPath).toEqual(['/opt/probe/bin']);
    expect(run.savedState).toEqual({ 'probe-state': 'kept' });
    expect(run.masks).toEqual(['s3cr3t']);
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message: 'careful, 50% done: a,b',
        title: 'Probe',
        file: 'mlci.yml',
        line: 3,
        col: 5,
      },
    ]);
    expect(run.env).toMatchObject({ CI: 'true', RUNNER_OS: 'Linux', GITHUB_WORKSPACE: run.workspace });
  });

  test('reports the exit code and error annotations of a failing action', async () => {
    const run = await runBundle({ bundle: probe, node, inputs: { 'who-to-greet': 'x', fail: true } });
    expect(run.exitCode).toBe(2);
    // The default event is a push to a branch, and the refs come from its payload.
    expect(run.env).toMatchObject({
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/master',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([
      { level: 'error', message: 'probe failed', file: 'data/train.csv', line: 12 },
    ]);
  });
});

test('a bundle reaches a fake GitHub served by the test process (asynchronous spawn)', async () => {
  const fake = await startFakeGitHub({ repository: 'acme/widgets' });
  try {
    const run = await runBundle({
      bundle: probe,
      inputs: { 'who-to-greet': 'x', comment: 'from the bundle' },
      env: fake.env(),
    });
    expect(run.outputs['comment-status']).toBe('201');
    expect(fake.state.comments.map((c) => [c.issueNumber, c.body, c.user])).toEqual([
      [1, 'from the bundle', 'github-actions[bot]'],
    ]);
  } finally {
    await fake.stop();
  }
});
