import { Contributions, Me, OrganizationContribution, PersonContribution } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { toPersonRef } from '../groups';
import { PersonEntity } from '../people/person.entity';
import { DocumentAccess } from './document-access.service';
import { DocumentContributionEntity } from './entities/document-contribution.entity';
import { DocumentProposalEntity } from './entities/document-proposal.entity';

/** Who wrote what share of a document, and whose proposals were accepted: the credits of a co-created text. */
@Injectable()
export class ContributionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DocumentAccess,
  ) {}

  async of(me: Me, documentId: string): Promise<Contributions> {
    await this.access.context(me, documentId);
    const typed = await this.db.manager.findBy(DocumentContributionEntity, { documentId });
    const accepted = await this.db.manager.find(DocumentProposalEntity, {
      where: { documentId, status: 'accepted' },
      relations: { organization: true },
      select: { id: true, authorId: true, organizationId: true, replacement: true, organization: { id: true, name: true } },
    });
    const personIds = [...new Set([...typed.map((t) => t.personId), ...accepted.map((p) => p.authorId)])];
    const people = personIds.length
      ? await this.db.manager.find(PersonEntity, { where: { id: In(personIds) }, relations: { organization: true } })
      : [];
    const total = typed.reduce((sum, t) => sum + t.insertedChars, 0);
    const personRows: PersonContribution[] = people
      .map((person) => {
        const insertedChars = typed.find((t) => t.personId === person.id)?.insertedChars ?? 0;
        return {
          person: toPersonRef(person),
          insertedChars,
          share: total > 0 ? insertedChars / total : 0,
          acceptedProposals: accepted.filter((p) => p.authorId === person.id).length,
        };
      })
      .sort(
        (a, b) =>
          b.insertedChars - a.insertedChars ||
          b.acceptedProposals - a.acceptedProposals ||
          a.person.name.localeCompare(b.person.name, 'es'),
      );
    const organizations = new Map<string | null, OrganizationContribution>();
    for (const row of personRows) {
      const org = row.person.organization;
      const key = org?.id ?? null;
      const entry = organizations.get(key) ?? {
        organizationId: key,
        organizationName: org?.name ?? null,
        acceptedProposals: 0,
        insertedChars: 0,
      };
      entry.insertedChars += row.insertedChars;
      organizations.set(key, entry);
    }
    for (const p of accepted) {
      const key = p.organizationId;
      const entry = organizations.get(key) ?? {
        organizationId: key,
        organizationName: p.organization?.name ?? null,
        acceptedProposals: 0,
        insertedChars: 0,
      };
      entry.acceptedProposals += 1;
      organizations.set(key, entry);
    }
    return {
      people: personRows,
      organizations: [...organizations.values()].sort(
        (a, b) => b.acceptedProposals - a.acceptedProposals || b.insertedChars - a.insertedChars,
      ),
    };
  }
}
