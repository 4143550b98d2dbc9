import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { AuthService } from './core/auth/auth.service';
import { isAdmin, launchesChallenges, readsCommission } from './core/auth/access';
import { roomGuard } from './sessions/room.guard';
import { DEFAULT_AFTER_LOGIN, PORTAL_HOME, accessGuard, authGuard, guestGuard } from './core/auth/auth.guards';

const statusPage = () => import('./errors/status.page').then((m) => m.StatusPage);
const setPasswordPage = () => import('./account/set-password.page').then((m) => m.SetPasswordPage);

/**
 * Route `title`s are translation keys (see TranslatedTitleStrategy). `data.fullScreen` shows a page without the app's
 * header and navigation (the room's projector).
 */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'login.pageTitle',
    canActivate: [guestGuard],
    loadComponent: () => import('./auth/login.page').then((m) => m.LoginPage),
  },
  // The links of reset and invitation mails (the token rides in the fragment).
  { path: 'restablecer', title: 'account.reset.title', data: { purpose: 'reset' }, loadComponent: setPasswordPage },
  { path: 'invitacion', title: 'account.setPassword.invitation.title', data: { purpose: 'invitation' }, loadComponent: setPasswordPage },
  // A citizen's own sign-up for open challenges (the confirmation link opens /invitacion).
  {
    path: 'registro',
    title: 'challenges.signUp.heading',
    canActivate: [guestGuard],
    loadComponent: () => import('./challenges/sign-up.page').then((m) => m.SignUpPage),
  },
  { path: 'sin-permiso', title: 'statusPages.forbidden.title', data: { kind: 'forbidden' }, loadComponent: statusPage },
  // The public portal: anyone, no account.
  { path: 'portal', loadChildren: () => import('./portal/portal.routes').then((m) => m.portalRoutes) },
  // The front door: signed-in people keep their app; a visitor finds the portal.
  { path: '', pathMatch: 'full', redirectTo: () => (inject(AuthService).signedIn() ? DEFAULT_AFTER_LOGIN : PORTAL_HOME) },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      { path: 'inicio', title: 'home.pageTitle', loadComponent: () => import('./account/home.page').then((m) => m.HomePage) },
      { path: 'cuenta', title: 'account.title', loadComponent: () => import('./account/account.page').then((m) => m.AccountPage) },
      { path: 'invitar', title: 'account.invite.title', loadComponent: () => import('./account/invite.page').then((m) => m.InvitePage) },
      {
        path: 'admin/correo',
        title: 'account.outbox.title',
        canActivate: [accessGuard(isAdmin)],
        loadComponent: () => import('./account/outbox.page').then((m) => m.OutboxPage),
      },
      { path: 'admin', loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes) },
      {
        path: 'directory',
        title: 'directory.pageTitle',
        loadComponent: () => import('./directory/directory.page').then((m) => m.DirectoryPage),
      },
      { path: 'groups', loadChildren: () => import('./groups/groups.routes').then((m) => m.groupsRoutes) },
      {
        // One poll on the room's screen: the projector is the session's, so its route sits here and not in voting's.
        path: 'voting/polls/:pollId/projector',
        title: 'voting.projector',
        data: { fullScreen: true },
        loadComponent: () => import('./sessions/projector.page').then((m) => m.ProjectorPage),
      },
      { path: 'voting', loadChildren: () => import('./voting/voting.routes').then((m) => m.votingRoutes) },
      { path: 'documents', loadChildren: () => import('./documents/documents.routes').then((m) => m.documentsRoutes) },
      {
        path: 'sessions',
        children: [
          {
            path: '',
            canActivate: [accessGuard(readsCommission)],
            title: 'sessions.pageTitle',
            loadComponent: () => import('./sessions/sessions-list.page').then((m) => m.SessionsListPage),
          },
          {
            path: 'new',
            canActivate: [accessGuard(readsCommission)],
            title: 'sessions.newTitle',
            loadComponent: () => import('./sessions/session-new.page').then((m) => m.SessionNewPage),
          },
          {
            path: ':id',
            canActivate: [roomGuard],
            title: 'sessions.roomTitle',
            loadComponent: () => import('./sessions/session.page').then((m) => m.SessionPage),
          },
          {
            path: ':id/projector',
            canActivate: [roomGuard],
            title: 'voting.projector',
            data: { fullScreen: true },
            loadComponent: () => import('./sessions/projector.page').then((m) => m.ProjectorPage),
          },
          {
            path: ':id/minutes',
            canActivate: [roomGuard],
            title: 'sessions.minutes.title',
            loadComponent: () => import('./sessions/minutes.page').then((m) => m.MinutesPage),
          },
        ],
      },
      {
        path: 'retos/nuevo',
        title: 'challenges.launch.pageTitle',
        canActivate: [accessGuard(launchesChallenges)],
        loadComponent: () => import('./challenges/launch/challenge-launch.page').then((m) => m.ChallengeLaunchPage),
      },
      {
        path: 'people/:id',
        title: 'person.pageTitle',
        loadComponent: () => import('./people/person.page').then((m) => m.PersonPage),
      },
    ],
  },
  // An unknown address: a real 404 at that address, with a way back.
  { path: '**', title: 'statusPages.notFound.title', data: { kind: 'notFound' }, loadComponent: statusPage },
];
