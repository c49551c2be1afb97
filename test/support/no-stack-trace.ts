import { expect } from '@jest/globals';
import type { BundleRun } from '../harness/runner.js';

/** Asserts that a bundle printed no stack trace (a user error must read as a message, never as `at …:1:2`). */
export function expectNoStackTrace(run: Pick<BundleRun, 'stdout' | 'stderr'>): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}
