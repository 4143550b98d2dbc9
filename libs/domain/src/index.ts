export * from './lib/membership';
export * from './lib/permissions';
export * from './lib/person-edits';
export * from './lib/quorum';
export * from './lib/attendance';
export * from './lib/meeting-status';
export * from './lib/minutes';
export * from './lib/speakers';
