import { ProofOfWorkChallenge, ProofOfWorkSolution } from '@cocrea/contracts';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { solvedProofOfWork } from '../challenges/testing/challenge-fixtures';
import { startTestApp, TestApp } from '../testing/test-app';

describe('sign-up proof of work', () => {
  let t: TestApp;
  const logged: string[] = [];
  const people = async (email: string) =>
    ((await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM people WHERE email = $1`, [email])) as [{ n: number }])[0].n;
  const signUp = (email: string, proofOfWork: unknown) =>
    t.http.post('/api/accounts/sign-up').send({ name: 'Ciudadana', email, proofOfWork });

  beforeAll(async () => {
    const logDestination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(chunk.toString());
        done();
      },
    });
    t = await startTestApp({ env: { LOG_LEVEL: 'trace' }, logDestination });
  });
  afterAll(() => t?.close());

  it('issues a signed SHA-256 challenge at the configured difficulty, expiring in 20 minutes, never cached', async () => {
    const issued = await t.http.get('/api/accounts/sign-up/proof-of-work').expect(200);
    expect(issued.headers['cache-control']).toBe('no-store');
    const body = issued.body as ProofOfWorkChallenge;
    expect(body).toEqual({
      algorithm: 'SHA-256',
      challenge: expect.stringMatching(/^[0-9a-f]{64}$/),
      maxnumber: 10,
      salt: expect.stringMatching(/\?expires=\d+&$/),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const expires = Number(/expires=(\d+)/.exec(body.salt)?.[1]) * 1000;
    expect(Math.abs(expires - (Date.now() + 20 * 60_000))).toBeLessThan(5_000);
  });

  it('takes a sign-up with a solved challenge (202), and refuses the same solution a second time with a 400 problem', async () => {
    const proof = await solvedProofOfWork(t);
    await signUp('primera@example.mx', proof).expect(202);
    expect(await people('primera@example.mx')).toBe(1);
    const again = await signUp('segunda@example.mx', proof).set('Accept-Language', 'en').expect(400);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({ code: 'proof_of_work_invalid', title: 'Robot check not valid' });
    expect(again.body.messages.es.title).toBe('Verificación contra robots no válida');
    expect(await people('segunda@example.mx')).toBe(0);
  });

  it('accepts one of four sign-ups racing with the same solution', async () => {
    const proof = await solvedProofOfWork(t);
    const statuses = (await Promise.all(['a', 'b', 'c', 'd'].map((who) => signUp(`carrera.${who}@example.mx`, proof)))).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([202, 400, 400, 400]);
  });

  it.each<[string, (p: ProofOfWorkSolution) => unknown]>([
    ['a wrong number', (p) => ({ ...p, number: p.number + 1 })],
    ['a challenge signed with another key', (p) => ({ ...p, signature: p.signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) })],
    ['a salt whose expiry was moved', (p) => ({ ...p, salt: p.salt.replace(/expires=\d+/, 'expires=9999999999') })],
  ])('refuses %s with 400 proof_of_work_invalid, creating no account', async (_, tamper) => {
    const refused = await signUp('manipulada@example.mx', tamper(await solvedProofOfWork(t))).expect(400);
    expect(refused.body.code).toBe('proof_of_work_invalid');
    expect(await people('manipulada@example.mx')).toBe(0);
  });

  it('refuses a sign-up without a proof, or with a malformed one, as a validation problem', async () => {
    const missing = await signUp('sin.prueba@example.mx', undefined).expect(400);
    expect(missing.body.code).toBe('validation_failed');
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toContain('proofOfWork');
    await signUp('sin.prueba@example.mx', { algorithm: 'SHA-1', challenge: 'x', number: -1, salt: '', signature: 'y' }).expect(400);
  });

  it('answers an expired challenge like an invalid one', async () => {
    const proof = await solvedProofOfWork(t);
    const realNow = Date.now;
    Date.now = () => realNow() + 21 * 60_000;
    try {
      expect((await signUp('caducada@example.mx', proof).expect(400)).body.code).toBe('proof_of_work_invalid');
    } finally {
      Date.now = realNow;
    }
  });

  it('answers the same 202 for an address that already has an account', async () => {
    await signUp('primera@example.mx', await solvedProofOfWork(t)).expect(202);
    expect(await people('primera@example.mx')).toBe(1);
  });

  it('keeps one generated signing key in the database and never writes it to the log', async () => {
    const [{ value }] = (await t.app.get(DataSource).query(`SELECT value FROM server_secrets WHERE name = 'proof_of_work_hmac_key'`)) as [
      { value: string },
    ];
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(value);
  });

  it('reads the key and the difficulty from the environment, with a sensible production default', () => {
    expect(loadConfig({}).proofOfWork).toEqual({ hmacKey: undefined, maxNumber: 50_000 });
    const key = 'k'.repeat(32);
    expect(loadConfig({ PROOF_OF_WORK_HMAC_KEY: key, PROOF_OF_WORK_MAX_NUMBER: '500' }).proofOfWork).toEqual({
      hmacKey: key,
      maxNumber: 500,
    });
    expect(() => loadConfig({ PROOF_OF_WORK_HMAC_KEY: 'short' })).toThrow(/PROOF_OF_WORK_HMAC_KEY/);
  });
});
