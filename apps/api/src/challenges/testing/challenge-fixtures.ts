import { CHALLENGE_PHASES, ChallengePhase, CreateChallenge, ProofOfWorkChallenge, ProofOfWorkSolution, SignUp } from '@cocrea/contracts';
import { solveChallenge } from 'altcha-lib';
import { ChallengeAccess } from '../challenge-access';
import { TestApp } from '../../testing/test-app';

const DAY = 24 * 3_600_000;

/** A calendar of one week per phase, in order, with the ideas phase open from an hour ago. */
export function weeklyCalendar(start = new Date(Date.now() - 3_600_000)): CreateChallenge['phases'] {
  return CHALLENGE_PHASES.map((phase, i) => ({
    phase,
    opensAt: new Date(start.getTime() + 7 * i * DAY).toISOString(),
    closesAt: new Date(start.getTime() + 7 * (i + 1) * DAY).toISOString(),
    rules: '',
  }));
}

export function challengeInput(overrides: Partial<CreateChallenge> = {}): CreateChallenge {
  return {
    title: 'Reto de prueba',
    summary: 'Un reto para las pruebas.',
    supportLimit: 3,
    winnersPerProblem: 1,
    weights: { support: 40, feasibility: 30, jury: 30 },
    problems: [
      { institution: 'Municipio de Prueba', title: 'Baches en las calles', context: '' },
      { institution: 'Municipio de Prueba', title: 'Transparencia de obras', context: '' },
    ],
    phases: weeklyCalendar(),
    ...overrides,
  };
}

/** Moves the server's clock into the middle of `phase` of a calendar made by `weeklyCalendar`. */
export function moveClockInto(t: TestApp, phases: CreateChallenge['phases'], phase: ChallengePhase): void {
  const window = phases.find((p) => p.phase === phase) as { opensAt: string };
  const instant = new Date(new Date(window.opensAt).getTime() + 3 * DAY);
  t.app.get(ChallengeAccess).now = () => instant;
}

/** A verified citizen (an account with a password and no role), made by the administrator; returns its Authorization. */
export async function citizen(t: TestApp, admin: string, email: string): Promise<{ auth: string; id: string }> {
  const made = await t.http
    .post('/api/people')
    .set('Authorization', admin)
    .send({ name: `Ciudadanía ${email}`, email, password: 'Clave-ciudadana-1' });
  if (made.status !== 201) throw new Error(`citizen: ${made.status} ${made.text}`);
  return { auth: await t.login(email, 'Clave-ciudadana-1'), id: (made.body as { id: string }).id };
}

/** A sign-up's proof of work solved the way the browser does it (the test app's difficulty is tiny). */
export async function solvedProofOfWork(t: TestApp): Promise<ProofOfWorkSolution> {
  const issued = (await t.http.get('/api/accounts/sign-up/proof-of-work').expect(200)).body as ProofOfWorkChallenge;
  const solution = await solveChallenge(issued.challenge, issued.salt, issued.algorithm, issued.maxnumber).promise;
  if (!solution) throw new Error('proof of work: no solution found');
  return {
    algorithm: issued.algorithm,
    challenge: issued.challenge,
    number: solution.number,
    salt: issued.salt,
    signature: issued.signature,
  };
}

/** Signs a citizen up through the public route, proof of work included. */
export async function signUp(t: TestApp, input: Omit<SignUp, 'proofOfWork'>) {
  return t.http.post('/api/accounts/sign-up').send({ ...input, proofOfWork: await solvedProofOfWork(t) });
}
