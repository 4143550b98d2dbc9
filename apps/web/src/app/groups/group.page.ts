import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTab, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import {
  DeliverableSummary,
  GROUP_TEXT_LIMITS,
  GroupEvent,
  GroupMember,
  JoinRequest,
  Milestone,
  Page,
  WorkingGroupDetail,
} from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { commissionDay } from '@cocrea/domain';
import { map, Observable } from 'rxjs';
import { isApiError } from '../core/http/api-error';
import { applyServerErrors, problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { ErrorPanel } from '../core/ui/error-panel';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { GroupsApi } from './groups.api';
import { AddMemberDialog } from './ui/add-member.dialog';
import { AddPartnerOrganizationDialog } from './ui/add-partner-organization.dialog';
import { confirmAction } from '../core/ui/confirm-dialog';
import { DeliverableFormDialog } from './ui/deliverable-form.dialog';
import { Section } from './section';
import { JoinRequestDialog } from './ui/join-request.dialog';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { namePageTitle } from '../core/i18n/page-title';
import { MexicanDateInput } from '../core/forms/mexican-date-input';

const MEMBERS_PAGE_SIZE = 20;
const ACTIVITY_PAGE_SIZE = 10;

/** One working group: who takes part, what it must deliver, its milestones and what happened lately. */
@Component({
  selector: 'cc-group-page',
  imports: [
    MexicanDateInput,
    RouterLink,
    CalendarDayPipe,
    ReactiveFormsModule,
    MatAnchor,
    MatButton,
    MatTabGroup,
    MatTab,
    MatProgressBar,
    MatPaginator,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    TranslocoPipe,
    CommissionTimePipe,
    ErrorPanel,
  ],
  templateUrl: './group.page.html',
  styleUrl: './groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
})
export class GroupPage {
  private readonly api = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly localeService = inject(LocaleService);
  protected readonly locale = this.localeService.locale;

  /** Bound from the `:id` route param. */
  readonly id = input.required<string>();

  protected readonly group = signal<WorkingGroupDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly notFound = computed(() => {
    const error = this.error();
    return isApiError(error) && (error.status === 404 || error.status === 400);
  });
  /** The outcome of the last action (a translation key and its params), read out by screen readers. */
  protected readonly notice = signal<{ key: string; params: Record<string, string> } | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly deliverablesSection = new Section<DeliverableSummary[]>();
  protected readonly membersSection = new Section<Page<GroupMember>>();
  protected readonly requestsSection = new Section<JoinRequest[]>();
  protected readonly milestonesSection = new Section<Milestone[]>();
  protected readonly activitySection = new Section<Page<GroupEvent>>();
  protected readonly deliverables = this.deliverablesSection.value;
  protected readonly members = this.membersSection.value;
  protected readonly requests = this.requestsSection.value;
  protected readonly milestones = this.milestonesSection.value;
  protected readonly activity = this.activitySection.value;
  protected readonly membersPage = signal(1);
  protected readonly activityPage = signal(1);

  protected readonly milestoneForm = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(GROUP_TEXT_LIMITS.title)],
    }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly limits = GROUP_TEXT_LIMITS;
  /** Resetting through the directive also clears its submitted state, so the emptied form shows no errors. */
  private readonly milestoneFormDirective = viewChild('milestoneFormDir', { read: FormGroupDirective });

  constructor() {
    namePageTitle(() => this.group()?.name);
    effect(() => this.load(this.id()));
  }

  protected exportUrl(kind: 'members' | 'deliverables', format: 'csv' | 'json'): string {
    return this.api.exportUrl(kind, this.id(), format);
  }

  protected load(id: string): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.group(id).subscribe({
      next: (group) => {
        this.group.set(group);
        this.loading.set(false);
        this.loadSections(group);
      },
      error: (error: unknown) => {
        this.group.set(null);
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }

  protected onMembersPage(event: PageEvent): void {
    this.membersPage.set(event.pageIndex + 1);
    this.loadMembers();
  }

  protected onActivityPage(event: PageEvent): void {
    this.activityPage.set(event.pageIndex + 1);
    this.loadActivity();
  }

  protected requestToJoin(): void {
    const group = this.group();
    if (!group) return;
    this.dialog
      .open(JoinRequestDialog, { data: { groupId: group.id, groupName: group.name }, width: '480px' })
      .afterClosed()
      .subscribe((request?: JoinRequest) => {
        if (request) this.afterChange('groups.notices.requested');
      });
  }

  protected leave(): void {
    const group = this.group();
    const memberId = group?.myMemberId;
    if (!group || !memberId) return;
    confirmAction(this.dialog, {
      title: 'groups.leave.title',
      message: 'groups.leave.message',
      confirm: 'groups.leave.confirm',
      params: { name: group.name },
      destructive: true,
    }).subscribe((ok) => {
      if (ok) this.run(this.api.removeMember(group.id, memberId), 'groups.notices.left', { name: group.name });
    });
  }

  protected archive(): void {
    const group = this.group();
    if (!group) return;
    confirmAction(this.dialog, {
      title: 'groups.archive.title',
      message: 'groups.archive.message',
      confirm: 'groups.archive.confirm',
      params: { name: group.name },
      destructive: true,
    }).subscribe((ok) => {
      if (ok) this.run(this.api.archive(group.id), 'groups.notices.archived');
    });
  }

  /** Only a group with no deliverables can go (the server answers why not otherwise); then back to the list. */
  protected remove(): void {
    const group = this.group();
    if (!group) return;
    confirmAction(this.dialog, {
      title: 'groups.delete.title',
      message: 'groups.delete.message',
      confirm: 'groups.delete.confirm',
      params: { name: group.name },
      destructive: true,
    }).subscribe((ok) => {
      if (!ok) return;
      this.actionError.set(null);
      this.api.deleteGroup(group.id).subscribe({
        next: () => void this.router.navigate(['/groups']),
        error: (error: unknown) => this.actionError.set(problemMessage(error, this.locale()) ?? 'errors.generic'),
      });
    });
  }

  protected accept(request: JoinRequest): void {
    this.run(this.api.acceptJoin(request.groupId, request.id), 'groups.notices.accepted', { name: request.person.name });
  }

  protected decline(request: JoinRequest): void {
    confirmAction(this.dialog, {
      title: 'groups.decline.title',
      message: 'groups.decline.message',
      confirm: 'groups.decline.confirm',
      params: { name: request.person.name },
      reason: { label: 'groups.decline.reason', required: false },
      destructive: true,
    }).subscribe((result) => {
      if (result)
        this.run(this.api.declineJoin(request.groupId, request.id, result.reason), 'groups.notices.declined', {
          name: request.person.name,
        });
    });
  }

  protected removeMember(member: GroupMember): void {
    const group = this.group();
    if (!group) return;
    confirmAction(this.dialog, {
      title: 'groups.remove.title',
      message: 'groups.remove.message',
      confirm: 'groups.remove.confirm',
      params: { name: member.person.name },
      destructive: true,
    }).subscribe((ok) => {
      if (ok) this.run(this.api.removeMember(group.id, member.id), 'groups.notices.removed', { name: member.person.name });
    });
  }

  protected changeRole(member: GroupMember, role: 'coordinator' | 'member'): void {
    const group = this.group();
    if (!group) return;
    this.run(this.api.updateMember(group.id, member.id, { role }), 'groups.notices.roleChanged', { name: member.person.name });
  }

  protected addMember(): void {
    const group = this.group();
    if (!group) return;
    this.dialog
      .open(AddMemberDialog, { data: { groupId: group.id }, width: '560px' })
      .afterClosed()
      .subscribe((added?: GroupMember) => {
        if (added) this.afterChange('groups.notices.added', { name: added.person.name });
      });
  }

  protected addPartnerOrganization(): void {
    const group = this.group();
    if (!group) return;
    this.dialog
      .open(AddPartnerOrganizationDialog, { data: { groupId: group.id }, width: '560px' })
      .afterClosed()
      .subscribe((updated?: WorkingGroupDetail) => {
        if (updated) this.afterChange('groups.notices.partnerAdded');
      });
  }

  protected createDeliverable(): void {
    const group = this.group();
    if (!group) return;
    this.dialog
      .open(DeliverableFormDialog, { data: { groupId: group.id }, width: '560px' })
      .afterClosed()
      .subscribe((created?: { title: string }) => {
        if (created) this.afterChange('groups.notices.deliverableCreated', { title: created.title });
      });
  }

  protected addMilestone(): void {
    const group = this.group();
    if (!group || this.milestoneForm.invalid) {
      this.milestoneForm.markAllAsTouched();
      return;
    }
    this.run(
      this.api.createMilestone(group.id, this.milestoneForm.getRawValue()),
      'groups.notices.milestoneCreated',
      {},
      () => this.milestoneFormDirective()?.resetForm(),
      this.milestoneForm,
    );
  }

  protected complete(milestone: Milestone): void {
    this.run(this.api.updateMilestone(milestone.id, { completedOn: commissionDay() }), 'groups.notices.milestoneDone', {
      title: milestone.title,
    });
  }

  /** Sends a change; a refusal about fields of `form` shows at those fields, anything else above the tabs. */
  private run(
    action: Observable<unknown>,
    notice: string,
    params: Record<string, string> = {},
    then?: () => void,
    form?: AbstractControl,
  ): void {
    this.actionError.set(null);
    action.subscribe({
      next: () => {
        then?.();
        this.afterChange(notice, params);
      },
      error: (error: unknown) => {
        if (form && applyServerErrors(form, error, this.locale())) return;
        this.actionError.set(problemMessage(error, this.locale()) ?? 'errors.generic');
      },
    });
  }

  /**
   * Reloads the group after a change. Someone who may no longer read it (a partner without a seat who just
   * left) goes back to the groups list; any other failure shows the page's error panel.
   */
  private afterChange(notice: string, params: Record<string, string> = {}): void {
    this.notice.set({ key: notice, params });
    this.api.group(this.id()).subscribe({
      next: (group) => {
        this.group.set(group);
        this.loadSections(group);
      },
      error: (error: unknown) => {
        if (isApiError(error) && error.status === 403) {
          void this.router.navigate(['/groups']);
          return;
        }
        this.group.set(null);
        this.error.set(error);
      },
    });
  }

  private loadSections(group: WorkingGroupDetail): void {
    this.loadDeliverables();
    this.loadMilestones();
    if (group.abilities.manage) this.loadRequests();
    this.loadMembers();
    this.loadActivity();
  }

  protected loadDeliverables(): void {
    this.deliverablesSection.load(this.api.deliverables(this.id()).pipe(map((page) => page.items)));
  }

  protected loadMilestones(): void {
    this.milestonesSection.load(this.api.groupMilestones(this.id()).pipe(map((page) => page.items)));
  }

  protected loadRequests(): void {
    this.requestsSection.load(this.api.joinRequests(this.id(), 'pending').pipe(map((page) => page.items)));
  }

  protected loadMembers(): void {
    this.membersSection.load(this.api.members(this.id(), this.membersPage(), MEMBERS_PAGE_SIZE));
  }

  protected loadActivity(): void {
    this.activitySection.load(this.api.activity(this.id(), this.activityPage(), ACTIVITY_PAGE_SIZE));
  }
}
