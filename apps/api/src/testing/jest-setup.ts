import { closeStartedTestApps } from './test-app';

afterAll(closeStartedTestApps);
