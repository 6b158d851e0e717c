/**
 * The camera steps never schedule a second update after one completed (Lit's development build warns of
 * it): state a render depends on is set before the render (willUpdate) or outside an update, never in
 * updated()/firstUpdated(). Drives `<verilock-capture>` through its kinds and a photo, and
 * `<verilock-liveness>` from its start to the one-photo fallback, on the fake camera, in every engine.
 * The accessibility suite checks the same over a walk of the whole flow (Chromium).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/capture/capture.js';
import '../../src/components/liveness/liveness.js';
import type { VerilockCapture } from '../../src/components/capture/capture.js';
import type { VerilockLiveness } from '../../src/components/liveness/liveness.js';

/** The warnings Lit issued on this page that name one of the camera steps' elements. */
function cameraStepWarnings(): string[] {
  const issued = (window as unknown as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  expect(issued, 'Lit runs in development mode here').to.be.instanceOf(Set);
  return [...issued!].filter((w) => /verilock-(capture|liveness|camera-view)\b/.test(w));
}

describe('Lit development mode: the camera steps', function () {
  this.timeout(60_000);

  it('<verilock-capture> through its kinds and a photo issues no warning', async () => {
    const el = await fixture<VerilockCapture>(html`<verilock-capture kind="document_front"></verilock-capture>`);
    const live = () => el.camera.status === 'live';
    await waitUntil(live, 'camera live', { timeout: 20_000 });
    for (const kind of ['document_back', 'selfie'] as const) {
      el.kind = kind;
      await el.updateComplete;
      await waitUntil(live, `camera live for ${kind}`, { timeout: 20_000 });
    }
    expect(el.camera.facing).to.equal('user');
    const captured = oneEvent(el, 'vl-captured');
    void el.shoot();
    await captured;
    await el.updateComplete;
    expect(cameraStepWarnings()).to.deep.equal([]);
  });

  it('<verilock-liveness> from its start to the one-photo fallback issues no warning', async () => {
    const el = await fixture<VerilockLiveness>(
      html`<verilock-liveness .challenges=${['blink']} .assetsBase=${'/missing/'}></verilock-liveness>`,
    );
    await waitUntil(() => el.camera.status === 'live', 'camera live', { timeout: 20_000 });
    el.start();
    // Vision cannot load from a missing folder: the step offers one photo for review.
    await waitUntil(() => el.phase === 'fallback', 'fallback', { timeout: 30_000 });
    await el.updateComplete;
    expect(cameraStepWarnings()).to.deep.equal([]);
  });
});
