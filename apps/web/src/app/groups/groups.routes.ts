import { Routes } from '@angular/router';

/** Route `title`s are translation keys (see TranslatedTitleStrategy). */
export const groupsRoutes: Routes = [
  { path: '', title: 'groups.list.pageTitle', loadComponent: () => import('./groups.page').then((m) => m.GroupsPage) },
  { path: 'dashboard', title: 'groups.dashboard.title', loadComponent: () => import('./dashboard.page').then((m) => m.DashboardPage) },
  { path: 'roadmap', title: 'groups.roadmap.title', loadComponent: () => import('./roadmap.page').then((m) => m.RoadmapPage) },
  {
    path: 'deliverables/:id',
    title: 'groups.deliverable.pageTitle',
    loadComponent: () => import('./deliverable.page').then((m) => m.DeliverablePage),
  },
  { path: ':id', title: 'groups.group.pageTitle', loadComponent: () => import('./group.page').then((m) => m.GroupPage) },
];
