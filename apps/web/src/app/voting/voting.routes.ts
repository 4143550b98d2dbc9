import { Routes } from '@angular/router';

/** Route `title`s are translation keys (see TranslatedTitleStrategy). */
export const votingRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'agreements' },
  {
    path: 'agreements',
    title: 'voting.board.title',
    loadComponent: () => import('./agreements-board.page').then((m) => m.AgreementsBoardPage),
  },
  {
    path: 'agreements/:id',
    title: 'voting.detail.pageTitle',
    loadComponent: () => import('./agreement.page').then((m) => m.AgreementPage),
  },
];
