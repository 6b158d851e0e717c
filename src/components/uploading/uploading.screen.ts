import { html, nothing, type TemplateResult } from 'lit';
import type { UploadView } from '../../session/session-controller.js';
import { heading, type ScreenContext } from '../flow/screen.js';

/** Sending the captures: how many are on the server, and a notice while the device is offline. */
export function uploadingScreen({ t }: ScreenContext, items: readonly UploadView[], online: boolean): TemplateResult {
  const done = items.filter((i) => i.state === 'done').length;
  return html`${heading(t.uploadingTitle)}
    <p>${t.uploadingBody}</p>
    <div class="spinner" role="presentation"></div>
    <p role="status">${items.length ? t.uploadProgress(done, items.length) : ''}</p>
    ${online ? nothing : html`<p class="offline" role="status">${t.uploadWaitingOnline}</p>`}`;
}
