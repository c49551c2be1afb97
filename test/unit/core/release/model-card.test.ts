import { expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { renderModelCard } from '../../../../src/core/release/model-card.js';
import { sampleRecord } from '../../../support/release-record.js';

test('front matter is Hugging Face model-index with the metrics and the test-set fingerprint', () => {
  const record = sampleRecord({
    metrics: { accuracy: 0.91, 'f1: "x"': 0.5 },
    fingerprint: 'mlci-fp-v1:sha256:abc',
    evaluation: {
      verdict: 'pass',
      against: { tag: 'v0.9.0', version: '0.9.0', digest: 'sha256:0' },
      metrics: [
        {
          name: 'accuracy',
          value: 0.91,
          baseline: 0.9,
          delta: 0.01,
          interval: { lower: 0.002, upper: 0.018, level: 0.95, method: 'paired bootstrap' },
          verdict: 'pass',
        },
      ],
      reasons: [],
    },
  });
  const card = renderModelCard(record, {
    intendedUse: 'churn <script>',
    limitations: 'English only',
    license: 'mit',
    profile: { rows: 100, columns: [{ name: 'age', kind: 'numeric' }] },
  });
  const [, yamlText, body] = card.split(/^---$/m);
  const front = parse(yamlText!);
  expect(front.license).toBe('mit');
  expect(front['model-index'][0].results[0].dataset.revision).toBe('mlci-fp-v1:sha256:abc');
  expect(
    front['model-index'][0].results[0].metrics.map((m: { type: string; value: number }) => [m.type, m.value]),
  ).toEqual([
    ['accuracy', 0.91],
    ['f1: "x"', 0.5],
  ]);
  expect(body).toContain('| accuracy | 0.91 | 0.9 | 0.01 | [0.002, 0.018] at 0.95 (paired bootstrap) |');
  expect(body).toContain('churn \\<script\\>');
  expect(body).toContain('- Profile: 100 rows, 1 columns (age: numeric)');
  expect(body).toMatch(/## Limitations\n\nEnglish only/);
});
