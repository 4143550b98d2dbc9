import { Route } from '@angular/router';
import { Permission } from '@cocrea/contracts';
import { can } from '@cocrea/domain';
import { administers } from '../core/auth/access';
import { accessGuard } from '../core/auth/auth.guards';

/** Lets through those who hold `permission` (the api decides with the same rule). */
const holds = (permission: Permission) => accessGuard((me) => !!me && can(me, permission));

const personForm = () => import('./person-form.page').then((m) => m.AdminPersonFormPage);
const organizationForm = () => import('./organization-form.page').then((m) => m.AdminOrganizationFormPage);
const commissionForm = () => import('./commission-form.page').then((m) => m.AdminCommissionFormPage);
const memberForm = () => import('./member-form.page').then((m) => m.AdminMemberFormPage);

/** `/admin/...`: commissions, people, organizations, each commission's membership and its activity (the outbox has its own route). */
export const adminRoutes: Route[] = [
  {
    path: '',
    title: 'admin.title',
    canActivate: [accessGuard(administers)],
    loadComponent: () => import('./admin.page').then((m) => m.AdminPage),
  },
  {
    path: 'personas',
    canActivate: [holds('people.write')],
    children: [
      { path: '', title: 'admin.people.title', loadComponent: () => import('./people.page').then((m) => m.AdminPeoplePage) },
      { path: 'nueva', title: 'admin.people.createTitle', loadComponent: personForm },
      { path: ':id', title: 'admin.people.editTitle', loadComponent: personForm },
    ],
  },
  {
    path: 'organizaciones',
    canActivate: [holds('organizations.write')],
    children: [
      {
        path: '',
        title: 'admin.organizations.title',
        loadComponent: () => import('./organizations.page').then((m) => m.AdminOrganizationsPage),
      },
      { path: 'nueva', title: 'admin.organizations.createTitle', loadComponent: organizationForm },
      { path: ':id', title: 'admin.organizations.editTitle', loadComponent: organizationForm },
    ],
  },
  {
    path: 'comisiones',
    canActivate: [holds('commissions.write')],
    children: [
      { path: '', title: 'admin.commissions.title', loadComponent: () => import('./commissions.page').then((m) => m.AdminCommissionsPage) },
      { path: 'nueva', title: 'admin.commissions.createTitle', loadComponent: commissionForm },
      { path: ':id', title: 'admin.commissions.editTitle', loadComponent: commissionForm },
    ],
  },
  {
    path: 'integrantes',
    canActivate: [holds('members.write')],
    children: [
      { path: '', title: 'admin.members.title', loadComponent: () => import('./members.page').then((m) => m.AdminMembersPage) },
      { path: 'nuevo', title: 'admin.members.createTitle', loadComponent: memberForm },
      { path: ':memberId', title: 'admin.members.editTitleLoading', loadComponent: memberForm },
    ],
  },
  {
    path: 'actividad',
    title: 'admin.activity.title',
    canActivate: [holds('audit.read')],
    loadComponent: () => import('./activity.page').then((m) => m.AdminActivityPage),
  },
];
