import { SESSION_COOKIE } from '@cocrea/contracts';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The token of a WebSocket handshake (Socket.IO or the co-editing socket): an explicit token, a bearer header,
 * or the same httpOnly cookie the REST api reads.
 */
export function handshakeTokenFrom(headers: IncomingHttpHeaders, explicit?: unknown): string | undefined {
  if (typeof explicit === 'string' && explicit) return explicit;
  const header = headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('=')) || undefined;
  }
  return undefined;
}

/**
 * CSRF tokens do not apply to WebSockets, so a browser handshake must come from our own origin: a page elsewhere
 * cannot ride the visitor's cookie into a live room or a document. Non-browser clients send no Origin.
 */
export function sameOriginHandshake(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}
