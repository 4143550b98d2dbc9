/**
 * The public domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { PublicDocumentCache, publicDocumentKey, sendCachedDocument } from './public-cache';
export { PublicThrottlerGuard } from './public-throttler.guard';
export { PublicModule } from './public.module';
