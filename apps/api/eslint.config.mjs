import baseConfig from '../../eslint.config.mjs';
import { apiDomainBoundariesConfig } from '../../tools/lint-rules/api-domain-boundaries.mjs';

// The root's api block matches paths from the workspace root; this one matches them when linting from apps/api.
export default [...baseConfig, apiDomainBoundariesConfig(['src/**/*.ts'])];
