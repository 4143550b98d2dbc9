import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { HttpTestingController } from '@angular/common/http/testing';
import { Page, Person } from '@cocrea/contracts';
import { configureWebTestBed } from '../../../testing/setup';
import { KnownPerson, PersonSearch } from './person-search';

const person = (id: string, name: string): Person => ({
  id,
  name,
  email: `${id}@example.org`,
  title: null,
  locale: 'es-MX',
  platformRole: 'user',
  organization: null,
});

@Component({
  imports: [PersonSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<cc-person-search [control]="chosen" [known]="known()" />`,
})
class Host {
  readonly chosen = new FormControl('', { nonNullable: true });
  readonly known = signal<KnownPerson | null>(null);
}

describe('PersonSearch', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<Host>;

  beforeEach(() => {
    jest.useFakeTimers();
    backend = configureWebTestBed();
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  const type = (text: string) => {
    const input = fixture.nativeElement.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(300);
  };
  const answer = (people: Person[]) => {
    const request = backend.expectOne((r) => r.url === '/api/people');
    expect(request.request.params.get('status')).toBeNull();
    request.flush({ items: people, total: people.length, page: 1, pageSize: 10 } satisfies Page<Person>);
    fixture.detectChanges();
  };
  const options = () =>
    Array.from(fixture.nativeElement.querySelectorAll('option') as NodeListOf<HTMLOptionElement>).map((o) => o.textContent?.trim());

  it('chooses the only match at once, so a typed name is enough', () => {
    type('Javier');
    answer([person('p1', 'Javier Moro')]);
    expect(fixture.componentInstance.chosen.value).toBe('p1');
  });

  it('lets the person choose among several matches, choosing none of them for them', () => {
    type('Ja');
    answer([person('p1', 'Javier Moro'), person('p2', 'Jacqueline Peschard')]);
    expect(fixture.componentInstance.chosen.value).toBe('');
    expect(options()).toEqual(['Elija entre 2 resultados', 'Javier Moro', 'Jacqueline Peschard']);
  });

  it('keeps a person chosen before the search while other names are found', () => {
    fixture.componentInstance.known.set({ personId: 'p9', name: 'Salvador Romero Espinosa' });
    fixture.componentInstance.chosen.setValue('p9');
    fixture.detectChanges();
    type('Ja');
    answer([person('p1', 'Javier Moro'), person('p2', 'Jacqueline Peschard')]);
    expect(fixture.componentInstance.chosen.value).toBe('p9');
    expect(options()).toContain('Salvador Romero Espinosa');
  });
});
