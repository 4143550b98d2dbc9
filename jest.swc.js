// Jest compiles TypeScript with SWC, which only strips types: type-checking is `npm run typecheck`'s job, so the
// test run does not pay for it a second time. Decorators and their metadata follow tsconfig.app.json
// (experimentalDecorators, emitDecoratorMetadata, no define semantics for class fields), as NestJS and TypeORM need.
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = { swcTransform };
