import { CommissionRole, Locale, MexicanState, OrganizationKind, PlatformRole } from '@cocrea/contracts';
import { DataSource } from 'typeorm';

/**
 * The sign-ins behind a set of token hashes, read in one plain statement: the login session, its person, their
 * organization and their memberships. A thousand voters whose cached sign-ins expired cast within the same few
 * milliseconds; building and hydrating this as TypeORM's four-table join cost more of the api's time than the ballots.
 */
export interface FoundSignIn {
  sessionId: string;
  expiresAt: Date;
  person: SignInPerson;
  memberships: SignInMembership[];
}

/** The person of a sign-in: what `toPerson` and `maySignIn` read. */
export interface SignInPerson {
  id: string;
  name: string;
  email: string;
  title: string | null;
  locale: Locale;
  platformRole: PlatformRole;
  accountDisabledAt: Date | null;
  deactivatedAt: Date | null;
  organization: { id: string; name: string; shortName: string | null; kind: OrganizationKind; state: MexicanState | null } | null;
}

/** What a sign-in needs of a membership: the commission, the role and vote, and the days it runs. */
export interface SignInMembership {
  commissionId: string;
  role: CommissionRole;
  votes: boolean;
  since: string | null;
  until: string | null;
}

interface SignInRow {
  session_id: string;
  token_hash: string;
  expires_at: Date;
  person_id: string;
  name: string;
  email: string;
  title: string | null;
  locale: Locale;
  platform_role: PlatformRole;
  account_disabled_at: Date | null;
  deactivated_at: Date | null;
  organization_id: string | null;
  organization_name: string | null;
  organization_short_name: string | null;
  organization_kind: OrganizationKind | null;
  organization_state: MexicanState | null;
  memberships: SignInMembership[];
}

const SIGN_INS = `
  SELECT s.id AS session_id, s.token_hash, s.expires_at,
         p.id AS person_id, p.name, p.email, p.title, p.locale, p.platform_role, p.account_disabled_at, p.deactivated_at,
         o.id AS organization_id, o.name AS organization_name, o.short_name AS organization_short_name,
         o.kind AS organization_kind, o.state AS organization_state,
         COALESCE((SELECT json_agg(json_build_object('commissionId', m.commission_id, 'role', m.role, 'votes', m.votes,
                                                     'since', m.since, 'until', m.until))
                     FROM commission_members m WHERE m.person_id = p.id), '[]'::json) AS memberships
    FROM auth_sessions s
    JOIN people p ON p.id = s.person_id
    LEFT JOIN organizations o ON o.id = p.organization_id
   WHERE s.token_hash = ANY ($1::bpchar[]) AND s.expires_at > $2`;

/** The unexpired sign-ins among `tokenHashes`, by token hash. */
export async function signInsByTokenHash(db: DataSource, tokenHashes: string[], now: Date): Promise<Map<string, FoundSignIn>> {
  const rows = (await db.query(SIGN_INS, [tokenHashes, now])) as SignInRow[];
  return new Map(
    rows.map((row) => {
      const person: SignInPerson = {
        id: row.person_id,
        name: row.name,
        email: row.email,
        title: row.title,
        locale: row.locale,
        platformRole: row.platform_role,
        accountDisabledAt: row.account_disabled_at,
        deactivatedAt: row.deactivated_at,
        organization:
          row.organization_id === null
            ? null
            : {
                id: row.organization_id,
                name: row.organization_name ?? '',
                shortName: row.organization_short_name,
                kind: row.organization_kind as OrganizationKind,
                state: row.organization_state,
              },
      };
      return [row.token_hash, { sessionId: row.session_id, expiresAt: row.expires_at, person, memberships: row.memberships }];
    }),
  );
}
