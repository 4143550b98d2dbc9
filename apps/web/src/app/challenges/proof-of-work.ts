import { Injectable, inject } from '@angular/core';
import { ProofOfWorkChallenge, ProofOfWorkSolution } from '@cocrea/contracts';
import { solveChallenge } from 'altcha-lib';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../core/http/api-client';

/** Numbers tried per slice: small enough to report progress often, large enough that slicing costs nothing. */
const SLICE = 2_000;

/**
 * Solves the sign-up's proof of work in the browser: fetches a challenge signed by the api and finds its number with
 * altcha-lib's `solveChallenge` (Web Crypto's SHA-256, asynchronous, so the page stays responsive), a slice of numbers
 * at a time so the page can show how far it got. Nothing leaves the browser but the solution.
 */
@Injectable({ providedIn: 'root' })
export class ProofOfWorkSolver {
  private readonly api = inject(ApiClient);

  /** A fresh challenge, solved; `progress` receives the share of numbers tried so far (0 to 1). */
  async solve(progress: (share: number) => void = () => undefined): Promise<ProofOfWorkSolution> {
    const challenge = await firstValueFrom(this.api.call('getSignUpProofOfWork'));
    const number = await findNumber(challenge, progress);
    progress(1);
    return { algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt: challenge.salt, signature: challenge.signature };
  }
}

async function findNumber(challenge: ProofOfWorkChallenge, progress: (share: number) => void): Promise<number> {
  for (let start = 0; start <= challenge.maxnumber; start += SLICE) {
    const end = Math.min(start + SLICE - 1, challenge.maxnumber);
    const found = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, end, start).promise;
    if (found) return found.number;
    progress(end / challenge.maxnumber);
  }
  throw new Error('The proof-of-work challenge has no solution');
}
