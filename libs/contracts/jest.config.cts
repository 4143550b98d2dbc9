/**
 * Jest loads a .cts config through ts-node, which would type-check it (about 4 s of CPU per jest start); types are
 * checked once, by `npm run typecheck`.
 * @jest-config-loader-options {"transpileOnly": true}
 */
const { swcTransform } = require('../../jest.swc');

module.exports = {
  displayName: 'contracts',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': swcTransform,
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/contracts',
};
