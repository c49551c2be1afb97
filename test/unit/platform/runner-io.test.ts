import { describe, expect, test } from '@jest/globals';
import { annotationFile } from '../../../src/platform/runner-io.js';

describe('annotationFile', () => {
  test('makes a path inside the workspace repository-relative', () => {
    expect(annotationFile('/ws/repo/data/train.csv', '/ws/repo')).toBe('data/train.csv');
  });
  test('keeps relative paths and paths outside the workspace', () => {
    expect(annotationFile('data/train.csv', '/ws/repo')).toBe('data/train.csv');
    expect(annotationFile('/tmp/other.csv', '/ws/repo')).toBe('/tmp/other.csv');
    expect(annotationFile(undefined, '/ws/repo')).toBeUndefined();
  });
});
