import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ChallengeIdeaRef,
  ChallengeRoutes,
  IdeaDecision,
  IdeaInput,
  IdeaScoreInput,
  PublicChallenge,
  PublicChallengeSummary,
  PublicIdea,
  SignUp,
  WinnersInput,
} from '@cocrea/contracts';
import { Observable } from 'rxjs';

export interface SupportState {
  supported: boolean;
  held: number;
  limit: number;
}

/** The calls of open challenges: the portal's reads (no account) and the writes of citizens and institutions. */
@Injectable({ providedIn: 'root' })
export class ChallengesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<PublicChallengeSummary[]> {
    return this.http.get<PublicChallengeSummary[]>(ChallengeRoutes.publicList);
  }

  challenge(id: string): Observable<PublicChallenge> {
    return this.http.get<PublicChallenge>(ChallengeRoutes.publicChallenge(id));
  }

  idea(id: string): Observable<PublicIdea> {
    return this.http.get<PublicIdea>(ChallengeRoutes.publicIdea(id));
  }

  signUp(input: SignUp): Observable<void> {
    return this.http.post<void>(ChallengeRoutes.signUp, input);
  }

  submitIdea(problemId: string, input: IdeaInput): Observable<ChallengeIdeaRef> {
    return this.http.post<ChallengeIdeaRef>(ChallengeRoutes.submitIdea(problemId), input);
  }

  support(ideaId: string): Observable<SupportState> {
    return this.http.put<SupportState>(ChallengeRoutes.support(ideaId), {});
  }

  withdraw(ideaId: string): Observable<SupportState> {
    return this.http.delete<SupportState>(ChallengeRoutes.support(ideaId));
  }

  decide(ideaId: string, decision: IdeaDecision): Observable<ChallengeIdeaRef> {
    return this.http.post<ChallengeIdeaRef>(ChallengeRoutes.decision(ideaId), decision);
  }

  /** The institution's feasibility score or a juror's score, each with its justification. */
  score(ideaId: string, kind: 'feasibility' | 'jury', input: IdeaScoreInput): Observable<void> {
    return this.http.put<void>(kind === 'feasibility' ? ChallengeRoutes.feasibility(ideaId) : ChallengeRoutes.juryScore(ideaId), input);
  }

  decideWinners(challengeId: string, input: WinnersInput): Observable<void> {
    return this.http.post<void>(ChallengeRoutes.winners(challengeId), input);
  }

  startPilot(ideaId: string, summary: string): Observable<{ id: string }> {
    return this.http.post<{ id: string }>(ChallengeRoutes.pilot(ideaId), { summary });
  }

  declareConflict(ideaId: string, reason: string): Observable<void> {
    return this.http.post<void>(ChallengeRoutes.conflict(ideaId), { reason });
  }
}
