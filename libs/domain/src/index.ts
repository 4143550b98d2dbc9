export * from './lib/permissions';
export * from './lib/quorum';
