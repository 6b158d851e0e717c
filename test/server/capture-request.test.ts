/**
 * `parseCaptureRequest()`: the fields of a capture upload become a kind, meta and files, or a typed
 * `validation_failed` with the offending paths; `captureRefusal()`: what the session does not take.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  captureRefusal,
  parseCaptureRequest,
  MAX_LIVENESS_FRAMES,
  MAX_META_CHARS,
} from '../../demo/server/captures/parse.js';
import type { SessionRow } from '../../demo/server/db.js';

const file = (sha: string, field = 'file') => ({ field, sha256: sha.repeat(64).slice(0, 64) });
const text = (name: string, value: string, truncated = false) => ({ name, value, truncated });

function problems(form: Parameters<typeof parseCaptureRequest>[0]) {
  const parsed = parseCaptureRequest(form);
  assert.equal(parsed.ok, false);
  return parsed.ok ? [] : (assert.equal(parsed.error.code, 'validation_failed'), parsed.error.details);
}

describe('parseCaptureRequest', () => {
  it('accepts a kind, a meta and one file, and names the request by what was sent', () => {
    const meta = JSON.stringify({ source: 'camera', document_type: 'passport' });
    const parsed = parseCaptureRequest({
      fields: [text('kind', 'document_front'), text('meta', meta)],
      files: [file('a')],
    });
    assert.ok(parsed.ok);
    assert.equal(parsed.request.kind, 'document_front');
    assert.deepEqual(parsed.request.meta, { source: 'camera', document_type: 'passport' });
    assert.equal(parsed.request.files.length, 1);
    assert.match(parsed.request.requestHash, /^[0-9a-f]{64}$/);
    // Another file, or another meta, is another request.
    const other = parseCaptureRequest({
      fields: [text('kind', 'document_front'), text('meta', meta)],
      files: [file('b')],
    });
    const noMeta = parseCaptureRequest({ fields: [text('kind', 'document_front')], files: [file('a')] });
    assert.ok(other.ok && noMeta.ok);
    assert.notEqual(other.request.requestHash, parsed.request.requestHash);
    assert.notEqual(noMeta.request.requestHash, parsed.request.requestHash);
    assert.equal(noMeta.request.meta, null);
  });

  it('refuses unknown fields, a missing, repeated or unknown kind', () => {
    assert.deepEqual(problems({ fields: [text('kind', 'selfie'), text('x', '1')], files: [file('a', 'y')] }), [
      { path: 'x', message: 'Unrecognized field: "x"' },
      { path: 'y', message: 'Unrecognized field: "y"' },
    ]);
    for (const fields of [[], [text('kind', 'passport')], [text('kind', 'selfie'), text('kind', 'selfie')]]) {
      const details = problems({ fields, files: [file('a')] });
      assert.ok(details.length > 0 && details.every((d) => d.path.startsWith('kind')), JSON.stringify(details));
    }
  });

  it('refuses a meta that is repeated, too long, not JSON or not the contract', () => {
    const kind = text('kind', 'selfie');
    const metaOf = (...fields: ReturnType<typeof text>[]) =>
      problems({ fields: [kind, ...fields], files: [file('a')] });
    assert.deepEqual(metaOf(text('meta', '{}'), text('meta', '{}')), [
      { path: 'meta', message: 'meta must be one JSON string field' },
    ]);
    assert.equal(metaOf(text('meta', '{}', true))[0]!.message, `meta must be at most ${MAX_META_CHARS} characters`);
    assert.equal(metaOf(text('meta', ' '.repeat(MAX_META_CHARS + 1)))[0]!.path, 'meta');
    assert.deepEqual(metaOf(text('meta', '{')), [{ path: 'meta', message: 'meta is not valid JSON' }]);
    assert.ok(metaOf(text('meta', '{"source":"fax"}')).every((d) => d.path.startsWith('meta')));
  });

  it('takes exactly one file, or up to the frame limit for liveness, never as a text field', () => {
    const only = (kind: string, files: ReturnType<typeof file>[], extra: ReturnType<typeof text>[] = []) =>
      problems({ fields: [text('kind', kind), ...extra], files });
    assert.deepEqual(only('selfie', []), [{ path: 'file', message: 'a file part is required' }]);
    assert.deepEqual(only('selfie', [file('a'), file('b')]), [
      { path: 'file', message: 'selfie takes exactly one file' },
    ]);
    assert.deepEqual(only('selfie', [file('a')], [text('file', 'x')]), [
      { path: 'file', message: 'file must be a file part, not a text field' },
    ]);
    const frames = Array.from({ length: MAX_LIVENESS_FRAMES + 1 }, (_, i) => file(String(i % 10)));
    assert.deepEqual(only('liveness', frames), [
      { path: 'file', message: `liveness takes at most ${MAX_LIVENESS_FRAMES} files` },
    ]);
    assert.ok(parseCaptureRequest({ fields: [text('kind', 'liveness')], files: frames.slice(1) }).ok);
  });
});

describe('captureRefusal', () => {
  const row = (steps: string[], countries: string[] | null = null) =>
    ({
      steps: JSON.stringify(steps),
      document_types: '["passport"]',
      countries: countries && JSON.stringify(countries),
    }) as SessionRow;

  it('refuses a kind no step takes, a document type or a country the session does not accept', () => {
    assert.equal(captureRefusal(row(['document']), 'selfie', null)?.code, 'capture_not_expected');
    assert.equal(captureRefusal(row(['face_match']), 'selfie', null), null);
    assert.equal(captureRefusal(row(['selfie']), 'liveness', null)?.code, 'capture_not_expected');
    const meta = { source: 'camera', document_type: 'id_card' } as const;
    assert.equal(captureRefusal(row(['document']), 'document_front', meta)?.code, 'document_type_not_accepted');
    const fr = { source: 'camera', document_type: 'passport', country: 'FR' } as const;
    assert.equal(captureRefusal(row(['document'], ['DE']), 'document_front', fr)?.code, 'country_not_accepted');
    assert.equal(captureRefusal(row(['document'], ['FR']), 'document_front', fr), null);
  });
});
