/**
 * Jest loads a .cts config through ts-node, which would type-check it (about 4 s of CPU per jest start); types are
 * checked once, by `npm run typecheck`.
 * @jest-config-loader-options {"transpileOnly": true}
 */
const { swcTransform } = require('../../jest.swc');

// The multi-instance specs (src/scale): real api processes on a throwaway PostgreSQL cluster and Redis. One file at a
// time, since two of them at once would boot four api processes on a 2-core machine and time out; they need none of
// the PGlite copies of jest.config.cts.
module.exports = {
  displayName: 'api-cluster',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  maxWorkers: 1,
  testMatch: ['<rootDir>/src/scale/**/*.spec.ts'],
  testTimeout: 60_000,
  transform: {
    '^.+\\.[tj]s$': swcTransform,
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api-cluster',
};
