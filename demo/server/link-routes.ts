/**
 * The links applicants open: `/handoff/<code>` (GET and HEAD show a "continue on this phone" page and
 * change nothing; the POST its button sends redeems the link once) and the broken-link screen of
 * `/verify/<token>` (an unknown, garbled, cut-short, expired or finished link gets an HTML page in
 * the applicant's language, never JSON).
 */
import type { Env, Hono } from 'hono';
import type { SessionStatus } from '../../src/api/schemas.js';
import type { SessionRow } from './db.js';
import {
  handoffOpenHeaders,
  handoffOpenHtml,
  messagePageHeaders,
  messagePageHtml,
  pageTranslation,
} from './link-pages.js';
import { TOKEN_PATTERN, type HandoffRedemption, type SessionService } from './service.js';
import { hostedPageHeaders } from './static.js';

const FINISHED: SessionStatus[] = ['processing', 'approved', 'declined'];

type Refusal = Exclude<HandoffRedemption, { ok: true }>;

/**
 * The page for a `/verify/<token>` that isn't a live token, or null when it is live: 404 for a
 * malformed or unknown token (a link cut short or garbled, a revoked phone token), 410 for an expired
 * session or one already submitted. Same framing rules as the hosted page, so it shows in the iframe.
 */
export function brokenVerifyLink(
  service: SessionService,
  token: string,
  acceptLanguage: string | undefined,
):
  | { row: SessionRow; response: null }
  | { row: undefined; response: Response }
  | { row: SessionRow; response: Response } {
  const row = TOKEN_PATTERN.test(token) ? service.byToken(token) : undefined;
  const code = !row
    ? 'token_invalid'
    : service.isExpired(row)
      ? 'token_expired'
      : FINISHED.includes(row.status as SessionStatus)
        ? 'session_completed'
        : null;
  if (row && code === null) return { row, response: null };
  const t = pageTranslation(acceptLanguage);
  const headers = messagePageHeaders(t, hostedPageHeaders(service.frameAncestorSources(row).join(' ')));
  const response = new Response(messagePageHtml(t, t.errors[code ?? 'token_invalid']), {
    status: code === 'token_invalid' ? 404 : 410,
    headers,
  });
  return row ? { row, response } : { row: undefined, response };
}

export function registerHandoffRoutes<E extends Env>(app: Hono<E>, service: SessionService): void {
  const refused = (refusal: Refusal, acceptLanguage: string | undefined): Response => {
    const t = pageTranslation(acceptLanguage);
    const headers = messagePageHeaders(t, hostedPageHeaders(service.frameAncestorSources(refusal.row).join(' ')));
    return new Response(messagePageHtml(t, t.handoffRefused[refusal.reason]), {
      status: refusal.reason === 'unknown' ? 404 : 410,
      headers,
    });
  };

  // Showing the link changes nothing (HEAD is answered by this route too): previewers, mail scanners
  // and prefetchers can open it as often as they like.
  app.get('/handoff/:code', (c) => {
    const state = service.checkHandoff(c.req.param('code'));
    const lang = c.req.header('Accept-Language');
    if (!state.ok) return refused(state, lang);
    const t = pageTranslation(lang);
    return c.body(handoffOpenHtml(t), 200, handoffOpenHeaders(t));
  });

  // The button of that page: redeems the link once and sends the phone to the hosted page.
  app.post('/handoff/:code', (c) => {
    const result = service.redeemHandoff(c.req.param('code'));
    if (!result.ok) return refused(result, c.req.header('Accept-Language'));
    return c.body(null, 303, {
      Location: `/verify/${result.token}`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
