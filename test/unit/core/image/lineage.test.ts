import { describe, expect, test } from '@jest/globals';
import {
  canonicalJson,
  lineageAnnotations,
  modelLineage,
  runRecordFacts,
  unproducedWeights,
} from '../../../../src/core/image/lineage.js';
import { sha256 } from '../../../../src/core/image/digest.js';

describe('lineage', () => {
  test('run record fields in the shapes we know, defensively', () => {
    expect(
      modelLineage({ fingerprint: 'run1', data: { fingerprint: 'd1' }, metrics: { digest: 'sha256:m' } }),
    ).toEqual({
      runFingerprint: 'run1',
      dataFingerprint: 'd1',
      metricsDigest: 'sha256:m',
    });
    expect(modelLineage({ fingerprint: 'r', dataFingerprint: 'd2', metrics: { b: 2, a: 1 } })).toEqual({
      runFingerprint: 'r',
      dataFingerprint: 'd2',
      metricsDigest: sha256('{"a":1,"b":2}'),
    });
    expect(modelLineage(null)).toEqual({});
    expect(modelLineage({ fingerprint: 3, data: 'x' })).toEqual({});
  });

  test('a train run record (stages with fingerprints, dependency hashes and metrics)', () => {
    const record = {
      kind: 'mlci/run-record',
      stages: [
        { stage: 'prepare', fingerprint: 'f1', inputs: { deps: { 'data.csv': 'h1' } }, metrics: {} },
        {
          stage: 'fit',
          fingerprint: 'f2',
          inputs: { deps: { 'train.py': 'h2' } },
          metrics: { 'metrics.json': { acc: 0.9 } },
        },
      ],
    };
    expect(modelLineage(record)).toEqual({
      runFingerprint: sha256('{"fit":"f2","prepare":"f1"}'),
      dataFingerprint: sha256('{"data.csv":"h1","train.py":"h2"}'),
      metricsDigest: sha256('{"fit":{"metrics.json":{"acc":0.9}}}'),
    });
    expect(modelLineage({ stages: [{ stage: 'fit', fingerprint: 'only', inputs: null }] })).toEqual({
      runFingerprint: 'only',
    });
  });

  test('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: null })).toBe('{"a":null,"b":[{"x":2,"y":1}]}');
  });

  test('annotations leave out unknown facts', () => {
    expect(
      lineageAnnotations({
        created: '1970-01-01T00:00:00Z',
        revision: 'abc',
        baseName: 'docker.io/library/python:3.12-slim',
        model: { runFingerprint: 'f' },
      }),
    ).toEqual({
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.base.name': 'docker.io/library/python:3.12-slim',
      'dev.mlci.model.run-fingerprint': 'f',
    });
  });
});

describe('runRecordFacts and unproducedWeights', () => {
  const record = {
    kind: 'mlci/run-record',
    status: 'passed',
    stages: [
      { stage: 'prep', outputs: [{ path: 'data/p.csv', sha256: 'a'.repeat(64) }] },
      { stage: 'fit', outputs: [{ path: 'model/w.bin', sha256: 'b'.repeat(64) }, { path: 3 }] },
      { stage: 'odd', outputs: 'nope' },
    ],
  };
  test('reads the status and every well-formed output, defensively', () => {
    expect(runRecordFacts(record)).toEqual({
      status: 'passed',
      outputs: [
        { path: 'data/p.csv', sha256: 'a'.repeat(64) },
        { path: 'model/w.bin', sha256: 'b'.repeat(64) },
      ],
    });
    expect(runRecordFacts(null)).toEqual({ outputs: [] });
  });
  test('a weights file is the run’s by path and sha256, or by sha256 alone; otherwise it is named', () => {
    const { outputs } = runRecordFacts(record);
    expect(unproducedWeights([{ path: 'model/w.bin', sha256: `sha256:${'b'.repeat(64)}` }], outputs)).toEqual(
      [],
    );
    expect(unproducedWeights([{ path: 'copy/w.bin', sha256: 'B'.repeat(64) }], outputs)).toEqual([]);
    expect(unproducedWeights([{ path: 'model/w.bin', sha256: 'c'.repeat(64) }], outputs)).toEqual([
      "model/w.bin: sha256 cccccccccccc… differs from the run record's output (bbbbbbbbbbbb…)",
    ]);
    expect(unproducedWeights([{ path: 'other.bin', sha256: 'd'.repeat(64) }], outputs)).toEqual([
      "other.bin (sha256 dddddddddddd…) is not among the run record's outputs",
    ]);
  });
});
