import { connectionStatus } from './connection-status';

describe('the co-editing connection status', () => {
  it('says changes are saved live only to a connection that may edit', () => {
    expect(connectionStatus('connected', true, false)).toBe('connected');
    expect(connectionStatus('connected', true, true)).toBe('observing');
  });

  it('says syncing until the server text arrived, whatever the scope', () => {
    expect(connectionStatus('connected', false, true)).toBe('syncing');
    expect(connectionStatus('connected', false, false)).toBe('syncing');
  });

  it('reports the socket state when not connected', () => {
    expect(connectionStatus('disconnected', true, true)).toBe('disconnected');
    expect(connectionStatus('denied', false, false)).toBe('denied');
    expect(connectionStatus('connecting', false, false)).toBe('connecting');
  });
});
