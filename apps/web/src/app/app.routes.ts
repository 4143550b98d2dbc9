import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { AuthService } from './core/auth/auth.service';
import { DEFAULT_AFTER_LOGIN, PORTAL_HOME, authGuard, guestGuard } from './core/auth/auth.guards';

/** Route `title`s are translation keys (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'login.pageTitle',
    canActivate: [guestGuard],
    loadComponent: () => import('./auth/login.page').then((m) => m.LoginPage),
  },
  // The public portal: anyone, no account.
  { path: 'portal', loadChildren: () => import('./portal/portal.routes').then((m) => m.portalRoutes) },
  // The front door: signed-in people keep their app; a visitor finds the portal.
  { path: '', pathMatch: 'full', redirectTo: () => (inject(AuthService).signedIn() ? DEFAULT_AFTER_LOGIN : PORTAL_HOME) },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      {
        path: 'directory',
        title: 'directory.pageTitle',
        loadComponent: () => import('./directory/directory.page').then((m) => m.DirectoryPage),
      },
      { path: 'groups', loadChildren: () => import('./groups/groups.routes').then((m) => m.groupsRoutes) },
      { path: 'voting', loadChildren: () => import('./voting/voting.routes').then((m) => m.votingRoutes) },
      { path: 'documents', loadChildren: () => import('./documents/documents.routes').then((m) => m.documentsRoutes) },
      {
        path: 'sessions',
        children: [
          {
            path: '',
            title: 'sessions.pageTitle',
            loadComponent: () => import('./sessions/sessions-list.page').then((m) => m.SessionsListPage),
          },
          {
            path: 'new',
            title: 'sessions.newTitle',
            loadComponent: () => import('./sessions/session-new.page').then((m) => m.SessionNewPage),
          },
          { path: ':id', title: 'sessions.roomTitle', loadComponent: () => import('./sessions/session.page').then((m) => m.SessionPage) },
          {
            path: ':id/minutes',
            title: 'sessions.minutes.title',
            loadComponent: () => import('./sessions/minutes.page').then((m) => m.MinutesPage),
          },
        ],
      },
      {
        path: 'people/:id',
        title: 'person.pageTitle',
        loadComponent: () => import('./people/person.page').then((m) => m.PersonPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
