import { Routes } from '@angular/router';

/** Route `title`s are translation keys (see TranslatedTitleStrategy). */
export const documentsRoutes: Routes = [
  { path: '', title: 'documents.list.title', loadComponent: () => import('./documents-list.page').then((m) => m.DocumentsListPage) },
  { path: ':id', title: 'documents.pageTitle', loadComponent: () => import('./document.page').then((m) => m.DocumentPage) },
];
