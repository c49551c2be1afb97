import { base } from './jest.base.js';
/**
 * Unit tier: pure code, no child processes, no servers; and the frictionless-py conformance cases. The
 * timeout only keeps a busy shared machine from failing a test that is slow, not wrong (timing
 * properties are ratios, never a clock).
 */
export default {
  ...base,
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/conformance/**/*.test.ts'],
  testTimeout: 30_000,
};
