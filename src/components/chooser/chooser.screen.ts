import { html, type TemplateResult } from 'lit';
import type { DocumentType } from '../../api/schemas.js';
import { countryOptions, ISO_COUNTRIES } from '../../internal/countries.js';
import { backButton, heading, type ScreenContext } from '../flow/screen.js';

/** The applicant's last choice of document, kept for when they come back to this screen. */
export interface DocumentChoice {
  type: DocumentType | null;
  country: string | null;
}

/** Which document: the issuing country and the type (each preselected when the session allows one only). */
export function chooserScreen(ctx: ScreenContext, lang: string, choice: DocumentChoice): TemplateResult {
  const { t, dispatch } = ctx;
  const c = ctx.state.config!;
  const codes = c.countries ?? ISO_COUNTRIES;
  const options = countryOptions(codes, lang);
  const type = choice.type ?? (c.documentTypes.length === 1 ? (c.documentTypes[0] ?? null) : null);
  const country = choice.country ?? (codes.length === 1 ? (codes[0] ?? null) : null);
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const dt = data.get('type') as DocumentType | null;
    const cc = (data.get('country') as string | null) || null;
    if (!dt || !cc) {
      form.reportValidity();
      return;
    }
    choice.type = dt;
    choice.country = cc;
    dispatch({ type: 'DOCUMENT_SELECTED', documentType: dt, country: cc });
  };
  return html`${heading(t.documentSelectTitle)}
    <form @submit=${submit} novalidate>
      <label class="field" for="country">${t.countryLabel}</label>
      <select id="country" name="country" required autocomplete="country">
        <option value="" ?selected=${!country}>${t.countryPlaceholder}</option>
        ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === country}>${o.name}</option>`)}
      </select>
      <fieldset class="types">
        <legend>${t.documentTypeLabel}</legend>
        ${c.documentTypes.map(
          (d) =>
            html`<label class="choice">
              <input type="radio" name="type" value=${d} required ?checked=${d === type} />
              <span>${t.documentTypes[d]}</span>
            </label>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" part="primary-button">${t.continue}</button>
        ${backButton(ctx)}
      </div>
    </form>`;
}
