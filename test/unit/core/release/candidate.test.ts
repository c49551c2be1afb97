import { expect, test } from '@jest/globals';
import { compareRebuild, readCandidate, readImageReport } from '../../../../src/core/release/candidate.js';

const d = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}` as const;
const report = (digest: string, layers: [string, string, number][], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    kind: 'mlci/image-report',
    version: 1,
    image: 'reg.test/ml/model',
    digest,
    pushed: true,
    layers: layers.map(([name, role, n]) => ({ name, role, digest: d(n) })),
    ...extra,
  });
const files = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, Buffer.from(v)] as [string, Uint8Array]));

test('the artifact: image by kind whatever its name, run record as metrics with its lineage, predictions', () => {
  const runRecord = JSON.stringify({
    kind: 'mlci/run-record',
    version: 1,
    stages: [
      {
        stage: 'train',
        fingerprint: 'f'.repeat(64),
        inputs: { deps: { 'data/train.csv': 'abc' } },
        metrics: {},
      },
    ],
  });
  const c = readCandidate(
    files({
      'out/anything.json': report(d(9), [['weights', 'weights', 1]]),
      'run-record.json': runRecord,
      'metrics.json': '{"accuracy": 0.5}',
      'eval/predictions.jsonl': '{"id":"a","label":1,"prediction":1}\n',
    }),
  );
  expect(c.image).toEqual({
    reference: `reg.test/ml/model@${d(9)}`,
    digest: d(9),
    layers: [{ name: 'weights', role: 'weights', digest: d(1) }],
  });
  expect(c.metrics?.name).toBe('run-record.json');
  expect(c.predictions?.name).toBe('eval/predictions.jsonl');
  expect(c.fingerprints.model).toBe('f'.repeat(64));
  expect(c.fingerprints.data).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(c.fingerprints.run).toMatch(/^sha256:[0-9a-f]{64}$/);
});

test('without a run record, metrics.* is the metrics document', () => {
  expect(readCandidate(files({ 'metrics.json': '{"accuracy": 0.5}' })).metrics?.name).toBe('metrics.json');
});

test('two image reports are ambiguous; an image that was never pushed cannot be promoted', () => {
  expect(() => readCandidate(files({ 'a.json': report(d(1), []), 'b.json': report(d(2), []) }))).toThrow(
    'the candidate artifact holds 2 mlci/image-report files (a.json, b.json)',
  );
  expect(() => readCandidate(files({ 'a.json': report(d(1), [], { pushed: false }) }))).toThrow(
    /was not pushed/,
  );
  expect(() => readCandidate(files({ 'a.json': report('sha256:zz', []) }))).toThrow(/no sha256 digest/);
});

test('a rebuild: same digest is proof; else the first differing layer by position, named by the rebuild', () => {
  const reviewed = readCandidate(
    files({
      'i.json': report(d(10), [
        ['base', 'base', 1],
        ['weights', 'weights', 2],
        ['code', 'code', 3],
      ]),
    }),
  ).image!;
  const same = readImageReport({ name: 'r.json', text: report(d(10), [['base', 'base', 1]]) });
  expect(compareRebuild(reviewed, same)).toBeUndefined();
  const weights = readImageReport({
    name: 'r.json',
    text: report(d(11), [
      ['base', 'base', 1],
      ['weights', 'weights', 7],
      ['code', 'code', 8],
    ]),
  });
  expect(compareRebuild(reviewed, weights)).toBe(
    `layer 2 "weights" (weights) differs: reviewed ${d(2)}, rebuilt ${d(7)}`,
  );
  const extra = readImageReport({
    name: 'r.json',
    text: report(d(12), [
      ['base', 'base', 1],
      ['weights', 'weights', 2],
      ['code', 'code', 3],
      ['x', '', 4],
    ]),
  });
  expect(compareRebuild(reviewed, extra)).toBe(`layer 4 "x" is new in the rebuild (${d(4)})`);
  const config = readImageReport({
    name: 'r.json',
    text: report(d(13), [
      ['base', 'base', 1],
      ['weights', 'weights', 2],
      ['code', 'code', 3],
    ]),
  });
  expect(compareRebuild(reviewed, config)).toMatch(
    /^every layer matches; the image config or manifest differs/,
  );
  expect(() => readImageReport({ name: 'r.json', text: '{"kind":"mlci/run-record"}' })).toThrow(
    'r.json is not an mlci/image-report',
  );
});

test('the image report says which commit it was built from', () => {
  const c = readCandidate(files({ 'i.json': report(d(1), [], { lineage: { revision: 'a'.repeat(40) } }) }));
  expect(c.image?.revision).toBe('a'.repeat(40));
  expect(
    readCandidate(files({ 'i.json': report(d(1), [], { lineage: null }) })).image?.revision,
  ).toBeUndefined();
});
