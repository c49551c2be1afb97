import { base } from './jest.base.js';
/** Unit tier: pure code, no child processes, no servers. */
export default { ...base, testMatch: ['<rootDir>/test/unit/**/*.test.ts'] };
