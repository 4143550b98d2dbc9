import { Initial1795613528536 } from './1795613528536-Initial';
import { WorkingGroups1795619763590 } from './1795619763590-WorkingGroups';

/** Every migration, in order. Listed as classes because the api ships as one webpack bundle. */
export const MIGRATIONS = [Initial1795613528536, WorkingGroups1795619763590];
