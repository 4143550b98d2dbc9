import { Person, PersonEntry } from '@cocrea/contracts';
import { toOrganization } from '../organizations';
import { PersonEntity } from './person.entity';

/** `entity.organization` must be loaded when the person has one (an entity, or the same fields read by plain SQL). */
export function toPerson(
  entity: Pick<PersonEntity, 'id' | 'name' | 'email' | 'title' | 'locale' | 'platformRole'> & {
    organization: Parameters<typeof toOrganization>[0] | null;
  },
): Person {
  return {
    id: entity.id,
    name: entity.name,
    email: entity.email,
    title: entity.title,
    locale: entity.locale,
    platformRole: entity.platformRole,
    organization: entity.organization ? toOrganization(entity.organization) : null,
  };
}

/** A person in the directory's lists, with whether they still take part. */
export function toPersonEntry(entity: PersonEntity): PersonEntry {
  return { ...toPerson(entity), active: entity.deactivatedAt === null };
}
