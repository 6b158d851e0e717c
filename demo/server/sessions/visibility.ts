/**
 * Which sessions an API key may see. In production mode every API key sees only the sessions it
 * created (a session records the key's id, a domain-separated hash, never the key); another key's
 * session answers 404 as if it did not exist.
 */
import type { Config } from '../config.js';
import type { SessionRow } from '../db.js';
import { ApiError } from '../errors.js';
import type { SessionService } from './service.js';

/** True when the key with id `keyId` may see `row`: always outside production, else only its own sessions. */
export function visibleTo(config: Pick<Config, 'production'>, row: Pick<SessionRow, 'owner_key'>, keyId: string) {
  return !config.production || row.owner_key === null || row.owner_key === keyId;
}

/** The key scope for listing: the key's id in production mode, none otherwise. */
export function listScope(config: Pick<Config, 'production'>, keyId: string): string | undefined {
  return config.production ? keyId : undefined;
}

export function sessionNotFound(): ApiError {
  return new ApiError(404, 'session_not_found', 'No session with this id.');
}

/** The session, when the key with id `keyId` may see it; else `404 session_not_found`. */
export function visibleSession(
  sessions: SessionService,
  config: Pick<Config, 'production'>,
  id: string,
  keyId: string,
): SessionRow {
  const row = sessions.byId(id);
  if (!row || !visibleTo(config, row, keyId)) throw sessionNotFound();
  return row;
}
