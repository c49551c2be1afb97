import { describe, expect, test } from '@jest/globals';
import { remoteSaveBlockedBy } from '../../../../src/core/train/triggers.js';

const pr = (head: string | null, base = 'acme/model') => ({
  pull_request: {
    head: { repo: head === null ? null : { full_name: head } },
    base: { repo: { full_name: base } },
  },
});

describe('remoteSaveBlockedBy', () => {
  test('privileged events never save', () => {
    for (const event of ['pull_request_target', 'issue_comment', 'workflow_run'])
      expect(remoteSaveBlockedBy(event, pr('acme/model'))).toMatch(/only restore/);
  });

  test('a pull request from a fork (or a deleted fork) may not write; one from a branch may', () => {
    expect(remoteSaveBlockedBy('pull_request', pr('someone/model'))).toMatch(/fork/);
    expect(remoteSaveBlockedBy('pull_request', pr(null))).toMatch(/fork/);
    expect(remoteSaveBlockedBy('pull_request', pr('acme/model'))).toBeUndefined();
  });

  test('a pull request event without a payload cannot be trusted; review events are checked too', () => {
    expect(remoteSaveBlockedBy('pull_request', undefined)).toMatch(/does not say/);
    expect(remoteSaveBlockedBy('pull_request_review', pr('someone/model'))).toMatch(/fork/);
  });

  test('push, schedule and a laptop (no event) save', () => {
    expect(remoteSaveBlockedBy('push', undefined)).toBeUndefined();
    expect(remoteSaveBlockedBy('schedule', {})).toBeUndefined();
    expect(remoteSaveBlockedBy('', undefined)).toBeUndefined();
  });
});
