// A valid mlci/release-record for tests, with the fields a test cares about overridden.
import {
  buildReleaseRecord,
  type ReleaseRecord,
  type ReleaseRecordFields,
} from '../../src/core/release/record.js';

export const digestOf = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;

export function sampleRecord(overrides: Partial<ReleaseRecordFields> = {}): ReleaseRecord {
  const tag = overrides.tag ?? 'v1.0.0';
  return buildReleaseRecord({
    model: null,
    repository: 'acme/widgets',
    tag,
    release: tag.replace(/^v/, ''),
    commit: 'c'.repeat(40),
    image: {
      reference: `registry.test/ml/model@${digestOf(1)}`,
      digest: digestOf(1),
      tags: ['1.0.0'],
      rebuild: null,
    },
    metrics: { accuracy: 0.9 },
    fingerprint: null,
    predictions: null,
    fingerprints: { run: null, model: null, data: null },
    evaluation: { verdict: 'first', against: null, metrics: [], reasons: [] },
    who: { actor: 'alice', triggeringActor: 'alice', tagger: null },
    releasedAt: '2027-01-01T00:00:00.000Z',
    why: { source: 'tag-message', text: 'first model' },
    approvals: [],
    acceptances: [],
    previous: null,
    first: true,
    rollback: null,
    deployment: null,
    run: { id: null, url: null },
    ...overrides,
  });
}
