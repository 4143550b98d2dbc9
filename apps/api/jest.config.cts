const { swcTransform } = require('../../jest.swc');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
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
