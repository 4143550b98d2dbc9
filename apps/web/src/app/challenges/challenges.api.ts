import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddChallengeMember,
  ChallengeIdeaRef,
  ChallengeMember,
  ChallengeModerationEntry,
  ChallengePhase,
  ChallengePhaseSchedule,
  CreateChallenge,
  MilestoneDone,
  MyChallengeRoles,
  PilotStatus,
  ChallengeRoutes,
  IdeaDecision,
  IdeaScoreInput,
  PublicChallenge,
  PublicChallengeSummary,
  PublicIdea,
  SignUp,
  WinnersInput,
} from '@cocrea/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';

export interface SupportState {
  supported: boolean;
  held: number;
  limit: number;
}

/**
 * The calls of open challenges: the portal's reads (no account), the writes of citizens and institutions, and the
 * running of a challenge by its managers (launching it, moving its phases, naming members, following pilots).
 */
@Injectable({ providedIn: 'root' })
export class ChallengesApi {
  private readonly http = inject(HttpClient);
  private readonly client = inject(ApiClient);

  launch(input: CreateChallenge): Observable<{ id: string }> {
    return this.client.call('createChallenge', { body: input });
  }

  myRoles(challengeId: string): Observable<MyChallengeRoles> {
    return this.client.call('getMyChallengeRoles', { params: { challengeId } });
  }

  members(challengeId: string): Observable<ChallengeMember[]> {
    return this.client.call('listChallengeMembers', { params: { challengeId } });
  }

  addMember(challengeId: string, member: AddChallengeMember): Observable<void> {
    return this.client.call('addChallengeMember', { params: { challengeId }, body: member });
  }

  closePhase(challengeId: string, phase: ChallengePhase): Observable<void> {
    return this.client.call('closeChallengePhase', { params: { challengeId }, body: { phase } });
  }

  changePhaseDates(challengeId: string, schedule: ChallengePhaseSchedule): Observable<void> {
    return this.client.call('changeChallengePhaseDates', { params: { challengeId }, body: schedule });
  }

  moderationLog(challengeId: string): Observable<ChallengeModerationEntry[]> {
    return this.client.call('listChallengeModerationLog', { params: { challengeId } });
  }

  setPilotStatus(pilotId: string, status: PilotStatus): Observable<void> {
    return this.client.call('setPilotStatus', { params: { pilotId }, body: { status } });
  }

  addMilestone(pilotId: string, milestone: { title: string; dueOn: string }): Observable<{ id: string }> {
    return this.client.call('addPilotMilestone', { params: { pilotId }, body: milestone });
  }

  markMilestoneDone(milestoneId: string, done: MilestoneDone): Observable<void> {
    return this.client.call('markPilotMilestoneDone', { params: { milestoneId }, body: done });
  }

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
