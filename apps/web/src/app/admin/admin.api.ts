import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  Commission,
  CommissionMember,
  CreateCommission,
  CreateCommissionMember,
  CreateOrganization,
  CreatePerson,
  Organization,
  Page,
  Person,
  PersonAccount,
  PersonEntry,
  PersonStatus,
  PlatformRole,
  UpdateCommission,
  UpdateCommissionMember,
  UpdateOrganization,
  UpdatePerson,
} from '@cocrea/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';

/** What every administration list sends: a search text and a page. */
export interface ListQuery {
  q: string;
  page: number;
  pageSize: number;
}

/** The query string of a list: an empty search is left out (the api trims it anyway). */
function listParams(query: ListQuery, extra: Record<string, string> = {}): HttpParams {
  let params = new HttpParams({ fromObject: { page: query.page, pageSize: query.pageSize, ...extra } });
  if (query.q) params = params.set('q', query.q);
  return params;
}

/** The write routes of commissions, people, organizations and each commission's membership, as the administration screens use them. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiClient);

  commissions(query: ListQuery): Observable<Page<Commission>> {
    return this.api.call('listCommissions', { query: { page: query.page, pageSize: query.pageSize, ...(query.q ? { q: query.q } : {}) } });
  }

  commission(commissionId: string): Observable<Commission> {
    return this.api.call('getCommission', { params: { commissionId } });
  }

  createCommission(body: CreateCommission): Observable<Commission> {
    return this.api.call('createCommission', { body });
  }

  updateCommission(commissionId: string, body: UpdateCommission): Observable<Commission> {
    return this.api.call('updateCommission', { params: { commissionId }, body });
  }

  /** Everyone for the administration's list (`all`); only people who take part when naming someone (`active`). */
  people(query: ListQuery, status: PersonStatus): Observable<Page<PersonEntry>> {
    return this.http.get<Page<PersonEntry>>(ApiRoutes.people, { params: listParams(query, { status }) });
  }

  person(id: string): Observable<Person> {
    return this.http.get<Person>(ApiRoutes.person(id));
  }

  createPerson(body: CreatePerson): Observable<Person> {
    return this.http.post<Person>(ApiRoutes.people, body);
  }

  updatePerson(id: string, body: UpdatePerson): Observable<Person> {
    return this.http.patch<Person>(ApiRoutes.person(id), body);
  }

  /** Sign-in state, platform role and open sessions: only for those who may write people. */
  personAccount(id: string): Observable<PersonAccount> {
    return this.http.get<PersonAccount>(ApiRoutes.personAccount(id));
  }

  disableAccount(id: string): Observable<PersonAccount> {
    return this.http.post<PersonAccount>(ApiRoutes.personAccountDisable(id), {});
  }

  enableAccount(id: string): Observable<PersonAccount> {
    return this.http.post<PersonAccount>(ApiRoutes.personAccountEnable(id), {});
  }

  /** Ends every sign-in of the person (answered with nothing). */
  signOutEverywhere(id: string): Observable<void> {
    return this.http.post<void>(ApiRoutes.personSignOut(id), {});
  }

  setPlatformRole(id: string, platformRole: PlatformRole): Observable<PersonAccount> {
    return this.http.put<PersonAccount>(ApiRoutes.personPlatformRole(id), { platformRole });
  }

  deactivatePerson(id: string): Observable<PersonAccount> {
    return this.http.post<PersonAccount>(ApiRoutes.personDeactivate(id), {});
  }

  reactivatePerson(id: string): Observable<PersonAccount> {
    return this.http.post<PersonAccount>(ApiRoutes.personReactivate(id), {});
  }

  organizations(query: ListQuery): Observable<Page<Organization>> {
    return this.http.get<Page<Organization>>(ApiRoutes.organizations, { params: listParams(query) });
  }

  organization(id: string): Observable<Organization> {
    return this.http.get<Organization>(ApiRoutes.organization(id));
  }

  createOrganization(body: CreateOrganization): Observable<Organization> {
    return this.http.post<Organization>(ApiRoutes.organizations, body);
  }

  updateOrganization(id: string, body: UpdateOrganization): Observable<Organization> {
    return this.http.patch<Organization>(ApiRoutes.organization(id), body);
  }

  /** Current and former members alike: ending a membership must not make it vanish from the administration list. */
  members(commissionId: string, query: ListQuery): Observable<Page<CommissionMember>> {
    return this.http.get<Page<CommissionMember>>(ApiRoutes.commissionMembers(commissionId), {
      params: listParams(query, { status: 'all' }),
    });
  }

  member(commissionId: string, memberId: string): Observable<CommissionMember> {
    return this.http.get<CommissionMember>(ApiRoutes.commissionMember(commissionId, memberId));
  }

  addMember(commissionId: string, body: CreateCommissionMember): Observable<CommissionMember> {
    return this.http.post<CommissionMember>(ApiRoutes.commissionMembers(commissionId), body);
  }

  updateMember(commissionId: string, memberId: string, body: UpdateCommissionMember): Observable<CommissionMember> {
    return this.http.patch<CommissionMember>(ApiRoutes.commissionMember(commissionId, memberId), body);
  }
}
