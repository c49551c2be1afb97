import { expect, test } from '@jest/globals';
import {
  checkTemplate,
  DEFAULT_TEMPLATES,
  imageTags,
  parseReleaseTag,
} from '../../../../src/core/release/tag-pattern.js';

const pattern = { templates: DEFAULT_TEMPLATES, latest: false };

test.each([
  ['v1.4.0', 'v', '1.4.0'],
  ['v0.0.1', 'v', '0.0.1'],
  ['v1.4.0-rc.1', 'v', '1.4.0-rc.1'],
  ['v1.4.0+build.7', 'v', '1.4.0'],
  ['churn-v2.0.0', 'churn-v', '2.0.0'],
  ['1.4.0', '', '1.4.0'],
])('%s with prefix %j is version %s', (tag, prefix, version) => {
  expect(parseReleaseTag(tag, prefix)?.version).toBe(version);
});

test.each([
  ['v1.4', 'v'],
  ['v01.4.0', 'v'],
  ['1.4.0', 'v'],
  ['v1.4.0-', 'v'],
  ['v1.4.0-rc.01', 'v'],
  ['churn-v2.0.0', 'v'],
  ['latest', 'v'],
])('%s is not a release tag for prefix %j', (tag, prefix) => {
  expect(parseReleaseTag(tag, prefix)).toBeUndefined();
});

test('v1.4.0 gives 1.4.0, 1.4, 1, and latest only when asked', () => {
  const v = parseReleaseTag('v1.4.0', 'v')!;
  expect(imageTags(v, 'v1.4.0', pattern)).toEqual(['1.4.0', '1.4', '1']);
  expect(imageTags(v, 'v1.4.0', { ...pattern, latest: true })).toEqual(['1.4.0', '1.4', '1', 'latest']);
});

test('a prerelease moves neither 1.4, 1 nor latest', () => {
  const v = parseReleaseTag('v1.4.0-rc.1', 'v')!;
  expect(imageTags(v, 'v1.4.0-rc.1', { ...pattern, latest: true })).toEqual(['1.4.0-rc.1']);
});

test('templates: {{tag}} keeps the git tag, + becomes -, duplicates collapse', () => {
  const v = parseReleaseTag('v2.1.3+b7', 'v')!;
  expect(
    imageTags(v, 'v2.1.3+b7', {
      templates: ['{{tag}}', 'v{{version}}', '{{major}}.{{minor}}.{{patch}}', '{{version}}'],
      latest: false,
    }),
  ).toEqual(['v2.1.3-b7', 'v2.1.3', '2.1.3']);
});

test('bad templates are named', () => {
  expect(checkTemplate('{{major}}')).toBeUndefined();
  expect(checkTemplate('{{build}}')).toMatch(/unknown placeholder \{\{build\}\}/);
  expect(checkTemplate('a b')).toMatch(/OCI tag/);
  expect(checkTemplate('.x')).toMatch(/OCI tag/);
});
