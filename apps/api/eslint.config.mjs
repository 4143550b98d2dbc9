import baseConfig from '../../eslint.config.mjs';
import { apiDomainBoundariesConfig } from '../../tools/lint-rules/api-domain-boundaries.mjs';

/** "Now" comes from the injectable Clock (src/common/clock.ts), so specs can set the time instead of waiting. */
const CLOCK_MESSAGE = 'Read the time from the injected Clock (src/common/clock.ts); durations that are not rules use performance.now().';

// The root's api block matches paths from the workspace root; this one matches them when linting from apps/api.
export default [
  ...baseConfig,
  apiDomainBoundariesConfig(['src/**/*.ts']),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/testing/**', 'src/**/testing/**', 'src/common/clock.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: CLOCK_MESSAGE }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK_MESSAGE },
        {
          selector: "CallExpression[callee.name='commissionDay'][arguments.length=0]",
          message: `commissionDay() reads the machine's time: pass it the Clock's now. ${CLOCK_MESSAGE}`,
        },
      ],
    },
  },
];
