import { base } from './jest.base.js';
/** End-to-end tier: dist bundles as child processes with a runner's environment, on Node 20 and 24. */
export default {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testTimeout: 300_000,
  maxWorkers: 2,
};
