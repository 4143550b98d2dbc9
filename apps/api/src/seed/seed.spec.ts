import { DataSource } from 'typeorm';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { startTestApp, TestApp } from '../testing/test-app';
import record from './demo-commission.json';
import { demoPeople } from './demo-people';
import { DemoRecord } from './demo-record';
import { SeedService } from './seed.service';

describe('demo commission loader', () => {
  let t: TestApp;
  let db: DataSource;
  const counts = async () => ({
    organizations: await db.getRepository(OrganizationEntity).count(),
    people: await db.getRepository(PersonEntity).count(),
    commissions: await db.getRepository(CommissionEntity).count(),
    members: await db.getRepository(CommissionMemberEntity).count(),
  });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.get(SeedService).loadDemo();
  });
  afterAll(() => t?.close());

  it('loads the commission with its chair and secretary', async () => {
    const members = await db
      .getRepository(CommissionMemberEntity)
      .find({ where: { commission: { name: 'Comisión de Gobierno Abierto y de Transparencia Proactiva' } }, relations: { person: true } });
    const byRole = (role: string) => members.filter((m) => m.role === role).map((m) => m.person.name);
    expect(byRole('chair')).toEqual(['María del Carmen Nava Polina']);
    expect(byRole('secretary')).toEqual(['Luis Gustavo Parra Noriega']);
  });

  it('makes every person of the roll call a voting commissioner of their state’s guarantor body', async () => {
    const members = await db.getRepository(CommissionMemberEntity).find({ relations: { person: { organization: true } } });
    const rollCall = (record as DemoRecord).people.roll_call;
    for (const entry of rollCall) {
      const member = members.find((m) => m.person.name === entry.name);
      expect(member).toMatchObject({ role: 'commissioner', votes: true });
      expect(member?.person.organization?.state ?? null).toBe(entry.state);
    }
  });

  it('loads the representatives and external partners as people of their organizations, without a seat', async () => {
    const people = await db.getRepository(PersonEntity).find({ relations: { organization: true } });
    const named = (name: string) => people.find((p) => p.name === name);
    expect(named('Ruvalcaba')).toMatchObject({ title: 'Coordinadora de Gobierno Abierto', organization: { state: 'Durango' } });
    expect(named('Javier Moro')?.organization).toMatchObject({ name: 'GESOC', kind: 'civil_society' });
    expect(named('Josefina Díaz')?.organization).toMatchObject({ kind: 'civil_society', state: 'Aguascalientes' });
    const partnerIds = ['Ruvalcaba', 'Javier Moro', 'Josefina Díaz'].map((name) => named(name)?.id);
    expect(await db.getRepository(CommissionMemberEntity).countBy(partnerIds.map((personId) => ({ personId })))).toBe(0);
    const orgNames = (await db.getRepository(OrganizationEntity).find()).map((o) => o.shortName ?? o.name);
    expect(orgNames).toEqual(expect.arrayContaining(['GESOC', 'NOSC de la AGA México', 'Red Nacional de CPC', 'AGN', 'INAI']));
  });

  it('loads a second, smaller commission that shares some members, each seat with its own role', async () => {
    const seats = await db.getRepository(CommissionMemberEntity).find({ relations: { person: true, commission: true } });
    const archives = seats.filter((m) => m.commission.acronym === 'CAGD');
    expect(archives.map((m) => [m.person.name, m.role])).toEqual(
      expect.arrayContaining([
        ['Josefina Román Vergara', 'chair'],
        ['Luis Gustavo Parra Noriega', 'secretary'],
      ]),
    );
    expect(archives).toHaveLength(5);
    const shared = archives.filter((a) => seats.some((m) => m.commission.acronym === 'CGATP' && m.personId === a.personId));
    // All five have a seat in the first commission too; one of them (Pedro Delfino Arzeta García) left it in 2021.
    expect(shared.length).toBe(5);
    expect(seats.find((m) => m.commission.acronym === 'CGATP' && m.person.name === 'Josefina Román Vergara')?.role).toBe('commissioner');
  });

  it('gives every demo person a distinct login', async () => {
    const people = demoPeople(record as DemoRecord);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    for (const email of [people[0].email, people[people.length - 1].email]) await t.login(email);
  });

  it('changes nothing when run a second time', async () => {
    const before = await counts();
    await t.app.get(SeedService).loadDemo();
    expect(await counts()).toEqual(before);
  });
});
