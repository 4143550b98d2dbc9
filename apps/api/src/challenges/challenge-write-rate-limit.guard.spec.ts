import { ExecutionContext } from '@nestjs/common';
import { RateLimitedException } from '../common/problem';
import { MemoryWindowStore } from '../rate-limit/fixed-window';
import { ChallengeWriteRateLimitGuard } from './challenge-write-rate-limit.guard';
import { TestClock } from '../testing/test-clock';

const context = (personId: string, ip: string) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ ip, user: { me: { id: personId } } }) }) }) as unknown as ExecutionContext;

describe('ChallengeWriteRateLimitGuard', () => {
  it('refuses an account past its writes a minute, with the time to wait, and lets another account through', async () => {
    const guard = new ChallengeWriteRateLimitGuard(new MemoryWindowStore(), { challengeWriteRateLimit: 2 }, new TestClock());
    await guard.canActivate(context('ana', '10.0.0.1'));
    await guard.canActivate(context('ana', '10.0.0.1'));
    const refused = await guard.canActivate(context('ana', '10.0.0.1')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedException);
    expect((refused as RateLimitedException).retryAfterSeconds).toBeGreaterThan(0);
    await expect(guard.canActivate(context('beto', '10.0.0.1'))).resolves.toBe(true);
  });

  it('refuses an address past five times the per-account limit, whichever accounts it uses', async () => {
    const guard = new ChallengeWriteRateLimitGuard(new MemoryWindowStore(), { challengeWriteRateLimit: 1 }, new TestClock());
    for (let i = 0; i < 5; i++) await guard.canActivate(context(`p${i}`, '10.0.0.2'));
    await expect(guard.canActivate(context('p5', '10.0.0.2'))).rejects.toBeInstanceOf(RateLimitedException);
    await expect(guard.canActivate(context('p6', '10.0.0.3'))).resolves.toBe(true);
  });
});
