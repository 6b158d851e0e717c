// The review page of the reference backend. No inline script or style (it runs under a strict CSP);
// every value from the API is written with textContent, never as HTML. The API key lives in one
// variable of this module: never in storage, cookies or the URL.
//
// Longer than 300 lines: the key stays in this one module's scope (no other module can read or be handed
// it), and every view (sign-in, list, detail, decision) calls the API with it.

/** @type {string | null} */
let apiKey = null;
/** Object URLs of the images shown, revoked when the view changes. */
let objectUrls = [];
/** The page of the list and its filters. */
const listState = { page: 1, lastPage: 1, status: '', from: '', to: '' };
/** The session open in the detail view. */
let current = null;

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const KIND_LABELS = {
  document_front: 'Document front',
  document_back: 'Document back',
  selfie: 'Selfie',
  liveness: 'Liveness',
};
const STATUS_LABELS = {
  created: 'Created',
  in_progress: 'In progress',
  processing: 'Awaiting review',
  approved: 'Approved',
  declined: 'Declined',
  expired: 'Expired',
};
const CHALLENGE_LABELS = { blink: 'Blink', turn_left: 'Turn left', turn_right: 'Turn right', smile: 'Smile' };

class SignedOut extends Error {}

/** Calls the API with the key; a 401 signs out. Returns the parsed JSON reply or throws with the API's message. */
async function api(path, init = {}) {
  if (!apiKey) throw new SignedOut('Signed out.');
  const res = await fetch(path, {
    ...init,
    headers: { 'X-API-Key': apiKey, ...(init.headers ?? {}) },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (res.status === 401) {
    signOut('Your API key was refused. Sign in again.');
    throw new SignedOut('unauthorized');
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const message = body?.error?.message ?? `The server answered ${res.status}.`;
    const err = new Error(message);
    err.status = res.status;
    throw err;
  }
  return body;
}

function formatTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function applicantName(applicant) {
  const name = [applicant?.first_name, applicant?.last_name].filter(Boolean).join(' ');
  return name || 'Unnamed applicant';
}

function statusBadge(status) {
  const badge = document.createElement('span');
  badge.className = `badge status-${status}`;
  badge.textContent = STATUS_LABELS[status] ?? status;
  return badge;
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function showView(name) {
  for (const view of ['sign-in-view', 'list-view', 'detail-view']) $(view).hidden = view !== name;
  $('sign-out').hidden = name === 'sign-in-view';
}

function releaseImages() {
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls = [];
}

function signOut(message = '') {
  apiKey = null;
  current = null;
  releaseImages();
  $('sessions').replaceChildren();
  $('captures').replaceChildren();
  $('summary').replaceChildren();
  /** @type {HTMLInputElement} */ ($('api-key')).value = '';
  $('sign-in-error').textContent = message;
  showView('sign-in-view');
  $('sign-in-title').focus();
}

// ---------------------------------------------------------------------------------------------
// Sign in
// ---------------------------------------------------------------------------------------------

$('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ ($('api-key'));
  const key = input.value.trim();
  $('sign-in-error').textContent = '';
  if (!key) {
    $('sign-in-error').textContent = 'Enter an API key.';
    input.focus();
    return;
  }
  apiKey = key;
  try {
    await api('/api/v1/sessions?per_page=1');
  } catch (err) {
    if (!(err instanceof SignedOut)) {
      apiKey = null;
      $('sign-in-error').textContent = `Could not sign in: ${err.message}`;
    } else {
      $('sign-in-error').textContent = 'This API key was not accepted.';
    }
    input.focus();
    return;
  }
  input.value = '';
  showView('list-view');
  await loadList();
  $('list-title').focus();
});

$('sign-out').addEventListener('click', () => signOut('Signed out.'));

// ---------------------------------------------------------------------------------------------
// List
// ---------------------------------------------------------------------------------------------

async function loadList() {
  const params = new URLSearchParams({ page: String(listState.page), per_page: '20' });
  for (const key of ['status', 'from', 'to']) if (listState[key]) params.set(key, listState[key]);
  $('list-status').textContent = 'Loading sessions…';
  let reply;
  try {
    reply = await api(`/api/v1/sessions?${params}`);
  } catch (err) {
    if (!(err instanceof SignedOut)) $('list-status').textContent = `Could not load the sessions: ${err.message}`;
    return;
  }
  listState.lastPage = reply.meta.last_page;
  const items = reply.data.map((s) => {
    const li = document.createElement('li');
    const button = el('button', undefined, 'session-item');
    button.type = 'button';
    button.dataset.id = s.id;
    const name = el('span', applicantName(s.applicant), 'name');
    const meta = el('span', `${formatTime(s.created_at)}${s.reference_id ? ` · ${s.reference_id}` : ''}`, 'meta');
    button.append(name, statusBadge(s.status), meta);
    button.addEventListener('click', () => void openSession(s.id));
    li.append(button);
    return li;
  });
  $('sessions').replaceChildren(...items);
  const total = reply.meta.total;
  $('list-status').textContent =
    total === 0 ? 'No sessions match these filters.' : `${total} session${total === 1 ? '' : 's'}.`;
  $('page-label').textContent = `Page ${reply.meta.current_page} of ${reply.meta.last_page}`;
  /** @type {HTMLButtonElement} */ ($('prev-page')).disabled = listState.page <= 1;
  /** @type {HTMLButtonElement} */ ($('next-page')).disabled = listState.page >= listState.lastPage;
}

$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  const from = /** @type {HTMLInputElement} */ ($('filter-from')).value;
  const to = /** @type {HTMLInputElement} */ ($('filter-to')).value;
  if (from && to && from > to) {
    $('list-status').textContent = 'The “from” date is after the “to” date.';
    return;
  }
  listState.status = /** @type {HTMLSelectElement} */ ($('filter-status')).value;
  listState.from = from;
  listState.to = to;
  listState.page = 1;
  void loadList();
});

$('prev-page').addEventListener('click', () => {
  if (listState.page > 1) {
    listState.page -= 1;
    void loadList();
  }
});
$('next-page').addEventListener('click', () => {
  if (listState.page < listState.lastPage) {
    listState.page += 1;
    void loadList();
  }
});

$('back').addEventListener('click', async () => {
  const id = current?.id;
  current = null;
  releaseImages();
  showView('list-view');
  await loadList();
  const button = id ? document.querySelector(`.session-item[data-id="${CSS.escape(id)}"]`) : null;
  (button ?? $('list-title')).focus();
});

// ---------------------------------------------------------------------------------------------
// Detail
// ---------------------------------------------------------------------------------------------

function renderSummary(detail) {
  $('detail-title').textContent = applicantName(detail.applicant);
  const rows = [
    ['Status', statusBadge(detail.status)],
    ['Session', detail.id],
    ['Reference', detail.reference_id ?? '—'],
    ['E-mail', detail.applicant?.email ?? '—'],
    ['Created', formatTime(detail.created_at)],
    ['Submitted or decided', formatTime(detail.completed_at)],
    ['Expires', formatTime(detail.expires_at)],
  ];
  const nodes = rows.flatMap(([term, value]) => {
    const dd = document.createElement('dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.append(value);
    return [el('dt', term), dd];
  });
  $('summary').replaceChildren(...nodes);

  const results = Object.entries(detail.results ?? {}).map(([step, result]) => {
    const li = el('li');
    const score = typeof result.score === 'number' ? ` (score ${result.score})` : '';
    const type = result.type ? `, ${result.type}` : '';
    li.textContent = `${step}: ${result.status}${type}${score}`;
    return li;
  });
  $('results').replaceChildren(...results);
}

async function showImage(figure, file, label) {
  const img = document.createElement('img');
  img.alt = label;
  img.width = 320;
  const res = await fetch(file.url, { headers: { 'X-API-Key': apiKey ?? '' }, credentials: 'omit', cache: 'no-store' });
  if (!res.ok) {
    figure.prepend(el('p', `${label}: the image could not be loaded (HTTP ${res.status}).`, 'error'));
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  objectUrls.push(url);
  img.src = url;
  figure.prepend(img);
}

function metaText(meta) {
  if (!meta) return 'No metadata.';
  const parts = [];
  if (meta.document_type) parts.push(`document ${meta.document_type}`);
  if (meta.country) parts.push(`country ${meta.country}`);
  if (meta.source) parts.push(`from ${meta.source}`);
  if (meta.width && meta.height) parts.push(`${meta.width}×${meta.height}`);
  if (meta.attempt) parts.push(`attempt ${meta.attempt}`);
  if (meta.liveness_mode) parts.push(`mode ${meta.liveness_mode}`);
  if (meta.fallback_reason) parts.push(`fallback: ${meta.fallback_reason}`);
  return parts.length ? parts.join(', ') : 'No metadata.';
}

function renderCaptures(captures) {
  const loads = [];
  const cards = captures.map((capture) => {
    const card = el('article', undefined, 'capture');
    const kind = KIND_LABELS[capture.kind] ?? capture.kind;
    card.append(el('h3', kind));
    card.append(el('p', `${metaText(capture.meta)} · received ${formatTime(capture.created_at)}`, 'meta'));
    const frames = el('div', undefined, 'frames');
    capture.files.forEach((file, i) => {
      const figure = el('figure');
      const label = capture.files.length > 1 ? `${kind}, frame ${i + 1} of ${capture.files.length}` : kind;
      figure.append(el('figcaption', `${label} · ${file.content_type} · ${file.bytes} bytes`));
      frames.append(figure);
      loads.push(showImage(figure, file, label));
    });
    if (capture.files.length === 0) frames.append(el('p', 'The images were deleted by the retention policy.'));
    card.append(frames);
    const hash = el('p', undefined, 'hash');
    hash.append(el('span', 'SHA-256 '), el('code', capture.sha256));
    card.append(hash);
    return card;
  });
  $('captures').replaceChildren(...cards);
  $('captures-status').textContent = captures.length ? 'Loading images…' : 'No captures yet.';
  void Promise.all(loads).then(() => {
    if (captures.length) $('captures-status').textContent = `${captures.length} captures shown.`;
  });
}

/** The server's own liveness check, where the session reply carries one. */
function livenessCheck(detail) {
  return detail.liveness_check ?? detail.liveness ?? detail.results?.liveness?.details ?? null;
}

function renderLiveness(detail, captures) {
  const box = $('liveness');
  const parts = [];
  const capture = captures.find((c) => c.kind === 'liveness');
  const log = Array.isArray(capture?.meta?.liveness) ? capture.meta.liveness : null;
  if (!detail.steps.includes('liveness')) {
    box.replaceChildren(el('p', 'This session has no liveness step.'));
    return;
  }
  if (log && log.length) {
    const table = el('table', undefined, 'log');
    table.append(el('caption', 'Challenge log sent by the applicant’s device'));
    const head = el('tr');
    for (const h of ['Challenge', 'Result', 'Duration']) {
      const th = el('th', h);
      th.scope = 'col';
      head.append(th);
    }
    table.append(head);
    for (const entry of log) {
      const row = el('tr');
      const duration = Number(entry.ended_at) - Number(entry.started_at);
      row.append(
        el('td', CHALLENGE_LABELS[entry.challenge] ?? String(entry.challenge)),
        el('td', entry.passed ? 'Passed' : 'Not passed', entry.passed ? 'ok' : 'bad'),
        el('td', Number.isFinite(duration) ? `${(duration / 1000).toFixed(1)} s` : '—'),
      );
      table.append(row);
    }
    parts.push(table);
  } else {
    parts.push(el('p', capture ? 'The liveness capture carries no challenge log.' : 'No liveness capture yet.'));
  }
  const check = livenessCheck(detail);
  if (check && typeof check === 'object') {
    const section = el('div', undefined, 'check');
    section.append(el('h3', 'Server liveness check'));
    const verdict =
      typeof check.passed === 'boolean'
        ? check.passed
          ? 'Passed'
          : 'Failed'
        : String(check.result ?? check.status ?? 'Reported');
    section.append(el('p', verdict, check.passed === false ? 'bad' : 'ok'));
    const reasons = Array.isArray(check.reasons) ? check.reasons : [];
    if (reasons.length) {
      const list = el('ul');
      for (const r of reasons) list.append(el('li', typeof r === 'string' ? r : JSON.stringify(r)));
      section.append(list);
    }
    parts.push(section);
  } else {
    parts.push(el('p', 'The session reply carries no server liveness check.', 'meta'));
  }
  box.replaceChildren(...parts);
}

function renderDecision(detail) {
  const open = detail.status === 'processing';
  /** @type {HTMLButtonElement} */ ($('approve')).disabled = !open;
  /** @type {HTMLButtonElement} */ ($('decline')).disabled = !open;
  /** @type {HTMLTextAreaElement} */ ($('decision-reason')).disabled = !open;
  $('decision-hint').textContent = open
    ? 'The applicant submitted this session. Your decision is sent to the business by webhook.'
    : `A decision is possible once the applicant has submitted; this session is ${STATUS_LABELS[detail.status] ?? detail.status}.`;
}

async function openSession(id) {
  releaseImages();
  let detail;
  let captures;
  try {
    [detail, captures] = await Promise.all([
      api(`/api/v1/sessions/${encodeURIComponent(id)}`),
      api(`/api/v1/sessions/${encodeURIComponent(id)}/captures`),
    ]);
  } catch (err) {
    if (!(err instanceof SignedOut)) $('list-status').textContent = `Could not open the session: ${err.message}`;
    return;
  }
  current = detail;
  $('decision-status').textContent = '';
  /** @type {HTMLTextAreaElement} */ ($('decision-reason')).value = '';
  renderSummary(detail);
  renderCaptures(captures.data);
  renderLiveness(detail, captures.data);
  renderDecision(detail);
  showView('detail-view');
  $('detail-title').focus();
}

async function decide(decision) {
  if (!current) return;
  const reason = /** @type {HTMLTextAreaElement} */ ($('decision-reason')).value.trim();
  for (const id of ['approve', 'decline']) /** @type {HTMLButtonElement} */ ($(id)).disabled = true;
  $('decision-status').textContent = decision === 'approved' ? 'Approving…' : 'Declining…';
  try {
    const detail = await api(`/api/v1/sessions/${encodeURIComponent(current.id)}/decision`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision, ...(reason ? { reason } : {}) }),
    });
    current = detail;
    renderSummary(detail);
    renderDecision(detail);
    $('decision-status').textContent =
      `${STATUS_LABELS[detail.status] ?? detail.status}. The business is notified by webhook.`;
  } catch (err) {
    if (err instanceof SignedOut) return;
    $('decision-status').textContent = `The decision was not recorded: ${err.message}`;
    renderDecision(current);
  }
}

$('approve').addEventListener('click', () => void decide('approved'));
$('decline').addEventListener('click', () => void decide('declined'));

showView('sign-in-view');
