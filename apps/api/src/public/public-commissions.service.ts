import { Page, PageQuery, PublicCommission, PublicCommissionSummary } from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../common/clock';
import { AgreementEntity } from '../agreements/entities/agreement.entity';
import { notFound } from '../common/problem';
import { publicCommission, publicCommissionsPage, publicMembersByOffice, seatedMemberCounts } from '../commissions';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { heldMeetingSql, publicMeetingSql } from './public-rules';

type Counts = Map<string, number>;

/**
 * The commissions of the installation as the portal presents them: the list with what each has published, and one
 * commission with its members. Without an id the portal's first commission is the oldest (the founding one).
 */
@Injectable()
export class PublicCommissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(query: PageQuery): Promise<Page<PublicCommissionSummary>> {
    const page = await publicCommissionsPage(this.db.manager, query);
    const ids = page.items.map((c) => c.id);
    const [members, sessions, agreements] = await Promise.all([
      seatedMemberCounts(this.db.manager, ids, commissionDay(this.clock.now())),
      this.sessionCounts(ids),
      this.agreementCounts(ids),
    ]);
    return {
      ...page,
      items: page.items.map((c) => ({
        id: c.id,
        name: c.name,
        acronym: c.acronym,
        memberCount: members.get(c.id) ?? 0,
        sessionCount: sessions.get(c.id) ?? 0,
        agreementCount: agreements.get(c.id) ?? 0,
      })),
    };
  }

  /** One commission and its members (chair, secretary, then by name); the oldest when no id is given. */
  async commission(id?: string): Promise<PublicCommission> {
    const commission = await publicCommission(this.db.manager, id);
    if (!commission) throw notFound('una comisión', 'commission');
    return { ...commission, members: await publicMembersByOffice(this.db.manager, commission.id) };
  }

  private sessionCounts(ids: string[]): Promise<Counts> {
    return this.countBy(ids, this.db.manager.createQueryBuilder(MeetingEntity, 'x').where(publicMeetingSql('x')));
  }

  private agreementCounts(ids: string[]): Promise<Counts> {
    return this.countBy(
      ids,
      this.db.manager.createQueryBuilder(AgreementEntity, 'x').innerJoin('x.meeting', 'm').where(heldMeetingSql('m')),
    );
  }

  /** Rows per commission of a query aliased `x` whose table has a `commission_id`. */
  private async countBy(ids: string[], qb: SelectQueryBuilder<ObjectLiteral>): Promise<Counts> {
    if (ids.length === 0) return new Map();
    const rows = await qb
      .select('x.commission_id', 'commissionId')
      .addSelect('COUNT(*)::int', 'count')
      .andWhere('x.commission_id IN (:...ids)', { ids })
      .groupBy('x.commission_id')
      .getRawMany<{ commissionId: string; count: number }>();
    return new Map(rows.map((r) => [r.commissionId, r.count]));
  }
}
