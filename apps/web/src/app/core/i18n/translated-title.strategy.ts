import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/**
 * Route `title`s are translation keys; the document title follows the language. A page about one thing (a session,
 * a group, a document) names it once loaded, through `PageTitle`: "Sesión Ordinaria 1 · Cocrea", not "Sesión · Cocrea".
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private key: string | undefined;
  /** The name of what the current page shows, until the next navigation. */
  private name: string | null = null;

  constructor() {
    super();
    this.transloco.events$.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((event) => {
      if (event.type === 'translationLoadSuccess' || event.type === 'langChanged') {
        this.render();
      }
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    this.name = null;
    this.render();
  }

  /** The page's own name in the title (null goes back to the route's title). */
  nameThePage(name: string | null): void {
    this.name = name?.trim() || null;
    this.render();
  }

  private render(): void {
    const appName = this.transloco.translate('app.name');
    const page = this.name ?? (this.key ? this.transloco.translate(this.key) : null);
    this.title.setTitle(page ? this.transloco.translate('app.pageTitle', { page }) : appName);
  }
}
