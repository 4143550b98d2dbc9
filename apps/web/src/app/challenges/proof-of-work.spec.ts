import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { ProofOfWorkChallenge, apiPath } from '@cocrea/contracts';
import { createHash, webcrypto } from 'node:crypto';
import { configureWebTestBed } from '../../testing/setup';
import { ProofOfWorkSolver } from './proof-of-work';

describe('ProofOfWorkSolver', () => {
  beforeAll(() => {
    // jsdom has no Web Crypto digest; the browser's is the same algorithm.
    if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
  });

  it('finds the secret number of an api challenge with altcha-lib, reporting progress up to the end', async () => {
    const backend: HttpTestingController = configureWebTestBed();
    const salt = 'a1b2c3?expires=4102444800&';
    const secret = 4321;
    const issued: ProofOfWorkChallenge = {
      algorithm: 'SHA-256',
      challenge: createHash('sha256').update(`${salt}${secret}`).digest('hex'),
      maxnumber: 5000,
      salt,
      signature: 'f'.repeat(64),
    };
    const shares: number[] = [];
    const solving = TestBed.inject(ProofOfWorkSolver).solve((share) => shares.push(share));
    backend.expectOne(apiPath('getSignUpProofOfWork')).flush(issued);
    expect(await solving).toEqual({ algorithm: 'SHA-256', challenge: issued.challenge, number: secret, salt, signature: issued.signature });
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares.at(-1)).toBe(1);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
  });
});
