/**
 * One webhook POST over node:http(s): a fresh connection per attempt (no pooled socket to a host that
 * was checked for someone else), no redirects followed, the response body discarded. The caller's
 * signal aborts it; `lookup` (when given) decides which address the socket connects to, so the
 * address that was checked is the address that is used.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';

export interface PostOptions {
  signal: AbortSignal;
  lookup?: LookupFunction;
}

/** POSTs `body` to `url`; resolves with the HTTP status, rejects on network errors and aborts. */
export function postWebhook(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      agent: false,
      signal: options.signal,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
    req.on('response', (res) => {
      resolve(res.statusCode ?? 0);
      // Nothing in the reply is read; drop it and the connection.
      res.resume();
      res.on('error', () => undefined);
      req.destroy();
    });
    req.on('error', reject);
    req.end(body);
  });
}
