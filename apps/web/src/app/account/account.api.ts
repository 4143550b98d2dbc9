import { HttpClient, HttpParams } from '@angular/common/http';
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

/** The api calls of a person's own account, their home, invitations and the admins' outbox. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  home(): Observable<HomeView> {
    return this.http.get<HomeView>('/api/home');
  }

  changePassword(body: ChangePassword): Observable<void> {
    return this.http.post<void>('/api/accounts/password', body);
  }

  requestReset(email: string): Observable<void> {
    return this.http.post<void>('/api/accounts/password-reset', { email });
  }

  confirmReset(body: SetPasswordWithToken): Observable<void> {
    return this.http.post<void>('/api/accounts/password-reset/confirm', body);
  }

  acceptInvitation(body: SetPasswordWithToken): Observable<void> {
    return this.http.post<void>('/api/accounts/invitations/accept', body);
  }

  invite(body: CreateInvitation): Observable<Invitation> {
    return this.http.post<Invitation>('/api/accounts/invitations', body);
  }

  preferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>('/api/notifications/preferences');
  }

  updatePreferences(body: UpdateNotificationPreferences): Observable<NotificationPreferences> {
    return this.http.put<NotificationPreferences>('/api/notifications/preferences', body);
  }

  outbox(page: number, state?: MailState): Observable<Page<OutboxMail>> {
    let params = new HttpParams().set('page', page).set('pageSize', 50);
    if (state) params = params.set('state', state);
    return this.http.get<Page<OutboxMail>>('/api/mail/outbox', { params });
  }

  /** Groups of the commission, to invite someone into one. */
  groups(commissionId: string): Observable<Page<WorkingGroup>> {
    return this.http.get<Page<WorkingGroup>>(`/api/commissions/${commissionId}/groups`, { params: { pageSize: 100 } });
  }

  commissions(): Observable<Page<{ id: string; name: string }>> {
    return this.http.get<Page<{ id: string; name: string }>>('/api/commissions');
  }
}
