const { swcTransform } = require('../../jest.swc');

module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // Each file boots PGlite, migrates and seeds in beforeAll: seconds on a busy 2-core machine, so not 5 s.
  testTimeout: 60_000,
  setupFilesAfterEnv: ['<rootDir>/src/testing/jest-setup.ts'],
  transform: {
    '^.+\\.[tj]s$': swcTransform,
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
};
