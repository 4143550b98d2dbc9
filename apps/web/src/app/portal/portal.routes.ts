import { Route } from '@angular/router';
import { PortalLayout } from './portal-layout';

/** The public portal: no account needed; every page has a stable, shareable URL. Titles are translation keys. */
export const portalRoutes: Route[] = [
  {
    path: '',
    component: PortalLayout,
    children: [
      { path: '', title: 'portal.home.pageTitle', loadComponent: () => import('./portal-home.page').then((m) => m.PortalHomePage) },
      {
        path: 'commissions',
        title: 'portal.commissions.pageTitle',
        loadComponent: () => import('./commissions.page').then((m) => m.PortalCommissionsPage),
      },
      {
        path: 'commissions/:id',
        title: 'portal.commissions.pageTitleOne',
        loadComponent: () => import('./commission.page').then((m) => m.PortalCommissionPage),
      },
      {
        path: 'sessions',
        title: 'portal.sessions.pageTitle',
        loadComponent: () => import('./sessions.page').then((m) => m.PortalSessionsPage),
      },
      {
        path: 'sessions/:id',
        title: 'portal.session.pageTitle',
        loadComponent: () => import('./session.page').then((m) => m.PortalSessionPage),
      },
      {
        path: 'agreements',
        title: 'portal.agreements.pageTitle',
        loadComponent: () => import('./agreements.page').then((m) => m.PortalAgreementsPage),
      },
      {
        path: 'agreements/:id',
        title: 'portal.agreement.pageTitle',
        loadComponent: () => import('./agreement.page').then((m) => m.PortalAgreementPage),
      },
      { path: 'groups', title: 'portal.groups.pageTitle', loadComponent: () => import('./groups.page').then((m) => m.PortalGroupsPage) },
      {
        path: 'groups/:id',
        title: 'portal.group.pageTitle',
        loadComponent: () => import('./group.page').then((m) => m.PortalGroupPage),
      },
      {
        path: 'commissioners',
        title: 'portal.commissioners.pageTitle',
        loadComponent: () => import('./commissioners.page').then((m) => m.PortalCommissionersPage),
      },
      {
        path: 'commissioners/:id',
        title: 'portal.commissioner.pageTitle',
        loadComponent: () => import('./commissioner.page').then((m) => m.PortalCommissionerPage),
      },
      {
        path: 'documents',
        title: 'portal.documents.pageTitle',
        loadComponent: () => import('./documents.page').then((m) => m.PortalDocumentsPage),
      },
      {
        path: 'documents/:id',
        title: 'portal.document.pageTitle',
        loadComponent: () => import('./document-version.page').then((m) => m.PortalDocumentVersionPage),
      },
      { path: 'search', title: 'portal.search.pageTitle', loadComponent: () => import('./search.page').then((m) => m.PortalSearchPage) },
      { path: 'challenges', loadChildren: () => import('../challenges/challenges.routes').then((m) => m.challengesRoutes) },
      { path: 'data', title: 'portal.data.pageTitle', loadComponent: () => import('./data.page').then((m) => m.PortalDataPage) },
    ],
  },
];
