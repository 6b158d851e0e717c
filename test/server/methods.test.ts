/**
 * 405 for every registered path: each method a path is not served with answers `405 method_not_allowed`
 * with an `Allow` that lists exactly the methods it is served with. The paths come from the app's own
 * routes; nothing is listed here by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_KEY, createKyc, errorCode, useApp } from './helpers.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** A concrete path for a route pattern: `:param` and `*` become a sample segment matching their pattern. */
function samplePath(pattern: string): string {
  return pattern
    .replace(/:(\w+)\{((?:\{[\d,]+\}|[^}])+)\}/g, (_, name: string, re: string) => {
      const sample = ['hosted.css', 'x'].find((s) => new RegExp(`^(?:${re})$`).test(s));
      assert.ok(sample, `no sample for :${name}{${re}}`);
      return sample;
    })
    .replace(/:\w+/g, 'x')
    .replace(/\*/g, 'x');
}

describe('methods', () => {
  const t = useApp({
    rateLimit: { windowMs: 60_000, perApiKey: 100_000, perToken: 100_000, handoffsPerSession: 1000 },
  });

  it('every path answers 405 with the Allow of the methods it serves, for every method it does not', async () => {
    const { session_token } = await createKyc(t, {}, ['document', 'selfie']);
    const headers = { 'X-API-Key': API_KEY, Authorization: `Bearer ${session_token}` };
    const paths = [...new Set(t.va.app.routes.filter((r) => r.method !== 'ALL').map((r) => samplePath(r.path)))];
    assert.ok(paths.length >= 15, `only ${paths.length} paths registered`);
    for (const path of paths) {
      const replies = new Map<string, Response>();
      for (const method of METHODS) replies.set(method, await t.request(path, { method, headers }));
      const served = METHODS.filter((m) => replies.get(m)!.status !== 405);
      assert.ok(served.length > 0, `${path} serves no method`);
      for (const method of served) {
        const res = replies.get(method)!;
        if (res.status === 404 && method !== 'HEAD' && res.headers.get('content-type')?.includes('json')) {
          const body = (await res.json()) as { error: { message: string } };
          assert.notEqual(body.error.message, 'No such endpoint.', `${method} ${path} is not routed`);
        }
      }
      for (const method of METHODS.filter((m) => !served.includes(m))) {
        const res = replies.get(method)!;
        assert.deepEqual(res.headers.get('allow')?.split(', ').sort(), [...served].sort(), `${method} ${path}`);
        if (method !== 'HEAD') assert.equal(await errorCode(res), 'method_not_allowed');
      }
    }
  });
});
