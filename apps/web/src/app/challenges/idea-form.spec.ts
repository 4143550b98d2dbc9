import { ChangeDetectionStrategy, Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { apiPath } from '@cocrea/contracts';
import { configureWebTestBed } from '../../testing/setup';
import { IdeaForm } from './idea-form';

@Component({
  imports: [IdeaForm],
  template: `<cc-idea-form problemId="p1" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('IdeaForm, proposing an idea to a problem', () => {
  let backend: HttpTestingController;

  afterEach(() => backend.verify());

  it('sends the fields to the problem and opens the new idea’s page', async () => {
    backend = configureWebTestBed();
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const view = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const field = view.querySelector(selector) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    expect(view.querySelector('h3')?.textContent).toContain('Proponer una idea');
    expect(Array.from(view.querySelectorAll('button')).map((b) => b.textContent?.trim())).toEqual(['Enviar idea']);
    type('input[formcontrolname="title"]', 'Sombras vecinales');
    type('textarea', 'Los vecinos eligen y construyen.');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (view.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const sent = backend.expectOne({ method: 'POST', url: apiPath('submitIdea', { problemId: 'p1' }) });
    expect(sent.request.body).toEqual({
      title: 'Sombras vecinales',
      description: 'Los vecinos eligen y construyen.',
      beneficiaries: '',
      team: '',
    });
    sent.flush({ id: 'i9', status: 'submitted' });
    expect(navigate).toHaveBeenCalledWith(['/portal/challenges/ideas', 'i9'], { state: { sent: true } });
  });
});
