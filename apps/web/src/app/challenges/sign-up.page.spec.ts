import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { ChallengeRoutes, ProofOfWorkSolution } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { ProofOfWorkSolver } from './proof-of-work';
import { SignUpPage } from './sign-up.page';

const solution = (number: number): ProofOfWorkSolution => ({
  algorithm: 'SHA-256',
  challenge: 'a'.repeat(64),
  number,
  salt: 'sal?expires=1&',
  signature: 'b'.repeat(64),
});

/** A solver the test drives: each `solve` waits until the test settles it, reporting progress on the way. */
class FakeSolver {
  readonly calls: Array<{ progress: (share: number) => void; resolve: (s: ProofOfWorkSolution) => void }> = [];
  solve(progress: (share: number) => void): Promise<ProofOfWorkSolution> {
    return new Promise((resolve) => this.calls.push({ progress, resolve }));
  }
}

describe('SignUpPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let solver: FakeSolver;
  const view = () => harness.routeNativeElement as HTMLElement;
  /** Lets the page's promise chain run (solution, request, answer), then renders. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    harness.detectChanges();
  };

  async function open() {
    backend = configureWebTestBed([{ path: 'registro', component: SignUpPage }]);
    solver = new FakeSolver();
    jest.spyOn(TestBed.inject(ProofOfWorkSolver), 'solve').mockImplementation((progress) => solver.solve(progress ?? (() => undefined)));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/registro');
    harness.detectChanges();
  }

  function fill() {
    for (const [name, value] of [
      ['name', 'Renata Ibarra'],
      ['email', 'renata@example.mx'],
    ]) {
      const input = view().querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  }

  const submit = () => (view().querySelector('button[type="submit"]') as HTMLButtonElement).click();

  afterEach(() => backend.verify());

  it('starts checking that the visitor is not a robot as the page opens, showing how far it got', async () => {
    await open();
    expect(solver.calls).toHaveLength(1);
    solver.calls[0].progress(0.42);
    harness.detectChanges();
    expect(view().querySelector('[role="status"]')?.textContent).toContain('Verificando que no es un robot… 42 %');
    solver.calls[0].resolve(solution(7));
    await settle();
    expect(view().querySelector('[role="status"]')?.textContent).toContain('Verificación lista');
  });

  it('signs up with the solution, waiting for it when the form is sent first, with no extra click', async () => {
    await open();
    fill();
    submit();
    await settle();
    backend.expectNone(ChallengeRoutes.signUp);
    solver.calls[0].resolve(solution(7));
    await settle();
    const request = backend.expectOne(ChallengeRoutes.signUp);
    expect(request.request.body).toEqual({ name: 'Renata Ibarra', email: 'renata@example.mx', locale: 'es-MX', proofOfWork: solution(7) });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(view().textContent).toContain('Revise su correo');
  });

  it('solves a fresh challenge once when the api no longer takes the solution (expired), and signs up with it', async () => {
    await open();
    solver.calls[0].resolve(solution(1));
    await settle();
    fill();
    submit();
    await settle();
    backend
      .expectOne(ChallengeRoutes.signUp)
      .flush(
        testProblem(
          'proof_of_work_invalid',
          400,
          { title: 'Verificación contra robots no válida', detail: 'Caducó.' },
          { title: 'x', detail: 'x' },
        ),
        problemResponse(400, 'Bad Request'),
      );
    await settle();
    expect(solver.calls).toHaveLength(2);
    solver.calls[1].resolve(solution(2));
    await settle();
    const retry = backend.expectOne(ChallengeRoutes.signUp);
    expect(retry.request.body.proofOfWork).toEqual(solution(2));
    retry.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(view().textContent).toContain('Revise su correo');
  });

  it('says what went wrong when the sign-up is refused for another reason, and keeps the form', async () => {
    await open();
    solver.calls[0].resolve(solution(1));
    await settle();
    fill();
    submit();
    await settle();
    backend
      .expectOne(ChallengeRoutes.signUp)
      .flush(
        testProblem('too_many_requests', 429, { title: 'Demasiadas solicitudes', detail: 'Espere.' }, { title: 'x', detail: 'x' }),
        problemResponse(429, 'Too Many Requests'),
      );
    await settle();
    expect(view().querySelector('[role="alert"]')?.textContent?.trim().length).toBeGreaterThan(0);
    expect(view().querySelector('form')).not.toBeNull();
  });
});
