import { expect, test } from '@jest/globals';
import {
  historyRow,
  parseInstant,
  productionAt,
  productionHistory,
  renderHistoryMarkdown,
  renderHistoryText,
} from '../../../../src/core/release/history.js';
import { parseReleaseRecord, serializeRecord } from '../../../../src/core/release/record.js';
import { digestOf, sampleRecord } from '../../../support/release-record.js';

const v130 = sampleRecord({
  tag: 'v1.3.0',
  releasedAt: '2027-02-01T10:00:00.000Z',
  image: { reference: 'r', digest: digestOf(3), tags: [], rebuild: null },
});
const v140 = sampleRecord({ tag: 'v1.4.0', releasedAt: '2027-03-05T10:00:00.000Z', first: false });
const back = sampleRecord({
  tag: 'rollback-1',
  release: '1.3.0',
  releasedAt: '2027-03-06T09:00:00.000Z',
  rollback: { to: { tag: 'v1.3.0', version: '1.3.0', digest: digestOf(3) } },
});
const other = sampleRecord({ tag: 'churn-v9.0.0', model: 'churn', releasedAt: '2027-03-07T00:00:00.000Z' });

test('history is newest first by release time, not by listing order', () => {
  expect(productionHistory([v130, back, v140]).map((r) => r.tag)).toEqual(['rollback-1', 'v1.4.0', 'v1.3.0']);
});

test('--model keeps one model', () => {
  expect(productionHistory([v130, other, v140], 'churn').map((r) => r.tag)).toEqual(['churn-v9.0.0']);
});

test('--at: the newest change at or before the instant', () => {
  const history = productionHistory([v130, v140, back]);
  expect(productionAt(history, parseInstant('2027-03-01T12:00Z'))?.tag).toBe('v1.3.0');
  expect(productionAt(history, parseInstant('2027-03-05T10:00Z'))?.tag).toBe('v1.4.0');
  expect(productionAt(history, parseInstant('2027-03-05T09:59:59Z'))?.tag).toBe('v1.3.0');
  expect(productionAt(history, parseInstant('2027-03-06'))?.tag).toBe('rollback-1');
  expect(productionAt(history, parseInstant('2027-01-01'))).toBeUndefined();
});

test('instants need a zone with a time', () => {
  expect(parseInstant('2027-03-01T12:00+02:00')).toBe(Date.parse('2027-03-01T10:00Z'));
  expect(() => parseInstant('2027-03-01T12:00')).toThrow(/ISO 8601 date or time with a zone/);
  expect(() => parseInstant('yesterday')).toThrow(/got "yesterday"/);
});

test('markdown escapes stored text and draws an oldest-first timeline without mermaid syntax from the data', () => {
  const evil = sampleRecord({
    tag: 'v2.0.0',
    releasedAt: '2027-04-01T00:00:00.000Z',
    who: { actor: '@everyone', triggeringActor: null, tagger: null },
    why: { source: 'tag-message', text: '<img src=x> | broke: the table\nsecond line' },
  });
  const md = renderHistoryMarkdown(productionHistory([v130, evil]).map(historyRow));
  expect(md).not.toMatch(/(?<!\\)<img/);
  expect(md).toContain('\\<img src=x\\> \\| broke: the table |');
  expect(md).not.toContain('second line');
  expect(md).not.toMatch(/@everyone/);
  const timeline = md.slice(md.indexOf('```mermaid'));
  expect(timeline.split('\n').slice(3, 5)).toEqual([
    '    2027-02-01 : 1.3.0 by alice',
    '    2027-04-01 : 2.0.0 by at everyone',
  ]);
});

test('text table: one line per record, rollback shown', () => {
  const text = renderHistoryText(productionHistory([v130, back]).map(historyRow));
  const lines = text.trimEnd().split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(/^1\.3\.0 +2027-03-06T09:00:00\.000Z +alice +0{12} +to v1\.3\.0 +accuracy=0\.9/);
});

test('a stored record round-trips, and broken ones say why', () => {
  expect(parseReleaseRecord(serializeRecord(v140))).toEqual(v140);
  expect(parseReleaseRecord('nope')).toBe('not JSON');
  expect(parseReleaseRecord('{"kind":"mlci/run-record"}')).toBe('not an mlci/release-record');
  expect(parseReleaseRecord(JSON.stringify({ ...v140, releasedAt: 'soon' }))).toBe(
    '`releasedAt` is not a time',
  );
  expect(parseReleaseRecord(JSON.stringify({ ...v140, image: { digest: 'sha256:zz' } }))).toMatch(
    /image\.digest/,
  );
  expect(parseReleaseRecord(JSON.stringify({ ...v140, version: 2 }))).toMatch(/version 2/);
});

test('text table: control characters in stored text are shown, not sent to the terminal', () => {
  const evil = sampleRecord({
    who: { actor: '\u001b[31mroot', triggeringActor: null, tagger: null },
    why: { source: 'input', text: 'a\u202eb' },
  });
  const text = renderHistoryText([historyRow(evil)]);
  expect(text).not.toMatch(/[\u001b\u202e]/);
  expect(text).toContain('\\u001b[31mroot');
  expect(text).toContain('a\\u202eb');
});
