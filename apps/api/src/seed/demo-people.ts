import { CommissionRole, MexicanState } from '@cocrea/contracts';
import { DemoRecord } from './demo-record';
import { demoEmail } from './demo-accounts';
import {
  DemoOrganization,
  guarantorOf,
  INAI,
  PARTICIPANT_ORGANIZATION_KEY,
  PARTNER_ORGANIZATIONS,
  stateOfBody,
} from './demo-organizations';

export interface DemoPerson {
  name: string;
  email: string;
  title: string | null;
  organization: DemoOrganization | null;
  membership: { role: CommissionRole; votes: boolean; until: string | null } | null;
}

/** "Ruvalcaba, Coordinadora de Gobierno Abierto" → name and title. */
function splitRepresentative(text: string): { name: string; title: string | null } {
  const [name, ...title] = text.split(',').map((part) => part.trim());
  return { name, title: title.length ? title.join(', ') : null };
}

/** Every person the record names, with their organization and place in the commission. */
export function demoPeople(record: DemoRecord): DemoPerson[] {
  const taken = new Set<string>();
  const people: DemoPerson[] = [];
  const add = (name: string, title: string | null, organization: DemoOrganization | null, membership: DemoPerson['membership']) => {
    if (people.some((p) => p.name === name)) return;
    people.push({ name, email: demoEmail(name, taken), title, organization, membership });
  };
  const { chair, secretary, roll_call, national_body_members, left_the_commission, external_participants } = record.people;

  add(chair.name, record.commission.chair_title, guarantorOf(stateOfBody(chair.body)), { role: 'chair', votes: true, until: null });
  add(secretary.name, record.commission.secretary_title, guarantorOf(stateOfBody(secretary.body)), {
    role: 'secretary',
    votes: true,
    until: null,
  });
  for (const entry of roll_call) {
    add(entry.name, 'Comisionada(o)', entry.state ? guarantorOf(entry.state) : null, { role: 'commissioner', votes: true, until: null });
  }
  for (const entry of national_body_members) {
    add(entry.name, 'Comisionada(o)', INAI, { role: 'commissioner', votes: true, until: null });
  }
  for (const entry of left_the_commission) {
    add(entry.name, 'Comisionada(o)', guarantorOf(entry.body), { role: 'commissioner', votes: true, until: entry.date });
  }
  for (const entry of roll_call) {
    if (!entry.represented_by) continue;
    const { name, title } = splitRepresentative(entry.represented_by);
    add(name, title ?? 'Representante', entry.state ? guarantorOf(entry.state as MexicanState) : null, null);
  }
  for (const entry of external_participants) {
    if (!entry.name) continue;
    const key = PARTICIPANT_ORGANIZATION_KEY[entry.organization];
    add(entry.name, entry.role, key ? PARTNER_ORGANIZATIONS[key] : null, null);
  }
  return people;
}
