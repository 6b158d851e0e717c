/**
 * The handoff links applicants open on a phone: `/handoff/<code>` (GET and HEAD show a "continue on
 * this phone" page and change nothing; the POST its button sends redeems the link once). A link that
 * can't be used gets an HTML page in the applicant's language, never JSON.
 */
import type { Hono } from 'hono';
import {
  handoffOpenHeaders,
  handoffOpenHtml,
  linkTranslation,
  messagePageHeaders,
  messagePageHtml,
  pageTranslation,
} from '../link-pages.js';
import type { HandoffRefusal } from '../sessions/handoff.js';
import { hostedPageHeaders } from '../hosted-page.js';
import type { Deps, Env } from './env.js';

export function handoffRoutes(app: Hono<Env>, { sessions, handoffs }: Deps): void {
  const refused = (refusal: HandoffRefusal, acceptLanguage: string | undefined): Response => {
    const t = pageTranslation(acceptLanguage);
    const frame = sessions.profiles.frameAncestorSources(refusal.row).join(' ');
    return new Response(messagePageHtml(t, t.handoffRefused[refusal.reason]), {
      status: refusal.reason === 'unknown' ? 404 : 410,
      headers: messagePageHeaders(t, hostedPageHeaders(frame)),
    });
  };

  // Showing the link changes nothing (HEAD is answered by this route too): previewers, mail scanners
  // and prefetchers can open it as often as they like.
  app.get('/handoff/:code', (c) => {
    const state = handoffs.check(c.req.param('code'));
    const lang = c.req.header('Accept-Language');
    if (!state.ok) return refused(state, lang);
    // In the language the phone is about to get, so the page and the flow after it speak the same one.
    const t = linkTranslation(state.locale, lang);
    return c.body(handoffOpenHtml(t), 200, handoffOpenHeaders(t));
  });

  // The button of that page: redeems the link once and sends the phone to the hosted page.
  app.post('/handoff/:code', (c) => {
    const result = handoffs.redeem(c.req.param('code'));
    if (!result.ok) return refused(result, c.req.header('Accept-Language'));
    return c.body(null, 303, {
      Location: `/verify/${result.token}`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
