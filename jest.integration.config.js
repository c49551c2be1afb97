import { base } from './jest.base.js';
/** Integration tier: real registry, fake GitHub over loopback, real Python references. */
export default {
  ...base,
  testMatch: ['<rootDir>/test/integration/**/*.itest.ts'],
  testTimeout: 120_000,
  maxWorkers: 2,
};
