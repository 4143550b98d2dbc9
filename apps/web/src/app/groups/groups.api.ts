import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddGroupMember,
  ApiRoutes,
  ChangeDeliverableStatus,
  CommissionMember,
  CreateDeliverable,
  CreateGroup,
  CreateMilestone,
  Deliverable,
  DeliverableSummary,
  ExportFormat,
  GroupEvent,
  GroupMember,
  GroupRoutes,
  GroupsDashboard,
  JoinRequest,
  Milestone,
  Organization,
  Page,
  Person,
  ReviewInput,
  ReviseInput,
  SubmitInput,
  UpdateDeliverable,
  UpdateGroupMember,
  UpdateMilestone,
  WorkingGroup,
  WorkingGroupDetail,
} from '@cocrea/contracts';
import { Observable, map } from 'rxjs';

const params = (values: Record<string, string | number | undefined>) =>
  new HttpParams({
    fromObject: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>,
  });

/** The groups api, as the web uses it. */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  groups(commissionId: string, status: 'active' | 'archived' | 'all', page = 1): Observable<Page<WorkingGroup>> {
    return this.http.get<Page<WorkingGroup>>(GroupRoutes.groups(commissionId), { params: params({ status, page, pageSize: 50 }) });
  }

  createGroup(commissionId: string, body: CreateGroup): Observable<WorkingGroupDetail> {
    return this.http.post<WorkingGroupDetail>(GroupRoutes.groups(commissionId), body);
  }

  group(id: string): Observable<WorkingGroupDetail> {
    return this.http.get<WorkingGroupDetail>(GroupRoutes.group(id));
  }

  archive(id: string): Observable<WorkingGroupDetail> {
    return this.http.post<WorkingGroupDetail>(GroupRoutes.archive(id), {});
  }

  members(groupId: string, page: number, pageSize: number): Observable<Page<GroupMember>> {
    return this.http.get<Page<GroupMember>>(GroupRoutes.members(groupId), { params: params({ page, pageSize }) });
  }

  addMember(groupId: string, body: AddGroupMember): Observable<GroupMember> {
    return this.http.post<GroupMember>(GroupRoutes.members(groupId), body);
  }

  updateMember(groupId: string, memberId: string, body: UpdateGroupMember): Observable<GroupMember> {
    return this.http.patch<GroupMember>(GroupRoutes.member(groupId, memberId), body);
  }

  removeMember(groupId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(GroupRoutes.member(groupId, memberId));
  }

  joinRequests(groupId: string, status?: 'pending'): Observable<Page<JoinRequest>> {
    return this.http.get<Page<JoinRequest>>(GroupRoutes.joinRequests(groupId), { params: params({ status, pageSize: 100 }) });
  }

  requestToJoin(groupId: string, message: string): Observable<JoinRequest> {
    return this.http.post<JoinRequest>(GroupRoutes.joinRequests(groupId), { message: message || null });
  }

  acceptJoin(groupId: string, requestId: string): Observable<JoinRequest> {
    return this.http.post<JoinRequest>(GroupRoutes.acceptJoin(groupId, requestId), {});
  }

  declineJoin(groupId: string, requestId: string, reason: string): Observable<JoinRequest> {
    return this.http.post<JoinRequest>(GroupRoutes.declineJoin(groupId, requestId), { reason: reason || null });
  }

  deliverables(groupId: string): Observable<Page<DeliverableSummary>> {
    return this.http.get<Page<DeliverableSummary>>(GroupRoutes.deliverables(groupId), { params: params({ pageSize: 100 }) });
  }

  createDeliverable(groupId: string, body: CreateDeliverable): Observable<Deliverable> {
    return this.http.post<Deliverable>(GroupRoutes.deliverables(groupId), body);
  }

  deliverable(id: string): Observable<Deliverable> {
    return this.http.get<Deliverable>(GroupRoutes.deliverable(id));
  }

  updateDeliverable(id: string, body: UpdateDeliverable): Observable<Deliverable> {
    return this.http.patch<Deliverable>(GroupRoutes.deliverable(id), body);
  }

  changeStatus(id: string, body: ChangeDeliverableStatus): Observable<Deliverable> {
    return this.http.post<Deliverable>(GroupRoutes.deliverableStatus(id), body);
  }

  submitInput(id: string, body: SubmitInput): Observable<Deliverable> {
    return this.http.post<Deliverable>(GroupRoutes.inputs(id), body);
  }

  reviseInput(id: string, inputId: string, body: ReviseInput): Observable<Deliverable> {
    return this.http.patch<Deliverable>(GroupRoutes.input(id, inputId), body);
  }

  reviewInput(id: string, inputId: string, body: ReviewInput): Observable<Deliverable> {
    return this.http.post<Deliverable>(GroupRoutes.review(id, inputId), body);
  }

  groupMilestones(groupId: string): Observable<Page<Milestone>> {
    return this.http.get<Page<Milestone>>(GroupRoutes.groupMilestones(groupId));
  }

  roadmap(commissionId: string): Observable<Page<Milestone>> {
    return this.http.get<Page<Milestone>>(GroupRoutes.milestones(commissionId));
  }

  createMilestone(groupId: string, body: CreateMilestone): Observable<Milestone> {
    return this.http.post<Milestone>(GroupRoutes.groupMilestones(groupId), body);
  }

  /** A commitment's milestone: the whole commission's, with no group. */
  createCommissionMilestone(commissionId: string, body: CreateMilestone): Observable<Milestone> {
    return this.http.post<Milestone>(GroupRoutes.milestones(commissionId), body);
  }

  /** Only a group with no deliverables can be deleted (archive it otherwise). */
  deleteGroup(id: string): Observable<void> {
    return this.http.delete<void>(GroupRoutes.group(id));
  }

  updateMilestone(id: string, body: UpdateMilestone): Observable<Milestone> {
    return this.http.patch<Milestone>(GroupRoutes.milestone(id), body);
  }

  activity(groupId: string, page: number, pageSize: number): Observable<Page<GroupEvent>> {
    return this.http.get<Page<GroupEvent>>(GroupRoutes.activity(groupId), { params: params({ page, pageSize }) });
  }

  /** The dashboard of one commission (the one chosen in the header); null gives all of the person's. */
  dashboard(commissionId: string | null): Observable<GroupsDashboard> {
    return this.http.get<GroupsDashboard>(GroupRoutes.dashboard, { params: commissionId ? { commissionId } : {} });
  }

  searchOrganizations(q: string): Observable<Organization[]> {
    return this.http
      .get<Page<Organization>>(ApiRoutes.organizations, { params: params({ q, pageSize: 10 }) })
      .pipe(map((page) => page.items));
  }

  addPartnerOrganization(groupId: string, organizationId: string): Observable<WorkingGroupDetail> {
    return this.http.post<WorkingGroupDetail>(GroupRoutes.partners(groupId), { organizationId });
  }

  /** People to pick from when recording a join or inviting a partner. */
  searchPeople(q: string): Observable<Person[]> {
    return this.http.get<Page<Person>>(ApiRoutes.people, { params: params({ q, pageSize: 10 }) }).pipe(map((page) => page.items));
  }

  /** Serving members of the commission (one page holds them all), to choose coordinators and members from. */
  commissionMembersAll(commissionId: string): Observable<CommissionMember[]> {
    return this.http
      .get<Page<CommissionMember>>(ApiRoutes.commissionMembers(commissionId), { params: params({ pageSize: 100 }) })
      .pipe(map((page) => page.items));
  }

  exportUrl(kind: 'groups' | 'members' | 'deliverables', id: string, format: ExportFormat): string {
    const base =
      kind === 'groups'
        ? GroupRoutes.groupsExport(id)
        : kind === 'members'
          ? GroupRoutes.membersExport(id)
          : GroupRoutes.deliverablesExport(id);
    return `${base}?format=${format}`;
  }
}
