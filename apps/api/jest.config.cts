/**
 * Jest loads a .cts config through ts-node, which would type-check it (about 4 s of CPU per jest start); types are
 * checked once, by `npm run typecheck`.
 * @jest-config-loader-options {"transpileOnly": true}
 */
const { swcTransform } = require('../../jest.swc');

// The api's specs that need only PGlite (or TEST_DATABASE_URL's server): independent files, each on its own database,
// ports and temp dirs, so two workers keep both cores busy. The multi-instance specs of src/scale run after them,
// one at a time (jest.cluster.config.cts): each starts api processes and PostgreSQL and Redis servers of its own.
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  maxWorkers: 2,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/src/scale/'],
  // Each file boots the whole app on its own database in beforeAll: seconds on a busy 2-core machine, so not 5 s.
  testTimeout: 60_000,
  // Migrates and seeds once per run; each file starts from a copy (src/testing/database-copies.ts).
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/testing/jest-setup.ts'],
  transform: {
    '^.+\\.[tj]s$': swcTransform,
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
};
