/**
 * Who may call: API keys (the session and review APIs) and session tokens (the flow API). A refused
 * credential counts against the caller's address: past `authFailuresPerIp` in a window, further
 * guesses from it get 429 instead of another try, so keys and tokens can't be brute-forced.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { clientAddressOf, type TrustProxy } from '../client-address.js';
import type { Config } from '../config.js';
import { sha256Hex } from '../db.js';
import { type ApiError, errors } from '../errors.js';
import type { FixedWindowLimiter } from '../rate-limit.js';
import type { Env } from '../routes/env.js';
import type { SessionService } from '../sessions/service.js';
import { apiKeyId, TOKEN_PATTERN } from '../sessions/tokens.js';

/** The credential of an `Authorization: Bearer …` header, or null. */
export function bearer(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return m ? m[1]! : null;
}

/** The caller's address: the socket's peer, or the client a trusted proxy forwarded (`VERILOCK_TRUST_PROXY`). */
function clientAddress(c: Context, trust: TrustProxy): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return clientAddressOf(env?.incoming?.socket?.remoteAddress, c.req.header('X-Forwarded-For'), trust);
}

export interface Auth {
  /** API key (`X-API-Key` or `Authorization: Bearer`); sets `apiKeyId`. */
  apiKey: MiddlewareHandler<Env>;
  /** Session token (`Authorization: Bearer vft_…`) of a live session; sets `session`, `device`, `tokenHash`. */
  sessionToken: MiddlewareHandler<Env>;
}

export function createAuth(config: Config, limiter: FixedWindowLimiter, sessions: SessionService): Auth {
  const keyHashes = config.apiKeys.map((k) => createHash('sha256').update(k).digest());
  const keyIds = config.apiKeys.map(apiKeyId);

  /** Index of the matching API key, compared in constant time against every key; -1 when none. */
  const matchApiKey = (presented: string): number => {
    const h = createHash('sha256').update(presented).digest();
    let found = -1;
    keyHashes.forEach((k, i) => {
      if (timingSafeEqual(h, k) && found === -1) found = i;
    });
    return found;
  };

  const refuse = (c: Context<Env>, error: ApiError): never => {
    const retry = limiter.hit(
      `authfail:${clientAddress(c, config.trustProxy)}`,
      config.rateLimit.authFailuresPerIp ?? 30,
    );
    throw retry !== null ? errors.rateLimited(retry) : error;
  };

  return {
    async apiKey(c, next) {
      const presented = c.req.header('X-API-Key') || bearer(c.req.header('Authorization'));
      if (!presented) return refuse(c, errors.unauthorized());
      const index = matchApiKey(presented);
      if (index === -1) return refuse(c, errors.unauthorized());
      const retry = limiter.hit(`key:${index}`, config.rateLimit.perApiKey);
      if (retry !== null) throw errors.rateLimited(retry);
      c.set('apiKeyId', keyIds[index]!);
      await next();
    },
    async sessionToken(c, next) {
      const token = bearer(c.req.header('Authorization'));
      if (!token || !TOKEN_PATTERN.test(token)) return refuse(c, errors.tokenInvalid());
      const retry = limiter.hit(`tok:${sha256Hex(token)}`, config.rateLimit.perToken);
      if (retry !== null) throw errors.rateLimited(retry);
      const resolved = sessions.resolveToken(token);
      if (!resolved) return refuse(c, errors.tokenInvalid());
      if (sessions.isExpired(resolved.row)) throw errors.tokenExpired();
      c.set('session', resolved.row);
      c.set('device', resolved.device);
      c.set('tokenHash', resolved.tokenHash);
      await next();
    },
  };
}
