import { Injectable, inject } from '@angular/core';
import {
  ChangePassword,
  CreateInvitation,
  HomeView,
  Invitation,
  MailState,
  NotificationPreferences,
  OutboxMail,
  Page,
  SetPasswordWithToken,
  UpdateNotificationPreferences,
  WorkingGroup,
} from '@cocrea/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';

/** The api calls of a person's own account, their home, invitations and the admins' outbox. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly api = inject(ApiClient);

  home(): Observable<HomeView> {
    return this.api.call('getHome');
  }

  changePassword(body: ChangePassword): Observable<void> {
    return this.api.call('changePassword', { body });
  }

  requestReset(email: string): Observable<void> {
    return this.api.call('requestPasswordReset', { body: { email } });
  }

  confirmReset(body: SetPasswordWithToken): Observable<void> {
    return this.api.call('confirmPasswordReset', { body });
  }

  acceptInvitation(body: SetPasswordWithToken): Observable<void> {
    return this.api.call('acceptInvitation', { body });
  }

  invite(body: CreateInvitation): Observable<Invitation> {
    return this.api.call('invitePerson', { body });
  }

  preferences(): Observable<NotificationPreferences> {
    return this.api.call('getNotificationPreferences');
  }

  updatePreferences(body: UpdateNotificationPreferences): Observable<NotificationPreferences> {
    return this.api.call('updateNotificationPreferences', { body });
  }

  outbox(page: number, state?: MailState): Observable<Page<OutboxMail>> {
    return this.api.call('listOutboxMail', { query: { page, pageSize: 50, state } });
  }

  /** Groups of the commission, to invite someone into one. */
  groups(commissionId: string): Observable<Page<WorkingGroup>> {
    return this.api.call('listGroups', { params: { commissionId }, query: { pageSize: 100 } });
  }
}
