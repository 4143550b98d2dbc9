import { AgreementRevision } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { AgreementRevisionEntity } from './entities/agreement-revision.entity';
import { AgreementEntity } from './entities/agreement.entity';

/**
 * An agreement's text history, as the members' page and the portal both show it: the text as adopted (before any
 * correction) and each correction or merge with who, when and why.
 */
export async function historyOf(
  em: EntityManager,
  agreement: AgreementEntity,
): Promise<{ adoptedText: string; revisions: AgreementRevision[] }> {
  const rows = await em.find(AgreementRevisionEntity, {
    where: { agreementId: agreement.id },
    relations: { by: true },
    order: { createdAt: 'ASC' },
  });
  const firstCorrection = rows.find((r) => r.kind === 'correction');
  return {
    adoptedText: firstCorrection?.textBefore ?? agreement.text,
    revisions: rows.map((r) => ({
      kind: r.kind,
      textBefore: r.textBefore,
      textAfter: r.textAfter,
      reason: r.reason,
      byName: r.by?.name ?? null,
      at: r.createdAt.toISOString(),
    })),
  };
}
