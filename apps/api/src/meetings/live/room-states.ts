import { LIVE_NAMESPACE, LiveEvents, MeetingChange, MeetingState } from '@cocrea/contracts';
import { StoredChainEvent } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';

/** The changes kept per session for rejoining clients; one further behind gets the full state. */
const KEPT_CHANGES = 200;
/** Sessions whose state is kept (the most recently used). */
const KEPT_ROOMS = 100;

interface Room {
  state: MeetingState;
  /** The `meeting:state` packet of `state`, encoded once for every join at this version. */
  packet?: string;
  /** Consecutive changes ending at `state.version` (none across a full-state command). */
  changes: MeetingChange[];
  /** The last link of the session's audit trail at `state.version`, when the command that wrote it ran here. */
  head?: StoredChainEvent;
}

/** The newest state this instance keeps of a session, and its trail's head at that version if known. */
export interface KeptRoom {
  state: MeetingState;
  head?: StoredChainEvent;
}

/** What a joining client needs to be on the current version. */
export type CatchUp = { sent: 'unchanged' } | { sent: 'changes'; changes: MeetingChange[] } | { sent: 'state'; packet: string };

/**
 * This instance's last computed state of each live session, by version: the base a check-in's change is computed
 * from, the full state a join sends (serialised once per version), and the recent changes a rejoin is answered
 * with. It is only ever trusted at the version the database holds (read under the session's lock, or at the join),
 * so changes made through another api instance make it stale, never wrong.
 */
@Injectable()
export class RoomStates {
  private readonly rooms = new Map<string, Room>();

  /** The kept state of a session if it is at `version`. */
  at(meetingId: string, version: number): MeetingState | undefined {
    const room = this.rooms.get(meetingId);
    return room?.state.version === version ? room.state : undefined;
  }

  /** The newest kept state of a session, whatever its version (a check-in batch writes on it if it still is current). */
  latest(meetingId: string): KeptRoom | undefined {
    const room = this.rooms.get(meetingId);
    return room && { state: room.state, head: room.head };
  }

  /**
   * A full state read from the database at its version (by a command, with the trail's head it wrote, or a join that
   * rebuilt it). It replaces the kept one even if older: only a state at the version the database holds is ever used.
   */
  remember(state: MeetingState, head?: StoredChainEvent): void {
    this.keep(state.meeting.id, { state, changes: [], head });
  }

  /** Drops a session's kept state (a command failed after keeping what it would have committed). */
  forget(meetingId: string): void {
    this.rooms.delete(meetingId);
  }

  /**
   * `change` applied to `next`, the state it produced from the kept one, and the trail's head it wrote. A change older
   * than the kept state (a batch whose commit was heard after a later command's) leaves it as it is.
   */
  advance(change: MeetingChange, next: MeetingState, head?: StoredChainEvent): void {
    const room = this.rooms.get(change.meetingId);
    if (room && room.state.version >= change.version) return;
    const changes = room && room.state.version === change.from ? [...room.changes.slice(1 - KEPT_CHANGES), change] : [change];
    this.keep(change.meetingId, { state: next, changes, head });
  }

  /** How a client holding `since` (if any) catches up with `version`, or undefined when the state must be rebuilt. */
  catchUp(meetingId: string, version: number, since: number | undefined): CatchUp | undefined {
    if (since === version) return { sent: 'unchanged' };
    const room = this.rooms.get(meetingId);
    if (!room || room.state.version !== version) return undefined;
    const first = room.changes[0];
    if (since !== undefined && since < version && first && first.from <= since) {
      return { sent: 'changes', changes: room.changes.filter((c) => c.from >= since) };
    }
    room.packet ??= statePacket(room.state);
    return { sent: 'state', packet: room.packet };
  }

  /** The kept changes after `version`, in order (those a client holding `version` has not applied yet). */
  changesSince(meetingId: string, version: number): MeetingChange[] {
    return this.rooms.get(meetingId)?.changes.filter((c) => c.from >= version) ?? [];
  }

  private keep(meetingId: string, room: Room): void {
    this.rooms.delete(meetingId);
    if (this.rooms.size >= KEPT_ROOMS) {
      const oldest = this.rooms.keys().next().value;
      if (oldest !== undefined) this.rooms.delete(oldest);
    }
    this.rooms.set(meetingId, room);
  }
}

/**
 * A `meeting:state` event as Socket.IO (protocol 5) writes it on the `/live` namespace: EVENT type `2`, the
 * namespace, then the JSON array of name and payload. Written straight to the engine connection, it spares a
 * 200 KB serialisation per join.
 */
function statePacket(state: MeetingState): string {
  return `2${LIVE_NAMESPACE},${JSON.stringify([LiveEvents.state, state])}`;
}
