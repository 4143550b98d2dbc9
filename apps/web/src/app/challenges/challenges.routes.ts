import { Route } from '@angular/router';

/** Open challenges on the portal (under /portal/challenges): no account needed to read; titles are translation keys. */
export const challengesRoutes: Route[] = [
  { path: '', title: 'challenges.list.pageTitle', loadComponent: () => import('./challenges.page').then((m) => m.ChallengesPage) },
  { path: ':id', title: 'challenges.challenge.pageTitle', loadComponent: () => import('./challenge.page').then((m) => m.ChallengePage) },
  { path: 'ideas/:id', title: 'challenges.idea.pageTitle', loadComponent: () => import('./idea.page').then((m) => m.IdeaPage) },
];
