import { PublicDatasetName } from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../common/clock';
import { publicMemberRows } from '../commissions';
import { publicDeliverableRows } from '../deliverables';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { DatasetRows } from './public-datasets';
import { toPublicAgreement, toPublicDocumentVersion, toPublicSessionSummary } from './public-mappers';
import { PublicRecordsService } from './public-records.service';
import { publicMeetingSql } from './public-rules';
import { PublicService } from './public.service';

/** Whole datasets for download; bounded so one request cannot pull an unbounded table into memory. */
export const MAX_DATASET_ROWS = 50_000;

@Injectable()
export class PublicOpenDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly portal: PublicService,
    private readonly records: PublicRecordsService,
    private readonly clock: Clock,
  ) {}

  /** A dataset's rows: of one commission when `commissionId` is given, else of every commission. */
  async rows<K extends PublicDatasetName>(name: K, commissionId?: string): Promise<DatasetRows[K][]> {
    const ofCommission = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string) =>
      commissionId ? qb.andWhere(`${column} = :commissionId`, { commissionId }) : qb;
    const loaders: { [D in PublicDatasetName]: () => Promise<DatasetRows[D][]> } = {
      members: () => publicMemberRows(this.db.manager, commissionId, MAX_DATASET_ROWS),
      sessions: async () => {
        const meetings = await ofCommission(
          this.db.manager.createQueryBuilder(MeetingEntity, 'm').where(`${publicMeetingSql('m')}`),
          'm.commission_id',
        )
          .orderBy('m.scheduled_at', 'DESC')
          .limit(MAX_DATASET_ROWS)
          .getMany();
        const counts = await this.portal.agreementCounts(meetings.map((m) => m.id));
        return meetings.map((m) => toPublicSessionSummary(m, counts.get(m.id) ?? 0));
      },
      attendance: async () => (await this.records.attendanceOf(null, { commissionId })).slice(0, MAX_DATASET_ROWS),
      agreements: async () => {
        const today = commissionDay(this.clock.now());
        return (await this.portal.agreementsQuery({ commissionId }).limit(MAX_DATASET_ROWS).getMany()).map((a) =>
          toPublicAgreement(a, today),
        );
      },
      votes: async () => (await this.records.votesOf(null, { commissionId })).slice(0, MAX_DATASET_ROWS),
      deliverables: () => publicDeliverableRows(this.db.manager, commissionId, MAX_DATASET_ROWS),
      documents: async () =>
        (await this.portal.documentsQuery({ commissionId }).limit(MAX_DATASET_ROWS).getMany()).map(toPublicDocumentVersion),
    };
    return (loaders[name] as () => Promise<DatasetRows[K][]>)();
  }
}
