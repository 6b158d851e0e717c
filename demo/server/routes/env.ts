/**
 * What every route module gets: the Hono environment (values the middleware sets on a request) and
 * the services the app was composed of.
 */
import type { Config } from '../config.js';
import type { SessionRow, DB } from '../db.js';
import type { Device } from '../../../src/api/schemas.js';
import type { CaptureService } from '../captures/service.js';
import type { FixedWindowLimiter } from '../rate-limit.js';
import type { HandoffService } from '../sessions/handoff.js';
import type { SessionService } from '../sessions/service.js';
import type { CaptureStore } from '../storage.js';

export type Env = {
  Variables: { session: SessionRow; device: Device; tokenHash: string; requestId: string; apiKeyId: string };
};

export interface Deps {
  config: Config;
  db: DB;
  store: CaptureStore;
  sessions: SessionService;
  handoffs: HandoffService;
  captures: CaptureService;
  limiter: FixedWindowLimiter;
  /** The server log, with secrets redacted. */
  log: (line: string) => void;
}
