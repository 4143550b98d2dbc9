/**
 * Jest loads a .cts config through ts-node, which would type-check it (about 4 s of CPU per jest start); types are
 * checked once, by `npm run typecheck`.
 * @jest-config-loader-options {"transpileOnly": true}
 */
// Specs run west of UTC (Los Angeles): a date without time read as a UTC instant shows the day before, and fails.
process.env.TZ = 'America/Los_Angeles';

module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  // Component specs compile templates on first use; slow when the 2 cores are shared with other suites.
  testTimeout: 20_000,
  coverageDirectory: '../../coverage/apps/web',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  // ESM shipped as .js: @jsverse/utils (used by Transloco), Angular's locale data and FormatJS (plural messages).
  transformIgnorePatterns: ['node_modules/(?!(@jsverse/|@angular/common/locales/|intl-messageformat/|@formatjs/|.*\\.mjs$))'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
