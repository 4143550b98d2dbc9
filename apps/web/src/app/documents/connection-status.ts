/**
 * What the document page says about its co-editing connection, in one place: the page and its translations spec
 * read the same list. A read-only connection (the server's `readonly` scope, or its read-only notice) never
 * claims that changes are saved live: the person observes, and proposes through the proposals panel.
 */
export const CONNECTION_STATES = ['connecting', 'syncing', 'connected', 'observing', 'disconnected', 'denied'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATES)[number];

export type SocketState = 'connecting' | 'connected' | 'disconnected' | 'denied';

export function connectionStatus(socket: SocketState, synced: boolean, readOnly: boolean): ConnectionStatus {
  if (socket !== 'connected') return socket;
  if (!synced) return 'syncing';
  return readOnly ? 'observing' : 'connected';
}
