import { html, nothing, type TemplateResult } from 'lit';
import { handoffOffer, heading, type ScreenContext } from '../flow/screen.js';

/** The first screen: hello, what the applicant will need, start (or continue on the phone). */
export function introScreen(
  ctx: ScreenContext,
  firstName: string | null,
  notice: TemplateResult | typeof nothing,
): TemplateResult {
  const { t, dispatch } = ctx;
  const c = ctx.state.config!;
  return html`${heading(t.introTitle(firstName))}
    <p>${t.introBody}</p>
    <ul class="needs">
      ${c.needsDocument ? html`<li>${t.introNeedDocument}</li>` : nothing}
      ${c.needsSelfie ? html`<li>${t.introNeedSelfie}</li>` : nothing}
      ${c.needsLiveness ? html`<li>${t.introNeedLiveness}</li>` : nothing}
    </ul>
    ${notice}
    <div class="actions">
      <button part="primary-button" @click=${() => dispatch({ type: 'START' })}>${t.introStart}</button>
      ${handoffOffer(ctx)}
    </div>`;
}
