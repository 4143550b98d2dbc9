/**
 * Types of `proxy-addr`, the library Express computes `request.ip` with: the cached public fast path, which answers
 * before Express, reads the client's address with it and Express's own compiled `trust proxy` function.
 */
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';

  export type TrustProxy = (address: string, hop: number) => boolean;

  export default function proxyAddress(request: IncomingMessage, trust: TrustProxy): string;
}
