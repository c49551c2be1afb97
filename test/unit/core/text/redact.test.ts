import { describe, expect, test } from '@jest/globals';
import { redactCredentials } from '../../../../src/core/text/redact.js';
import { growthRatio, LINEAR_RATIO } from '../../../support/linear-time.js';

describe('redactCredentials', () => {
  test.each([
    [
      'image "https://user:s3cret@ghcr.io/acme/model" is not a reference',
      'image "https://***@ghcr.io/acme/model" is not a reference',
    ],
    ['https://tok@registry.example:5000/v2/', 'https://***@registry.example:5000/v2/'],
    ['base user:s3cret@ghcr.io/acme/base:1', 'base ***@ghcr.io/acme/base:1'],
    ['pull u:p@localhost:5000/x failed', 'pull ***@localhost:5000/x failed'],
  ])('%s', (input, expected) => {
    expect(redactCredentials(input)).toBe(expected);
    expect(redactCredentials(input)).not.toMatch(/s3cret|user:|tok@|u:p@/);
  });

  test.each([
    'ghcr.io/acme/model:v1@sha256:0123abcd',
    'mail me at a@b.c',
    'git@github.com:acme/x.git',
    'no at sign here',
  ])('leaves %s alone', (text) => {
    expect(redactCredentials(text)).toBe(text);
  });

  test('linear in the text', () => {
    const make = (n: number) => `${'a:b'.repeat(n)}@`;
    expect(growthRatio(make, (text) => redactCredentials(text), 2000)).toBeLessThan(LINEAR_RATIO);
  });
});
