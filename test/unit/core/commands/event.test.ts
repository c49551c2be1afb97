import { describe, expect, test } from '@jest/globals';
import { commentEvent, type IssueCommentPayload } from '../../../../src/core/commands/event.js';
import { pullRequestComment, webhookExample } from '../../../harness/events.js';

// Loosely typed payloads for mutation in tests (the real ones are untyped JSON too).
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are edited field by field.
type Loose = Record<string, any>;

const payload = (change: (p: Loose) => void = () => {}): IssueCommentPayload => {
  const p = pullRequestComment({ body: '/mlci help', login: 'maintainer', number: 12 });
  change(p);
  return p as IssueCommentPayload;
};

describe('commentEvent (real @octokit/webhooks-examples payloads)', () => {
  test('a new comment on a pull request by a person is handled', () => {
    const p = payload();
    const event = commentEvent('issue_comment', p);
    expect(event).toEqual({
      handle: true,
      comment: {
        pullRequest: 12,
        commentId: (p.comment as { id: number }).id,
        commentUrl: (p.comment as { html_url: string }).html_url,
        body: '/mlci help',
        login: 'maintainer',
        createdAt: (p.comment as { created_at: string }).created_at,
      },
    });
  });

  test.each([
    ['another event', 'pull_request', payload(), /not issue_comment/],
    ['an edited comment', 'issue_comment', payload((p) => (p.action = 'edited')), /edited, not created/],
    ['a deleted comment', 'issue_comment', payload((p) => (p.action = 'deleted')), /deleted, not created/],
    [
      'a plain issue',
      'issue_comment',
      webhookExample('issue_comment', { action: 'created' }),
      /not a pull request/,
    ],
    ['a bot by type', 'issue_comment', payload((p) => (p.comment.user.type = 'Bot')), /bot/],
    [
      'a bot by login (mlci itself)',
      'issue_comment',
      payload((p) => (p.comment.user.login = 'github-actions[bot]')),
      /bot/,
    ],
    [
      'a comment posted through an app',
      'issue_comment',
      payload((p) => (p.comment.performed_via_github_app = { id: 1, slug: 'x' })),
      /GitHub App/,
    ],
    ['no author', 'issue_comment', payload((p) => (p.comment.user = null)), /no author/],
  ])('%s is ignored', (_name, eventName, p, why) => {
    const event = commentEvent(eventName, p as IssueCommentPayload);
    expect(event.handle).toBe(false);
    if (!event.handle) expect(event.why).toMatch(why);
  });

  test('the real edited example is ignored', () => {
    const edited = webhookExample('issue_comment', { action: 'edited' }) as Loose;
    edited.issue.pull_request = { url: 'x' };
    expect(commentEvent('issue_comment', edited).handle).toBe(false);
  });
});
