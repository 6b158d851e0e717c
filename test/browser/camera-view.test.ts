import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/capture/camera-view.js';
import type { VerilockCameraView } from '../../src/components/capture/camera-view.js';

// The camera view renders into its host's tree: no shadow root, the parts and the shutter are its children.

describe('<verilock-camera-view>', () => {
  it('renders the preview box, the notes and the shutter row in order, without a shadow root', async () => {
    const el = await fixture<VerilockCameraView>(
      html`<verilock-camera-view
        shape="document"
        .label=${'Front of the document'}
        .live=${true}
        .shutter=${'Take photo'}
        .shutterDisabled=${false}
        .status=${'Hold still'}
        .notes=${html`<p class="note">a note</p>`}
        .actions=${html`<button class="other">other</button>`}
      ></verilock-camera-view>`,
    );
    expect(el.shadowRoot).to.equal(null);
    const order = [...el.children].map((c) => c.className || c.tagName.toLowerCase());
    expect(order).to.deep.equal(['camera document', 'note', 'actions']);
    expect([...el.querySelectorAll('[part]')].map((p) => p.getAttribute('part'))).to.deep.equal([
      'camera',
      'video',
      'shutter',
    ]);
    expect(el.video!.getAttribute('aria-label')).to.equal('Front of the document');
    expect(el.video!.hasAttribute('aria-hidden')).to.equal(false);
    expect(el.querySelector('.status')!.textContent).to.equal('Hold still');
    expect(el.querySelector('.starting')).to.equal(null);
    expect([...el.querySelectorAll('.actions button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Take photo',
      'other',
    ]);
  });

  it('fires vl-shutter when the shutter is pressed', async () => {
    const el = await fixture<VerilockCameraView>(
      html`<verilock-camera-view
        .live=${true}
        .shutter=${'Take photo'}
        .shutterDisabled=${false}
      ></verilock-camera-view>`,
    );
    const pressed = oneEvent(el, 'vl-shutter');
    el.querySelector<HTMLButtonElement>('[part="shutter"]')!.click();
    expect((await pressed).type).to.equal('vl-shutter');
  });

  it('covers the preview until live, and hides the box and shutter when the camera is unavailable', async () => {
    const el = await fixture<VerilockCameraView>(
      html`<verilock-camera-view
        .starting=${'Starting'}
        .status=${'Hold still'}
        .shutter=${'Take photo'}
      ></verilock-camera-view>`,
    );
    expect(el.querySelector('.starting')!.textContent).to.equal('Starting');
    expect(el.querySelector('.status'), 'no guidance before live').to.equal(null);
    expect(el.querySelector<HTMLButtonElement>('[part="shutter"]')!.disabled).to.equal(true);
    el.unavailable = true;
    await el.updateComplete;
    expect(el.querySelector<HTMLElement>('[part="camera"]')!.hidden).to.equal(true);
    expect(el.querySelector<HTMLElement>('[part="shutter"]')!.hidden).to.equal(true);
  });

  it('without a shutter or a label: no action row, the video hidden from assistive technology, mirrored', async () => {
    const el = await fixture<VerilockCameraView>(html`<verilock-camera-view .mirror=${true}></verilock-camera-view>`);
    expect(el.querySelector('.actions')).to.equal(null);
    expect(el.video!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.video!.classList.contains('mirror')).to.equal(true);
    expect(el.querySelector('.camera')!.classList.contains('face')).to.equal(true);
  });
});
