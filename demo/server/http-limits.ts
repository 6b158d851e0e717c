/**
 * Connection limits of the reference server's HTTP listener, so a client that drips its request a
 * byte at a time can't hold a connection (and its memory) for minutes:
 *  - the headers must arrive within `headersTimeoutMs` (default 15 s);
 *  - the whole request, body included, within `requestTimeoutMs` (default 120 s: a 10 MB capture at
 *    1 Mbit/s takes about 80 s);
 *  - idle keep-alive connections close after 5 s;
 *  - timeouts are checked every second (Node's default is every 30 s).
 */
import type { ServerOptions } from 'node:http';

export interface HttpLimits {
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export function httpServerOptions(limits: HttpLimits = {}): ServerOptions {
  const headersTimeout = limits.headersTimeoutMs ?? 15_000;
  const requestTimeout = Math.max(limits.requestTimeoutMs ?? 120_000, headersTimeout);
  return {
    headersTimeout,
    requestTimeout,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
  };
}
