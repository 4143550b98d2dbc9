import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../people';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { OutcomeRecorder } from '../meetings/outcomes';
import { APP_CONFIG, AppConfig } from '../config/config';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import demoRecord from './demo-commission.json';
import { commissionAcronym } from '../agreements/agreement-number';
import { ADMIN_EMAIL, DEMO_PASSWORD, SECRETARY_EMAIL } from './demo-accounts';
import { loadDemoAgreements } from './demo-agreements';
import { loadArchivesCommission } from './demo-archives-commission';
import { loadDemoChallenges } from './demo-challenges';
import { loadDemoDocuments } from './demo-documents';
import { loadDemoGroups } from './demo-groups';
import { DemoOrganization, PARTNER_ORGANIZATIONS } from './demo-organizations';
import { demoPeople } from './demo-people';
import { loadDemoSession } from './demo-session';
import { DemoRecord } from './demo-record';

/** The demo commission's founding date: members without a recorded start count from here. */
const DEMO_SINCE = '2020-01-01';

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly outcomes: OutcomeRecorder,
    private readonly meetings: MeetingsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    if ((await this.db.getRepository(CommissionEntity).count()) > 0) return;
    await this.loadDemo();
    this.logger.log('Loaded the demo commission from the 2021-02-15 session record');
  }

  /** Loads the demo commission, then a second smaller one sharing some members; idempotent (natural keys, ON CONFLICT DO NOTHING), all or nothing. */
  async loadDemo(record: DemoRecord = demoRecord as DemoRecord): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const people = demoPeople(record);
    await this.db.transaction(async (em) => {
      const organizations = [...people.flatMap((p) => (p.organization ? [p.organization] : [])), ...Object.values(PARTNER_ORGANIZATIONS)];
      const orgIds = await this.upsertOrganizations(em, organizations);

      await em
        .createQueryBuilder()
        .insert()
        .into(CommissionEntity)
        .values({
          name: record.commission.name,
          acronym: commissionAcronym(record.commission.name),
          agreementPrefix: commissionAcronym(record.commission.name),
          system: record.commission.system,
          chairTitle: record.commission.chair_title,
          secretaryTitle: record.commission.secretary_title,
          rules: record.commission.rules,
        })
        .orIgnore()
        .execute();
      const commission = await em.findOneByOrFail(CommissionEntity, { name: record.commission.name });

      await em
        .createQueryBuilder()
        .insert()
        .into(PersonEntity)
        .values([
          { name: 'Administración de Cocrea', email: ADMIN_EMAIL, platformRole: 'admin', passwordHash },
          ...people.map((p) => ({
            name: p.name,
            email: p.email,
            title: p.title,
            organizationId: p.organization ? orgIds.get(p.organization.name) : null,
            passwordHash,
          })),
        ])
        .orIgnore()
        .execute();
      const personIds = new Map((await em.find(PersonEntity, { select: { id: true, email: true } })).map((p) => [p.email, p.id]));

      const members = people.flatMap((p) =>
        p.membership
          ? [
              {
                commissionId: commission.id,
                personId: personIds.get(p.email),
                role: p.membership.role,
                votes: p.membership.votes,
                since: DEMO_SINCE,
                until: p.membership.until,
              },
            ]
          : [],
      );
      await em.createQueryBuilder().insert().into(CommissionMemberEntity).values(members).orIgnore().execute();
      await loadDemoSession(em, record, commission.id);
      await loadDemoAgreements(em, record, commission.id, this.outcomes);
      await loadDemoGroups(em, record);
      await loadDemoDocuments(em);
      await loadDemoChallenges(em, passwordHash);
      // Each session's audit trail starts from the record as loaded, written by its secretary, so checking it
      // compares like with like instead of reporting a session with no trail as a mismatch.
      const secretaryId = personIds.get(SECRETARY_EMAIL) as string;
      for (const meeting of await em.find(MeetingEntity, { where: { commissionId: commission.id }, select: { id: true } })) {
        await this.meetings.startTrail(em, meeting.id, secretaryId);
      }
    });
    // Its own transaction, so it is created after the first commission and lists after it.
    await this.db.transaction(async (em) => {
      const archivesId = await loadArchivesCommission(em, record);
      if (!archivesId) return;
      const secretary = await em.findOneByOrFail(PersonEntity, { email: SECRETARY_EMAIL });
      for (const meeting of await em.find(MeetingEntity, { where: { commissionId: archivesId }, select: { id: true } })) {
        await this.meetings.startTrail(em, meeting.id, secretary.id);
      }
    });
  }

  private async upsertOrganizations(em: EntityManager, organizations: DemoOrganization[]): Promise<Map<string, string>> {
    const unique = [...new Map(organizations.map((o) => [o.name, o])).values()];
    await em.createQueryBuilder().insert().into(OrganizationEntity).values(unique).orIgnore().execute();
    const rows = await em.find(OrganizationEntity, { select: { id: true, name: true } });
    return new Map(rows.map((o) => [o.name, o.id]));
  }
}
