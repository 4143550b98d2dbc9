import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { configureWebTestBed } from '../../testing/setup';
import { StubPage } from '../../testing/stub';
import { PortalLayout } from './portal-layout';

describe('PortalLayout', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const view = () => harness.routeNativeElement as HTMLElement;

  beforeEach(async () => {
    backend = configureWebTestBed([
      {
        path: 'portal',
        component: PortalLayout,
        children: [
          { path: 'agreements', component: StubPage },
          { path: 'search', component: StubPage },
        ],
      },
    ]);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/portal/agreements');
  });

  afterEach(() => backend.verify());

  async function search(words: string): Promise<void> {
    const input = view().querySelector('input[type=search]') as HTMLInputElement;
    input.value = words;
    input.dispatchEvent(new Event('input'));
    (view().querySelector('form[role=search] button[type=submit]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
  }

  it('marks the current section for assistive technology', () => {
    const current = view().querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('Acuerdos');
  });

  it('searches the whole portal from any page, at a shareable URL', async () => {
    await search('  grupos de trabajo ');
    expect(TestBed.inject(Router).url).toBe('/portal/search?q=grupos%20de%20trabajo');
  });

  it('ignores an empty search', async () => {
    await search('   ');
    expect(TestBed.inject(Router).url).toBe('/portal/agreements');
  });
});
