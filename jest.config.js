import { base } from './jest.base.js';
/** Unit tier: pure code, no child processes, no servers; and the frictionless-py conformance cases. */
export default {
  ...base,
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/conformance/**/*.test.ts'],
};
