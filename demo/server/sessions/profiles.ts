/**
 * Profiles (a named set of steps and limits a session is created from) and the framing rules a
 * session takes from its profile.
 */
import type { Profile } from '../../../src/api/schemas.js';
import type { Config } from '../config.js';
import { parseCountries, parseDocumentTypes, parseSteps, type DB, type ProfileRow, type SessionRow } from '../db.js';
import { parentOriginsOf } from '../hosted-page.js';
import { isoSeconds } from '../webhooks.js';

export class Profiles {
  constructor(
    private readonly db: DB,
    private readonly config: Config,
  ) {}

  byId(id: string): ProfileRow | undefined {
    return this.db.prepare('SELECT * FROM profiles WHERE id = ?').get(id) as ProfileRow | undefined;
  }

  list(): Profile[] {
    const rows = this.db.prepare('SELECT * FROM profiles ORDER BY created_at, id').all() as ProfileRow[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      steps: parseSteps(r),
      document_types: parseDocumentTypes(r),
      countries: parseCountries(r),
      liveness_challenges: r.liveness_challenges,
      max_upload_bytes: r.max_upload_bytes,
      allow_cross_device: r.allow_cross_device === 1,
      frame_ancestors: JSON.parse(r.frame_ancestors) as string[],
      created_at: isoSeconds(r.created_at),
    }));
  }

  /**
   * The `frame-ancestors` sources for a session's hosted page: its profile's `frame_ancestors` when
   * that list is not empty, else `VERILOCK_FRAME_ANCESTORS` (default `'self'` and the demo embed origin).
   */
  frameAncestorSources(row: SessionRow | undefined): string[] {
    const profile = row?.profile_id ? this.byId(row.profile_id) : undefined;
    const fromProfile = profile ? (JSON.parse(profile.frame_ancestors) as unknown) : [];
    const list = Array.isArray(fromProfile)
      ? fromProfile.filter((s): s is string => typeof s === 'string' && /^[^\s;,]+$/.test(s))
      : [];
    return list.length > 0 ? list : this.config.frameAncestors.split(/\s+/).filter(Boolean);
  }

  /** Exact origins allowed to frame the session and receive its iframe messages (`'self'` resolved). */
  parentOrigins(row: SessionRow | undefined): string[] {
    return parentOriginsOf(this.frameAncestorSources(row), new URL(this.config.publicUrl).origin);
  }
}
