import { expect, test } from '@jest/globals';
import { getReleaseInputs } from '../../../../src/actions/release/inputs.js';
import { renderReleaseSummary } from '../../../../src/actions/release/summary.js';
import { sampleRecord } from '../../../support/release-record.js';

const read = (inputs: Record<string, string>) => ({ get: (name: string) => inputs[name] });

test('defaults: prefix v, the three semver templates, no latest, production', () => {
  expect(getReleaseInputs(read({}))).toMatchObject({
    'tag-prefix': 'v',
    'image-tags': ['{{version}}', '{{major}}.{{minor}}', '{{major}}'],
    latest: false,
    environment: 'production',
    'required-contexts': [],
    'record-asset': 'mlci-release-record.json',
  });
  expect(getReleaseInputs(read({ 'tag-prefix': '' }))['tag-prefix']).toBe('');
});

test('a bad template, a rollback without reason, or with accept, are usage errors', () => {
  expect(() => getReleaseInputs(read({ 'image-tags': '{{version}}\n{{build}}' }))).toThrow(
    'input `image-tags`: "{{build}}": unknown placeholder {{build}}',
  );
  expect(() => getReleaseInputs(read({ 'rollback-to': 'v1.3.0' }))).toThrow(/a rollback needs `reason`/);
  expect(() => getReleaseInputs(read({ 'rollback-to': 'v1.3.0', reason: 'x', accept: 'y' }))).toThrow(
    /cannot be combined/,
  );
});

test('the summary escapes stored text (metric names, reasons, acceptances)', () => {
  const record = sampleRecord({
    evaluation: {
      verdict: 'refused',
      against: null,
      metrics: [{ name: 'acc|<b>', value: 0.5, baseline: 0.6, delta: -0.1, interval: null, verdict: 'fail' }],
      reasons: [],
    },
    acceptances: [
      { metrics: ['acc'], reason: '@team <script>', by: 'x', source: 'input', at: '', url: null },
    ],
  });
  const md = renderReleaseSummary(record, 'refused', ['regression in acc|<b>']);
  expect(md).toContain('## Release v1.0.0 refused');
  expect(md).toContain('| acc\\|\\<b\\> | 0.5 | 0.6 | -0.1 | — | fail |');
  expect(md).toContain('- regression in acc\\|\\<b\\>');
  expect(md).not.toMatch(/(?<!\\)<script>|@team/);
});
