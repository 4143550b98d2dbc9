import nx from '@nx/eslint-plugin';
import { apiDomainBoundariesConfig } from './tools/lint-rules/api-domain-boundaries.mjs';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // The browser journeys read mail through the api's own SMTP test server (one implementation for both).
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^\\.\\./\\.\\./api/src/testing/smtp-sink$'],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
          ],
        },
      ],
    },
  },
  {
    // The domain lib holds pure rules: no I/O, no frameworks.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'node:*', 'http', 'https', 'net', 'child_process', 'pg', 'typeorm', '@nestjs/*', '@angular/*', 'rxjs'],
              message: 'libs/domain is pure: no I/O or framework imports.',
            },
          ],
        },
      ],
    },
  },
  // Each api domain is entered only through its index.ts (tools/lint-rules/api-domain-boundaries.mjs).
  apiDomainBoundariesConfig(['apps/api/src/**/*.ts']),
];
