import { EntityManager } from 'typeorm';
import { DeliverableEntity } from '../deliverables/deliverable.entity';
import { createDocument } from '../documents/documents.service';
import { DocumentEntity } from '../documents/entities/document.entity';
import { GroupMemberEntity } from '../groups/group-member.entity';

export const DEMO_DOCUMENT_DELIVERABLE = 'Diagnóstico de la situación de apertura en las entidades federativas';

/** The diagnosis' first draft, as the group's coordinator would start it. */
const STARTING_TEXT = [
  '# Diagnóstico de la situación de apertura en las entidades federativas',
  '## Introducción',
  'Este diagnóstico describe el estado de la apertura institucional en las 32 entidades federativas, a partir de la información que publican los organismos garantes locales.',
  'La Comisión acordó elaborarlo en la sesión ordinaria del 15 de febrero de 2021, con la participación de organizaciones de la sociedad civil.',
  '## Metodología',
  'Se revisarán los portales de transparencia proactiva y los compromisos de gobierno abierto de cada entidad, con un cuestionario común.',
  '## Hallazgos preliminares',
  'La mayoría de las entidades cuenta con un secretariado técnico local de gobierno abierto, aunque con niveles de actividad muy distintos.',
];

/** A co-created document for the diagnosis deliverable, created by its group's coordinator; idempotent. */
export async function loadDemoDocuments(em: EntityManager): Promise<void> {
  const deliverable = await em.findOneBy(DeliverableEntity, { title: DEMO_DOCUMENT_DELIVERABLE });
  if (!deliverable || (await em.existsBy(DocumentEntity, { deliverableId: deliverable.id }))) return;
  const coordinator = await em.findOne(GroupMemberEntity, {
    where: { groupId: deliverable.groupId, role: 'coordinator' },
    relations: { group: true },
  });
  if (!coordinator) return;
  await createDocument(
    em,
    {
      title: 'Diagnóstico de la situación de apertura (borrador)',
      commissionId: coordinator.group.commissionId,
      groupId: deliverable.groupId,
      deliverableId: deliverable.id,
      meetingId: null,
      createdById: coordinator.personId,
    },
    STARTING_TEXT,
  );
}
