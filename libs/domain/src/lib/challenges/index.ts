export * from './phases';
export * from './participation-rules';
export * from './ranking';
