/**
 * The documents domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { CollabServer } from './collab/collab.server';
export { DocumentAccess } from './document-access.service';
export { DocumentsModule } from './documents.module';
export { publicTextOf, setPublicText } from './public-text';
