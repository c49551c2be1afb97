import { describe, expect, test } from '@jest/globals';
import { apiHost, checkTag, formatReference, parseReference } from '../../../../src/core/image/reference.js';

describe('parseReference', () => {
  test.each([
    ['python:3.12-slim', { registry: 'docker.io', repository: 'library/python', tag: '3.12-slim' }],
    ['acme/model', { registry: 'docker.io', repository: 'acme/model' }],
    [
      'ghcr.io/Acme-Corp/My_Model:v1.2',
      { registry: 'ghcr.io', repository: 'acme-corp/my_model', tag: 'v1.2' },
    ],
    ['127.0.0.1:5000/ml/demo:v1', { registry: '127.0.0.1:5000', repository: 'ml/demo', tag: 'v1' }],
    ['localhost/x', { registry: 'localhost', repository: 'x' }],
    [
      `ghcr.io/a/b@sha256:${'a'.repeat(64)}`,
      { registry: 'ghcr.io', repository: 'a/b', digest: `sha256:${'a'.repeat(64)}` },
    ],
  ])('%s', (text, want) => {
    expect(parseReference(text)).toEqual(want);
  });

  test('lowercases the repository (docker/build-push-action#37) but keeps the tag', () => {
    expect(formatReference(parseReference('GHCR.io/Owner/Repo:Release-A'))).toBe(
      'ghcr.io/owner/repo:Release-A',
    );
  });

  test.each([
    ['', 'it is empty'],
    ['ghcr.io/a/b@sha256:xyz', '"sha256:xyz" is not a sha256 digest'],
    ['ghcr.io/a/b:-bad', 'tag "-bad" must match'],
    ['ghcr.io/a/b$c', 'path component "b$c" has characters registries refuse'],
  ])('refuses %j', (text, message) => {
    expect(() => parseReference(text)).toThrow(message);
  });

  test('Docker Hub is served from registry-1.docker.io', () => {
    expect(apiHost('docker.io')).toBe('registry-1.docker.io');
    expect(apiHost('ghcr.io')).toBe('ghcr.io');
  });

  test('checkTag', () => {
    expect(checkTag('v1.0')).toBe('v1.0');
    expect(() => checkTag('a b')).toThrow('tag "a b" is not valid');
  });
});
