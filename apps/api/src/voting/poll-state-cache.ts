import { PollState } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';

/** Polls whose state an instance keeps (a session votes on a few at a time). */
const MAX_KEPT = 200;

/**
 * The full state of each poll as last read, by the poll's version and the room's count of rights, which are all it is
 * built from. A thousand screens asking for a named poll after a reconnection share one read, instead of each loading
 * and sorting the list of a thousand names. Any ballot or command bumps the version, so a kept state is never behind
 * the version it is kept for.
 */
@Injectable()
export class PollStateCache {
  private readonly kept = new Map<string, { key: string; state: Promise<PollState> }>();

  /** `view` tells apart the forms of one poll's state (the room's, without the named list while open, and REST's). */
  get(pollId: string, version: number, rights: number, read: () => Promise<PollState>, view: 'rest' | 'room' = 'rest'): Promise<PollState> {
    const key = `${version}:${rights}`;
    const slot = `${pollId}:${view}`;
    const held = this.kept.get(slot);
    if (held?.key === key) return held.state;
    const state = read();
    this.kept.delete(slot);
    if (this.kept.size >= MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(slot, { key, state });
    state.catch(() => this.kept.get(slot)?.state === state && this.kept.delete(slot));
    return state;
  }
}
