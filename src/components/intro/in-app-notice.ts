import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { InAppCheck } from '../../internal/in-app-browser.js';
import type { inAppNotice } from './in-app-notice.view.js';

/** Where copying the link stands: not tried, copied, or the clipboard refused (the link is shown to copy). */
export type LinkCopy = 'idle' | 'copied' | 'manual';

/**
 * In an in-app browser where the camera is unreliable (and not in an integrator's own app, whose web view
 * has the camera), the intro says so and offers the real browser and the phone. The check and the notice
 * load just after the first screen, outside its script budget.
 */
export class InAppNoticeController implements ReactiveController {
  #info: InAppCheck | null = null;
  #view: typeof inAppNotice | null = null;
  #load: Promise<void> | null = null;
  #copy: LinkCopy = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The notice, or nothing (not an in-app browser, or not known yet). */
  render(t: Translation): TemplateResult | typeof nothing {
    this.#load ??= import('./in-app-notice.view.js')
      .then((m) => {
        this.#view = m.inAppNotice;
        this.#info = m.inAppCheck(window);
        if (this.#info) this.host.requestUpdate();
      })
      .catch(() => undefined);
    const view = this.#view;
    if (!this.#info || !view) return nothing;
    return view(t, this.#info, this.#copy, (copy) => {
      this.#copy = copy;
      this.host.requestUpdate();
    });
  }
}
