import { PersonDetail } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';

/** One seat of a person on a commission, as their detail lists it. */
export type PersonMembership = PersonDetail['memberships'][number];

/**
 * The commissions a person sits on, for their detail. Memberships belong to the commissions domain, which sits above
 * people (a member is a person) and so cannot be imported here: it provides them as it starts.
 */
@Injectable()
export class PersonMemberships {
  private source: ((personId: string) => Promise<PersonMembership[]>) | null = null;

  providedBy(source: (personId: string) => Promise<PersonMembership[]>): void {
    this.source = source;
  }

  of(personId: string): Promise<PersonMembership[]> {
    if (!this.source) throw new Error('The commissions module has not started: no memberships to list.');
    return this.source(personId);
  }
}
