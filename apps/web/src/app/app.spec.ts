import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ApiRoutes, Me } from '@cocrea/contracts';
import { commissionsRequest, configureWebTestBed, signIn } from '../testing/setup';
import { StubPage } from '../testing/stub';
import { App } from './app';
import { AuthService } from './core/auth/auth.service';

/** A page that shows no heading, like one still loading. */
@Component({ selector: 'cc-no-heading-page', template: '<p>…</p>', changeDetection: ChangeDetectionStrategy.OnPush })
class NoHeadingPage {}

const me: Me = {
  id: '00000000-0000-4000-8000-000000000009',
  name: 'Josefina Román Vergara',
  email: 'josefina@example.org',
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
  commissions: [{ commissionId: 'c1', role: 'commissioner', votes: true }],
};

describe('App shell', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<App>;
  const shell = () => fixture.nativeElement as HTMLElement;

  async function render(signedIn: boolean) {
    if (signedIn) {
      signIn(backend, me);
    }
    fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(signedIn ? '/directory' : '/login');
    await fixture.whenStable();
  }

  async function navigate(url: string) {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  const directoryLink = () => shell().querySelector('nav a[href="/directory"]') as HTMLAnchorElement;

  beforeEach(() => {
    backend = configureWebTestBed([
      { path: 'login', component: StubPage },
      { path: 'directory', component: StubPage },
      { path: 'people/:id', component: StubPage },
      { path: 'loading', component: NoHeadingPage },
    ]);
  });

  /** The commission switcher asks for the commissions once someone is signed in. */
  function answerCommissions(items: { id: string; name: string; acronym: string }[] = []) {
    for (const request of backend.match(commissionsRequest)) request.flush({ items, total: items.length, page: 1, pageSize: 20 });
  }

  afterEach(() => {
    answerCommissions();
    backend.verify();
  });

  it('offers a commission switcher only to someone who sits on more than one commission', async () => {
    const both = [
      { id: 'c1', name: 'Comisión de Gobierno Abierto y de Transparencia Proactiva', acronym: 'CGATP' },
      { id: 'c2', name: 'Comisión de Archivos y Gestión Documental', acronym: 'CAGD' },
    ];
    await render(true);
    answerCommissions(both);
    await fixture.whenStable();
    expect(shell().querySelector('#commission-switch')).toBeNull();

    TestBed.inject(AuthService)['current'].set({
      ...me,
      commissions: [...me.commissions, { commissionId: 'c2', role: 'chair', votes: true }],
    });
    await fixture.whenStable();
    const select = shell().querySelector('#commission-switch') as HTMLSelectElement;
    expect(shell().querySelector('label[for="commission-switch"]')?.textContent?.trim()).toBe('Comisión');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      'CGATP · Comisión de Gobierno Abierto y de Transparencia Proactiva',
      'CAGD · Comisión de Archivos y Gestión Documental',
    ]);
  });

  it('offers Sesiones to a commission member but not to a partner without a seat', async () => {
    await render(true);
    expect(shell().querySelector('nav a[href="/sessions"]')).not.toBeNull();
    TestBed.inject(AuthService).forget();
    signIn(backend, { ...me, commissions: [] });
    fixture.detectChanges();
    await fixture.whenStable();
    backend.match('/api/groups/access').forEach((request) => request.flush({ readsGroups: true }));
    fixture.detectChanges();
    await fixture.whenStable();
    expect(shell().querySelector('nav a[href="/sessions"]')).toBeNull();
    expect(shell().querySelector('nav a[href="/inicio"]')).not.toBeNull();
  });

  it('offers Administración to the secretary and to admins, not to a commissioner', async () => {
    const adminLink = () => shell().querySelector('nav a[href="/admin"]');
    const becomes = async (who: Me) => {
      TestBed.inject(AuthService).forget();
      signIn(backend, who);
      fixture.detectChanges();
      await fixture.whenStable();
    };
    await render(true);
    expect(adminLink()).toBeNull();
    await becomes({ ...me, commissions: [{ commissionId: 'c1', role: 'secretary', votes: true }] });
    expect(adminLink()?.textContent?.trim()).toBe('Administración');
    await becomes({ ...me, platformRole: 'admin', commissions: [] });
    expect(adminLink()).not.toBeNull();
    backend.match('/api/groups/access').forEach((request) => request.flush({ readsGroups: true }));
  });

  it('shows the app name and the language switch to a visitor, but no navigation', async () => {
    await render(false);
    expect(shell().querySelector('.brand')?.textContent?.trim()).toBe('Cocrea');
    expect(shell().querySelector('button[aria-label="English"]')).not.toBeNull();
    expect(shell().querySelector('nav')).toBeNull();
  });

  it('offers a visitor the sign-in link outside the login page, and the brand leads to the portal', async () => {
    await render(false);
    expect(shell().querySelector('a[href="/login"]')).toBeNull();
    await navigate('/directory');
    expect(shell().querySelector('a[href="/login"]')?.textContent?.trim()).toBe('Entrar');
    expect(shell().querySelector('.brand')?.getAttribute('href')).toBe('/portal');
  });

  it('links signed-in people to the public portal too', async () => {
    await render(true);
    expect(Array.from(shell().querySelectorAll('nav a')).map((a) => a.getAttribute('href'))).toContain('/portal');
  });

  it('shows the navigation, the person and a logout button once signed in', async () => {
    await render(true);
    const nav = shell().querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Navegación principal');
    const link = nav?.querySelector('a[href="/directory"]');
    expect(link?.textContent?.trim()).toBe('Directorio');
    expect(link?.getAttribute('aria-current')).toBe('page');
    expect(shell().textContent).toContain('Josefina Román Vergara');
  });

  it('on a phone, "Menú" opens the navigation; Escape closes it and returns focus; following a link closes it', async () => {
    await render(true);
    const toggle = shell().querySelector('.menu-toggle') as HTMLButtonElement;
    const menu = shell().querySelector('#app-menu') as HTMLElement;
    expect(toggle.getAttribute('aria-controls')).toBe('app-menu');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent?.trim()).toBe('Cerrar menú');
    expect(menu.classList).toContain('menu--open');
    directoryLink().focus();
    directoryLink().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(menu.classList).not.toContain('menu--open');
    expect(document.activeElement).toBe(toggle);

    toggle.click();
    await fixture.whenStable();
    await navigate('/people/p1');
    expect(menu.classList).not.toContain('menu--open');
  });

  it('shows the signed-in person as plain text, announced as "Sesión iniciada como …"', async () => {
    await render(true);
    const user = shell().querySelector('.user') as HTMLElement;
    expect(user.tagName).toBe('SPAN');
    expect(user.closest('a, button, [role=link], [role=button]')).toBeNull();
    expect(user.querySelector('a, button')).toBeNull();
    // Said by the text itself, not only by the title tooltip that screen readers may skip.
    expect(user.querySelector('.visually-hidden')?.textContent?.trim()).toBe('Sesión iniciada como Josefina Román Vergara');
    expect(user.querySelector('[aria-hidden=true]')?.textContent?.trim()).toBe('Josefina Román Vergara');
  });

  it("marks Directorio as the current section on a person's page, but as the current page only on /directory", async () => {
    await render(true);
    expect(directoryLink().classList).toContain('nav__link--active');
    expect(directoryLink().getAttribute('aria-current')).toBe('page');

    await navigate('/people/p1');
    expect(directoryLink().classList).toContain('nav__link--active');
    expect(directoryLink().hasAttribute('aria-current')).toBe(false);

    await navigate('/directory?q=ana');
    expect(directoryLink().classList).toContain('nav__link--active');
    expect(directoryLink().getAttribute('aria-current')).toBe('page');
  });

  it('does not mark Directorio on other pages', async () => {
    await render(true);
    await navigate('/loading');
    expect(directoryLink().classList).not.toContain('nav__link--active');
    expect(directoryLink().hasAttribute('aria-current')).toBe(false);
  });

  it("leaves focus alone on the first page, then moves it to each new page's heading", async () => {
    await render(true);
    expect(document.activeElement).toBe(document.body);

    await navigate('/people/p1');
    expect(document.activeElement?.tagName).toBe('H1');
    expect(shell().querySelector('main')?.contains(document.activeElement)).toBe(true);
  });

  it('moves focus to <main> when the new page has no heading yet', async () => {
    await render(true);
    await navigate('/loading');
    expect(document.activeElement?.id).toBe('main');
  });

  it('keeps focus where it is when only the query params change (filters of the same page)', async () => {
    await render(true);
    directoryLink().focus();
    await navigate('/directory?q=ana');
    expect(document.activeElement).toBe(directoryLink());
  });

  it('logs out through the api and goes to /login', async () => {
    await render(true);
    const logout = Array.from(shell().querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Salir');
    logout?.click();
    backend.expectOne({ method: 'POST', url: ApiRoutes.logout }).flush(null);
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(shell().querySelector('nav')).toBeNull();
  });

  it('has a skip link that moves focus to the main content', async () => {
    await render(true);
    const skip = shell().querySelector('a.skip-link') as HTMLAnchorElement;
    expect(skip.textContent?.trim()).toBe('Saltar al contenido principal');
    expect(shell().firstElementChild).toBe(skip);
    Element.prototype.scrollIntoView = jest.fn();
    skip.click();
    expect(document.activeElement?.id).toBe('main');
  });
});
