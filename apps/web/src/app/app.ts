import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { distinctUntilChanged, filter, map, skip } from 'rxjs';
import { administers, invitesAnyone, readsCommission } from './core/auth/access';
import { AuthService } from './core/auth/auth.service';
import { CommissionSwitch } from './core/commission/commission-switch';
import { CurrentCommission } from './core/commission/current-commission';
import { LanguageSwitch } from './core/ui/language-switch';
import { PageFocus } from './core/ui/page-focus';
import { GroupsNav } from './groups/groups-nav';

/** A URL's path, without query params or fragment. */
const pathOf = (url: string) => url.split(/[?#]/)[0];

/** The shell: skip link, toolbar with navigation, account and language (behind "Menú" on a phone), then the page. */
@Component({
  selector: 'cc-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbar, MatButton, TranslocoPipe, LanguageSwitch, CommissionSwitch],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Escape closes the phone menu wherever focus is inside the app.
  host: { '(keydown.escape)': 'closeMenu()' },
})
export class App {
  protected readonly auth = inject(AuthService);
  protected readonly showsGroups = inject(GroupsNav).visible;
  protected readonly commissionGeneration = inject(CurrentCommission).generation;
  /** Sessions are the commission's: only a seat (or being an admin) opens them (the api answers others 403). */
  protected readonly readsCommission = computed(() => readsCommission(this.auth.me()));
  protected readonly invitesAnyone = computed(() => invitesAnyone(this.auth.me()));
  /** Administration: admins, and the secretary for the people, organizations and seats they may write (the outbox is inside). */
  protected readonly administers = computed(() => administers(this.auth.me()));
  private readonly router = inject(Router);
  private readonly pageFocus = inject(PageFocus);

  /** The path of each page the router lands on. */
  private readonly paths = this.router.events.pipe(
    filter((event) => event instanceof NavigationEnd),
    map((event) => pathOf(event.urlAfterRedirects)),
  );
  private readonly path = toSignal(this.paths, { initialValue: pathOf(this.router.url) });
  /** A page whose route says `fullScreen` (the projector) is shown alone: no skip link, header or navigation. */
  protected readonly fullScreen = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => {
        let route = this.router.routerState.snapshot.root;
        while (route.firstChild) route = route.firstChild;
        return route.data['fullScreen'] === true;
      }),
    ),
    { initialValue: false },
  );
  /** A person's page belongs to the directory section: the nav shows it, without `aria-current` (that is for /directory). */
  protected readonly inDirectory = computed(() => /^\/(directory|people)(\/|$)/.test(this.path()));
  /** The login page needs no link to itself. */
  protected readonly onLogin = computed(() => this.path() === '/login');
  /** On a phone the navigation and the account sit behind "Menú" (on wider screens it is always shown). */
  protected readonly menuOpen = signal(false);
  private readonly menuButton = viewChild('menuButton', { read: ElementRef<HTMLButtonElement> });

  constructor() {
    // Following a link closes the menu: the page it opened is what the person wants to see.
    this.paths.pipe(takeUntilDestroyed()).subscribe(() => this.menuOpen.set(false));
    // A new page (not the first one, nor the same page with other filters): focus its heading, not <body>.
    this.paths.pipe(distinctUntilChanged(), skip(1), takeUntilDestroyed()).subscribe(() => this.pageFocus.focusPage());
  }

  /** Moves focus to the page content without touching the router (the base href breaks `#main`). */
  protected skipToContent(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }

  /** Escape closes the menu and returns focus to the button that opened it. */
  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuButton()?.nativeElement.focus();
  }

  protected logout(): void {
    this.auth.logout().subscribe({
      complete: () => void this.router.navigateByUrl('/login'),
      error: () => void this.router.navigateByUrl('/login'),
    });
  }
}
