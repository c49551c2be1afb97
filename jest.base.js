/** Shared jest ESM settings (reference/actions-runtime.md §5: the @actions/* packages are ESM-only). */
export const base = {
  testEnvironment: 'node',
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    // 151002: ts-jest's notice about NodeNext + isolatedModules, ignored as actions/checkout does.
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: { ignoreCodes: [151002] } }],
  },
  setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-after-env.ts'],
  reporters: ['default', '<rootDir>/test/support/all-skipped-reporter.cjs'],
};
