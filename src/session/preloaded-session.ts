/**
 * The flow session a hosted page is served with, so the widget's first screen needs no API round trip.
 * The reference server writes it into the page as inert JSON (`<script type="application/json">`, never
 * executed, so the CSP is unchanged); the widget validates it with the API's own schema and asks the API
 * instead whenever it is absent, invalid or stale. The page is `Cache-Control: no-store`, so a reload or a
 * history navigation fetches it again, with a current copy.
 */
import { FlowSession } from '../api/schemas.js';

/** Id of the page's `<script type="application/json">` holding `{ "token": …, "session": <FlowSession> }`. */
export const PRELOADED_SESSION_ID = 'verilock-session';

/**
 * The page's flow session for `token`, read once (its element is removed), or null: none on the page, not
 * a JSON element, not JSON, not a flow session, for another token, or already expired.
 */
export function takePreloadedSession(token: string, doc: Document = document, now = Date.now()): FlowSession | null {
  const el = doc.getElementById(PRELOADED_SESSION_ID);
  el?.remove();
  try {
    const data = JSON.parse(el instanceof HTMLScriptElement && el.type == 'application/json' ? el.text : 'null') as {
      token?: unknown;
      session?: unknown;
    } | null;
    const parsed = FlowSession.safeParse(data?.session);
    return data?.token === token && parsed.success && Date.parse(parsed.data.expires_at) > now ? parsed.data : null;
  } catch {
    return null;
  }
}
