import { Initial1795613528536 } from './1795613528536-Initial';
import { Meetings1795619818459 } from './1795619818459-Meetings';

/** Every migration, in order. Listed as classes because the api ships as one webpack bundle. */
export const MIGRATIONS = [Initial1795613528536, Meetings1795619818459];
