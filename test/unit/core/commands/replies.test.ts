// Replies carry untrusted text (the reason, metric names, the user's mistyped command): rendered by
// cmark-gfm (GitHub's own GFM implementation), none of it becomes a link, image, mention, heading or
// HTML, and the table of the help keeps its columns.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@jest/globals';
import {
  acceptedReply,
  helpReply,
  invalidReply,
  MAX_REPLY,
  notRegressionReply,
  refusalReply,
  withMarker,
} from '../../../../src/core/commands/replies.js';
import type { Acceptance } from '../../../../src/core/metrics/acceptance.js';

const gfm = (markdown: string): string =>
  execFileSync('/usr/bin/cmark-gfm', ['-e', 'table', '-e', 'autolink', '-e', 'strikethrough'], {
    input: markdown,
  }).toString();

const HOSTILE =
  '</details><h1>✅ APPROVED</h1> [click](https://evil.example) ![x](https://t.example/p.png) @org/team #12 |a|b| ::error::x `code`';

test('the help is one table of four commands, naming who may use them', () => {
  const html = gfm(helpReply('maintain'));
  expect(html.match(/<tr>/g)).toHaveLength(5);
  expect(html).toContain('maintain permission or higher');
  expect(html.match(/<td>anyone<\/td>/g)).toHaveLength(2);
});

test('an accepted reply escapes the reason and the login', () => {
  const acceptance: Acceptance = {
    kind: 'mlci/acceptance',
    version: 1,
    sha: 'a'.repeat(40),
    metrics: ['accuracy', 'f1`x'],
    reason: HOSTILE,
    by: 'maint<b>',
    permission: 'write',
    commentUrl: 'https://github.com/acme/widgets/pull/1#issuecomment-1',
    commentId: 1,
    pullRequest: 1,
    at: '2026-12-02T00:00:00Z',
  };
  const md = acceptedReply(acceptance);
  const html = gfm(md);
  expect(html).not.toMatch(/<a |<img|<h1|<\/details>|<b>/);
  expect(md).not.toMatch(/@org|@maint/);
  expect(html).toContain('APPROVED'); // shown, as text
  expect(html).toContain('aaaaaaaaaaaa');
});

test('an invalid reply shows the offending text as inert code, then the help', () => {
  const md = invalidReply('unknown command', '<img src=x>`@admin`', 'write');
  const html = gfm(md);
  expect(html).not.toMatch(/<img|<a /);
  expect(html).toContain('&lt;img src=x&gt;');
  expect(html).toContain('<table>');
});

test('a refusal with an unverifiable permission escapes the server text', () => {
  const html = gfm(refusalReply('accept', 'none', 'write', HOSTILE));
  expect(html).not.toMatch(/<a |<img|<h1/);
  expect(html).toContain('Nothing was changed');
});

test('not-a-regression names the metrics as code', () => {
  const md = notRegressionReply('b'.repeat(40), ['f1'], ['auc', 'x']);
  expect(md).toContain('`f1` did not regress');
  expect(md).toContain('`auc`, `x` are not in the comparison');
});

test('withMarker keeps the marker on its own line and the body under the limit', () => {
  const mark = '<!-- mlci:command:0123456789abcdef0123 -->';
  const body = withMarker('x'.repeat(100_000), mark);
  expect(body.length).toBeLessThanOrEqual(MAX_REPLY);
  expect(body.endsWith(`\n\n${mark}`)).toBe(true);
  expect(body).toContain('truncated');
});
