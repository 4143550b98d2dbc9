export * from './lib/membership';
export * from './lib/permissions';
export * from './lib/person-edits';
export * from './lib/quorum';
export * from './lib/deliverables';
export * from './lib/group-access';
