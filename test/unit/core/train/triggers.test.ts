import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../../../src/core/errors.js';
import { isPrivilegedEvent, saveBlockedBy, untrustedCheckout } from '../../../../src/core/train/triggers.js';

const a = 'a'.repeat(40);
const b = 'b'.repeat(40);

describe('isPrivilegedEvent / saveBlockedBy (TRIG-02)', () => {
  test.each([
    ['pull_request_target', true],
    ['issue_comment', true],
    ['workflow_run', true],
    ['pull_request', false],
    ['push', false],
    ['', false],
  ])('%s -> %s', (event, privileged) => {
    expect(isPrivilegedEvent(event)).toBe(privileged);
    expect(saveBlockedBy(event)).toBe(
      privileged ? `\`${event}\` runs share the default branch's cache, so they only restore` : undefined,
    );
  });
});

describe('untrustedCheckout (TRIG-01)', () => {
  test('another commit than the workflow’s is refused, exit 2, with both short SHAs and the way out', () => {
    const refusal = untrustedCheckout('pull_request_target', b, a);
    expect(refusal).toBeInstanceOf(UsageError);
    expect(refusal?.exitCode).toBe(2);
    expect(refusal?.message).toBe(
      `refusing to run training code under \`pull_request_target\`: the workspace is at ${b.slice(0, 12)}, not the workflow's commit ${a.slice(0, 12)}`,
    );
    expect(refusal?.details.hint).toMatch(/allow-untrusted-code: true/);
  });

  test.each([
    { name: 'the workflow’s own commit', head: a, sha: a },
    { name: 'not a git checkout', head: undefined, sha: a },
    { name: 'no GITHUB_SHA', head: b, sha: undefined },
  ])('runs: $name', ({ head, sha }) => {
    expect(untrustedCheckout('workflow_run', head, sha)).toBeUndefined();
  });
});
