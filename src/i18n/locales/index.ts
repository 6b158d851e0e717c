/**
 * The locales shipped with the widget besides English. Each is its own chunk, fetched only when an
 * element asks for it (`lang` attribute, session language or `navigator.languages`).
 */
import { registerLocaleLoader } from '../registry.js';

registerLocaleLoader('fr', () => import('./fr.js'));
registerLocaleLoader('es', () => import('./es.js'));
registerLocaleLoader('de', () => import('./de.js'));
registerLocaleLoader('pt-br', () => import('./pt-BR.js'));
registerLocaleLoader('ar', () => import('./ar.js'));
registerLocaleLoader('it', () => import('./it.js'));
registerLocaleLoader('nl', () => import('./nl.js'));
registerLocaleLoader('pl', () => import('./pl.js'));
registerLocaleLoader('pt-pt', () => import('./pt-PT.js'));
registerLocaleLoader('ro', () => import('./ro.js'));
registerLocaleLoader('hu', () => import('./hu.js'));
registerLocaleLoader('cs', () => import('./cs.js'));
registerLocaleLoader('sk', () => import('./sk.js'));
registerLocaleLoader('sv', () => import('./sv.js'));
registerLocaleLoader('da', () => import('./da.js'));
registerLocaleLoader('nb', () => import('./nb.js'));
registerLocaleLoader('fi', () => import('./fi.js'));
registerLocaleLoader('ru', () => import('./ru.js'));
registerLocaleLoader('uk', () => import('./uk.js'));
registerLocaleLoader('bg', () => import('./bg.js'));
registerLocaleLoader('el', () => import('./el.js'));
registerLocaleLoader('hr', () => import('./hr.js'));
registerLocaleLoader('tr', () => import('./tr.js'));
registerLocaleLoader('ja', () => import('./ja.js'));
registerLocaleLoader('ko', () => import('./ko.js'));
registerLocaleLoader('zh-hans', () => import('./zh-Hans.js'));
registerLocaleLoader('zh-hant', () => import('./zh-Hant.js'));
registerLocaleLoader('hi', () => import('./hi.js'));
registerLocaleLoader('id', () => import('./id.js'));
registerLocaleLoader('vi', () => import('./vi.js'));
registerLocaleLoader('th', () => import('./th.js'));
registerLocaleLoader('he', () => import('./he.js'));
registerLocaleLoader('fa', () => import('./fa.js'));
