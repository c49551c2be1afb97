import { describe, expect, test } from '@jest/globals';
import {
  apiToken,
  artifactNames,
  baseBranch,
  baselineCommit,
  type EventPayload,
} from '../../../../src/core/metrics/baseline-ref.js';

const pr: EventPayload = {
  repository: { default_branch: 'trunk' },
  pull_request: { base: { ref: 'release' }, head: { sha: 'h'.repeat(40) } },
};
const push: EventPayload = { repository: { default_branch: 'trunk' } };

describe('baseBranch', () => {
  test.each([
    {
      name: 'base-ref input wins',
      input: 'v1',
      env: 'dev',
      event: pr,
      want: { defaultBranch: 'trunk', base: 'v1' },
    },
    {
      name: 'then GITHUB_BASE_REF',
      input: undefined,
      env: 'dev',
      event: pr,
      want: { defaultBranch: 'trunk', base: 'dev' },
    },
    {
      name: "then the PR's base",
      input: undefined,
      env: undefined,
      event: pr,
      want: { defaultBranch: 'trunk', base: 'release' },
    },
    {
      name: 'then the default branch',
      input: undefined,
      env: undefined,
      event: push,
      want: { defaultBranch: 'trunk', base: 'trunk' },
    },
    {
      name: 'main without an event',
      input: undefined,
      env: undefined,
      event: {},
      want: { defaultBranch: 'main', base: 'main' },
    },
  ])('$name', ({ input, env, event, want }) => {
    expect(baseBranch(input, env, event)).toEqual(want);
  });
});

describe('baselineCommit', () => {
  const parents: Record<string, string> = { head: 'parent' };
  test.each([
    { name: 'on a PR branch: the merge-base', mergeBase: 'mb', head: 'head', want: 'mb', asked: [] },
    {
      name: 'on the base branch: the parent of HEAD',
      mergeBase: 'head',
      head: 'head',
      want: 'parent',
      asked: ['head'],
    },
    {
      name: 'a first commit has no parent: the merge-base',
      mergeBase: 'root',
      head: 'root',
      want: 'root',
      asked: ['root'],
    },
    { name: 'HEAD unknown: the merge-base', mergeBase: 'mb', head: undefined, want: 'mb', asked: [] },
  ])('$name', async ({ mergeBase, head, want, asked }) => {
    const seen: string[] = [];
    const parentOf = async (sha: string) => {
      seen.push(sha);
      return parents[sha];
    };
    expect(await baselineCommit(mergeBase, head, parentOf)).toBe(want);
    expect(seen).toEqual(asked);
  });
});

// biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text of an unexpanded workflow expression
const UNEXPANDED = '${{ github.token }}';

describe('apiToken', () => {
  test.each([
    { input: 'ghs_input', env: 'ghs_env', want: 'ghs_input' },
    { input: UNEXPANDED, env: 'ghs_env', want: 'ghs_env' },
    { input: UNEXPANDED, env: undefined, want: undefined },
    { input: '', env: 'ghs_env', want: 'ghs_env' },
    { input: undefined, env: undefined, want: undefined },
  ])('input $input, GITHUB_TOKEN $env -> $want', ({ input, env, want }) => {
    expect(apiToken(input, env)).toBe(want);
  });
});

describe('artifactNames', () => {
  test("the candidate's base name first, then the defaults", () => {
    expect(artifactNames('out/eval/scores.json', ['metrics.json'])).toEqual(['scores.json', 'metrics.json']);
    expect(artifactNames(undefined, ['metrics.json'])).toEqual(['metrics.json']);
  });
});
