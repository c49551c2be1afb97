import { describe, expect, test } from '@jest/globals';
import { commandLines } from '../../../../src/core/commands/command-lines.js';
import { COMMAND_LIMITS, parseComment } from '../../../../src/core/commands/grammar.js';

const commandOf = (body: string) => {
  const parsed = parseComment(body);
  return parsed.kind === 'command' ? parsed.command : parsed;
};

describe('parseComment: valid commands', () => {
  test.each([
    ['/mlci help', { verb: 'help' }],
    ['/mlci rerun', { verb: 'rerun' }],
    ['/mlci   rerun   ', { verb: 'rerun' }],
    ['/mlci\thelp', { verb: 'help' }],
    [
      '/mlci accept accuracy -- fairness fix',
      { verb: 'accept', metrics: ['accuracy'], reason: 'fairness fix' },
    ],
    [
      '/mlci accept accuracy,metrics.f1 -- costs 0.3 points -- known',
      { verb: 'accept', metrics: ['accuracy', 'metrics.f1'], reason: 'costs 0.3 points -- known' },
    ],
    ['/mlci accept accuracy, f1 -- r', { verb: 'accept', metrics: ['accuracy', 'f1'], reason: 'r' }],
    [
      '/mlci accept eval/metrics.json:recall@5 -- r',
      { verb: 'accept', metrics: ['eval/metrics.json:recall@5'], reason: 'r' },
    ],
    ['/mlci compare v1.4.0', { verb: 'compare', ref: 'v1.4.0', refKind: 'tag' }],
    ['/mlci compare models/iris-2', { verb: 'compare', ref: 'models/iris-2', refKind: 'tag' }],
    ['/mlci compare abc1234', { verb: 'compare', ref: 'abc1234', refKind: 'commit' }],
    ['/mlci compare ' + 'a'.repeat(40), { verb: 'compare', ref: 'a'.repeat(40), refKind: 'commit' }],
  ])('%j', (body, expected) => {
    expect(commandOf(body)).toEqual(expected);
  });

  test('a command on a later line counts, with its line number; CRLF bodies too', () => {
    expect(parseComment('Thanks, the drop is expected.\r\n\r\n/mlci accept accuracy -- fairness')).toEqual({
      kind: 'command',
      line: 3,
      command: { verb: 'accept', metrics: ['accuracy'], reason: 'fairness' },
    });
  });
});

describe('parseComment: not a command (nothing happens, no reply)', () => {
  test.each([
    ['plain text', 'LGTM'],
    ['empty', ''],
    ['a quote', '> /mlci accept accuracy -- quoted from someone'],
    ['a nested quote', '> > /mlci rerun'],
    ['an indented quote', '   > /mlci rerun'],
    ['a lazy continuation of a quote', '> they said\n/mlci accept accuracy -- still the quote'],
    ['a fenced code block', 'try:\n\n```\n/mlci accept accuracy -- x\n```'],
    ['a tilde fence', '~~~sh\n/mlci rerun\n~~~'],
    ['a fence closed by a longer fence only', '````\n```\n/mlci rerun\n````'],
    ['an unclosed fence', '```\n/mlci rerun'],
    ['an indented code block', 'example:\n\n    /mlci rerun'],
    ['a tab-indented line', '\t/mlci rerun'],
    ['an HTML comment', '<!--\n/mlci accept accuracy -- hidden\n-->'],
    ['mid-line', 'please run /mlci rerun'],
    ['leading space', ' /mlci rerun'],
    ['a longer word', '/mlcirerun'],
    ['zero-width space', '/mlci\u200baccept accuracy -- x'],
    ['full-width slash', '／mlci accept accuracy -- x'],
    ['upper case', '/MLCI rerun'],
    ['inline code', '`/mlci rerun`'],
  ])('%s', (_name, body) => {
    expect(parseComment(body)).toEqual({ kind: 'none' });
  });

  test('a quote ends at a blank line: the command after it counts', () => {
    expect(commandOf('> they said\n\n/mlci rerun')).toEqual({ verb: 'rerun' });
  });

  test('a command after a closed fence counts', () => {
    expect(commandOf('```\n/mlci accept a -- b\n```\n/mlci help')).toEqual({ verb: 'help' });
  });
});

describe('parseComment: invalid (a short reply with the help)', () => {
  test.each([
    ['/mlci', 'no command given', undefined],
    ['/mlci acceptx', 'unknown command', 'acceptx'],
    ['/mlci accept; rm -rf /', 'unknown command', 'accept;'],
    ['/mlci Help', 'unknown command', 'Help'],
    ['/mlci rerun now', '`rerun` takes no arguments', 'now'],
    ['/mlci help me', '`help` takes no arguments', 'me'],
    ['/mlci accept accuracy', /needs a reason/, undefined],
    ['/mlci accept accuracy --', /needs a reason/, undefined],
    ['/mlci accept accuracy --   ', /needs a reason/, undefined],
    ['/mlci accept -- because', /needs the metric/, undefined],
    ['/mlci accept accuracy--x', /needs a reason/, undefined],
    ['/mlci accept $(touch /tmp/pwned) -- x', 'not a metric name', '$(touch /tmp/pwned)'],
    ['/mlci accept acc;rm -- x', 'not a metric name', 'acc;rm'],
    ['/mlci accept acc`id` -- x', 'not a metric name', 'acc`id`'],
    ['/mlci accept a,,b -- x', 'an empty metric name in the list', 'a,,b'],
    ['/mlci accept a,a -- x', 'a metric is named twice', 'a,a'],
    ['/mlci accept a -- x\u202eevil', 'the reason contains control or invisible characters', undefined],
    ['/mlci accept a -- x\u200bhidden', 'the reason contains control or invisible characters', undefined],
    ['/mlci compare', /needs a release tag or a commit/, undefined],
    ['/mlci compare v1 v2', '`compare` takes one ref', 'v1 v2'],
    ['/mlci compare v1;id', 'not a release tag or a commit', 'v1;id'],
    ['/mlci compare $(id)', 'not a release tag or a commit', '$(id)'],
    ['/mlci compare ../../etc', 'not a release tag or a commit', '../../etc'],
    ['/mlci compare -rf', 'not a release tag or a commit', '-rf'],
    ['/mlci compare v1..v2', 'not a release tag or a commit', 'v1..v2'],
    ['/mlci compare main.lock', 'not a release tag or a commit', 'main.lock'],
    ['/mlci compare ' + 'a'.repeat(41), 'not a release tag or a commit', undefined],
  ])('%j', (body, problem, offending) => {
    const parsed = parseComment(body);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    if (typeof problem === 'string') expect(parsed.problem).toBe(problem);
    else expect(parsed.problem).toMatch(problem);
    if (offending !== undefined) expect(parsed.offending).toBe(offending);
  });

  test('a 6-hex ref is neither a commit nor refused as a tag by accident', () => {
    // "abc123" is a valid tag name: only 7 to 40 hex digits are commits.
    expect(commandOf('/mlci compare abc123')).toEqual({ verb: 'compare', ref: 'abc123', refKind: 'tag' });
  });

  test('two command lines: one command per comment', () => {
    const parsed = parseComment('/mlci help\n/mlci accept a -- b');
    expect(parsed).toEqual({ kind: 'invalid', problem: 'one command per comment, please', line: 2 });
  });

  test('limits: reason length, number and length of metrics, line length', () => {
    const ok = 'r'.repeat(COMMAND_LIMITS.reason);
    expect(commandOf(`/mlci accept a -- ${ok}`)).toMatchObject({ reason: ok });
    expect(parseComment(`/mlci accept a -- ${ok}r`)).toMatchObject({ problem: /longer than 500/ });
    const many = Array.from({ length: COMMAND_LIMITS.metrics + 1 }, (_, i) => `m${i}`).join(',');
    expect(parseComment(`/mlci accept ${many} -- r`)).toMatchObject({ problem: /at most 20 metrics/ });
    expect(parseComment(`/mlci accept ${'m'.repeat(101)} -- r`)).toMatchObject({
      problem: 'not a metric name',
    });
    expect(parseComment(`/mlci accept a -- ${'r'.repeat(3000)}`)).toMatchObject({
      problem: /line is longer/,
    });
  });
});

describe('commandLines', () => {
  test('reads at most 65,536 characters, in time linear in the body', () => {
    const body = `${'x\n'.repeat(40_000)}/mlci rerun`;
    expect(commandLines(body).some((l) => l.text === '/mlci rerun')).toBe(false);
    const fences = '```\n'.repeat(30_000);
    expect(commandLines(fences)).toEqual([]);
  });
});
