import { describe, expect, test } from '@jest/globals';
import { BUNDLE_LIMITS, readBundle } from '../../../../src/core/report/bundle.js';

const SHA = 'ab'.repeat(20);
const RUN = { id: 9, headSha: SHA, pullRequests: [] };
const enc = (text: string) => new TextEncoder().encode(text);
const REPORT = JSON.stringify({ kind: 'mlci/run-record', version: 1, status: 'passed', stages: [] });
const META = {
  kind: 'mlci/report-bundle',
  version: 1,
  pullRequest: 7,
  headSha: SHA,
  job: 'eval',
  key: '',
  reports: ['a.json'],
};

function files(
  extra: Record<string, string> = {},
  meta: Record<string, unknown> = META,
): Map<string, Uint8Array> {
  return new Map(
    Object.entries({ 'meta.json': JSON.stringify(meta), 'reports/a.json': REPORT, ...extra }).map(
      ([k, v]) => [k, enc(v)],
    ),
  );
}

test('a well-formed bundle gives its meta and parsed reports', () => {
  const { meta, reports } = readBundle(files({ 'report.md': '# hi' }), RUN);
  expect(meta.pullRequest).toBe(7);
  expect(reports.map((r) => [r.file, r.kind])).toEqual([['a.json', 'mlci/run-record']]);
});

describe('rejected, naming why', () => {
  test.each([
    ['a traversal entry', files({ '../evil.json': REPORT }), /unexpected entry "\.\.\/evil\.json"/],
    ['a nested path', files({ 'reports/x/../a.json': REPORT }), /unexpected entry/],
    ['a script', files({ 'run.sh': 'x' }), /unexpected entry "run\.sh"/],
    [
      'another head SHA',
      files({}, { ...META, headSha: 'cd'.repeat(20) }),
      /head SHA cdcd.* is not the triggering run's/,
    ],
    [
      'a listed report missing',
      files({}, { ...META, reports: ['a.json', 'b.json'] }),
      /reports\/b\.json is listed but missing/,
    ],
    [
      'a report of a newer version',
      files({ 'reports/a.json': '{"kind":"mlci/run-record","version":7}' }),
      /version 7; this mlci reads up to version 1/,
    ],
    ['a meta of another kind', files({}, { ...META, kind: 'x' }), /not an mlci\/report-bundle/],
    ['no PR number', files({}, { ...META, pullRequest: -1 }), /no PR number/],
  ])('%s', (_name, bundle, message) => {
    expect(() => readBundle(bundle, RUN)).toThrow(message);
  });

  test('a PR the run does not name, when it names any', () => {
    expect(() => readBundle(files(), { ...RUN, pullRequests: [8] })).toThrow(
      /PR #7 is not the triggering run's \(#8\)/,
    );
  });

  test('a file over the per-file cap', () => {
    const big = new Map(files());
    big.set('report.md', new Uint8Array(BUNDLE_LIMITS.fileBytes + 1));
    expect(() => readBundle(big, RUN)).toThrow(/"report\.md" is larger than/);
  });
});
