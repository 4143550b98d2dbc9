// Jest's globalTeardown for the api project: removes the databases global-setup.ts made for the run.
import { removeDatabaseCopies } from './database-copies';

export default removeDatabaseCopies;
