import { EntityManager } from 'typeorm';
import { PersonEntity } from './person.entity';

/**
 * A person's name as other domains label things with it (an audit entry, a group event), or null when there is no
 * such person: they read it here instead of the people's table.
 */
export async function personName(em: EntityManager, id: string): Promise<string | null> {
  return (await em.findOne(PersonEntity, { where: { id }, select: { id: true, name: true } }))?.name ?? null;
}
