// sendbox console: watches and steers the workspace of one key, through the same HTTP API any client
// uses (the control plane under /__sandbox and the public API). Plain browser JavaScript, no build step.
'use strict';

const $ = id => document.getElementById(id);
const JOURNAL_ROWS_KEPT = 500;
const PAGE_SIZE = 50;

/** An element with attributes and children (text or nodes); text never goes through innerHTML. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const json = value => JSON.stringify(value, null, 2);

// ---- keys -------------------------------------------------------------------------------------------

/** The secret key of the same workspace, where it can be known: `test_x` ↔ `sk_test_x`, the default pair. */
function secretKeyFor(key) {
  if (key.startsWith('test_')) return `sk_${key}`;
  if (key === 'sandbox_key') return 'sk_sandbox';
  return '';
}

function initialKeys() {
  const fromHash = new URLSearchParams(location.hash.slice(1));
  const key = fromHash.get('key') || localStorage.getItem('sendbox.key') || 'sandbox_key';
  const secret = fromHash.get('secret') || (fromHash.get('key') ? secretKeyFor(key) : localStorage.getItem('sendbox.secret')) || secretKeyFor(key);
  return { key, secret };
}

const keys = initialKeys();

// ---- HTTP ---------------------------------------------------------------------------------------------

/** One call with the workspace's key; answers status, the X-Sandbox-Source header and the parsed body. */
async function call(method, path, body, { secret = false, signal } = {}) {
  const headers = { Authorization: `Bearer ${secret ? keys.secret : keys.key}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  const text = await res.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: res.status, source: res.headers.get('X-Sandbox-Source'), body: parsed };
}

function errorText(answer) {
  const e = answer.body && answer.body.error;
  if (e && typeof e === 'object') return `${answer.status} ${e.code || ''}: ${e.message || ''}`;
  if (typeof e === 'string') return `${answer.status}: ${e}`;
  return `${answer.status}`;
}

function say(text, isError = false) {
  const m = $('message');
  m.textContent = text;
  m.classList.toggle('error', isError);
}

// ---- journal ------------------------------------------------------------------------------------------

const journal = {
  lastId: 0,
  controller: undefined,
  openId: undefined,
};

function statusClass(status) {
  return `status s${String(status)[0]}`;
}

function journalRow(e) {
  const violations = e.violations.length
    ? el('span', { class: 'badge bad', title: e.violations.map(v => `${v.location} ${v.param}: ${v.message}`).join('\n') }, `${e.violations.length}`)
    : '';
  const extras = [
    ...e.scenarios.map(s => el('span', { class: 'badge warn' }, s)),
    e.fault ? el('span', { class: 'badge bad' }, `fault: ${e.fault}`) : null,
  ];
  const row = el(
    'tr',
    { class: 'row', 'data-id': e.id, 'data-status': e.status, tabindex: 0, onclick: () => toggleDetail(row, e.id), onkeydown: ev => ev.key === 'Enter' && toggleDetail(row, e.id) },
    el('td', { class: 'mono' }, e.at.slice(11, 19)),
    el('td', { class: 'mono' }, e.method),
    el('td', { class: 'mono path' }, e.path),
    el('td', { class: statusClass(e.status) }, e.status === 0 ? 'cut' : e.status),
    el('td', { class: 'mono' }, e.durationMs),
    el('td', { class: 'mono wide' }, e.requestId),
    el('td', {}, violations),
    el('td', {}, extras),
  );
  row.dataset.search = `${e.method} ${e.path} ${e.status} ${e.requestId} ${e.scenarios.join(' ')} ${e.fault || ''}`.toLowerCase();
  return row;
}

function applyFilter(row) {
  const q = $('journal-filter').value.trim().toLowerCase();
  row.hidden = q !== '' && !row.dataset.search.includes(q);
}

function addEntry(e, fresh) {
  if (e.id <= journal.lastId) return;
  journal.lastId = e.id;
  const rows = $('journal-rows');
  const row = journalRow(e);
  if (fresh) row.classList.add('fresh');
  applyFilter(row);
  rows.prepend(row);
  while (rows.querySelectorAll('tr.row').length > JOURNAL_ROWS_KEPT) {
    const last = rows.lastElementChild;
    if (last.classList.contains('detail')) last.previousElementSibling.remove();
    last.remove();
  }
  $('journal-empty').hidden = true;
}

async function toggleDetail(row, id) {
  const open = row.nextElementSibling && row.nextElementSibling.classList.contains('detail') ? row.nextElementSibling : undefined;
  if (open) {
    open.remove();
    row.classList.remove('open');
    return;
  }
  row.classList.add('open');
  const cell = el('td', { colspan: 8 }, 'loading…');
  row.after(el('tr', { class: 'detail' }, cell));
  const answer = await call('GET', `/__sandbox/requests/${id}`);
  cell.textContent = '';
  if (answer.status !== 200) {
    cell.append(`The journal no longer holds this request (${errorText(answer)}).`);
    return;
  }
  cell.append(exchangeView(answer.body.data));
}

function exchangeView(e) {
  const query = new URLSearchParams(Object.entries(e.query || {}).flatMap(([k, v]) => (Array.isArray(v) ? v.map(x => [k, x]) : [[k, v]]))).toString();
  return el(
    'div',
    { class: 'exchange' },
    el(
      'div',
      { class: 'request' },
      el('h4', {}, 'Request'),
      el('pre', {}, `${e.method} ${e.path}${query ? `?${query}` : ''}\n${Object.entries(e.headers || {}).map(([k, v]) => `${k}: ${v}`).join('\n')}`),
      e.body !== null && e.body !== undefined ? el('pre', {}, typeof e.body === 'string' ? e.body : json(e.body)) : null,
    ),
    el(
      'div',
      { class: 'response' },
      el('h4', {}, `Response ${e.status === 0 ? '(cut by a fault)' : e.status} · ${e.durationMs} ms · ${e.operationId || 'no operation'}`),
      e.violations.length ? el('ul', { class: 'violations' }, e.violations.map(v => el('li', {}, `${v.location} ${v.param}: ${v.message}`))) : null,
      e.scenarios.length || e.fault ? el('p', { class: 'hint' }, `scenario: ${e.scenarios.join(', ') || '–'} · fault: ${e.fault || '–'} · applied: ${e.applied}`) : null,
      el('pre', {}, responseText(e.response)),
    ),
  );
}

/** The response as the journal keeps it (the text sent, or its first 4 KB), JSON laid out when it parses. */
function responseText(response) {
  if (response === null || response === undefined) return '(no body)';
  if (typeof response === 'object' && response.truncated) return `${response.preview}\n… (${response.length} characters in all; the journal keeps the first 4 KB)`;
  try {
    return json(JSON.parse(response));
  } catch {
    return String(response);
  }
}

async function loadJournal() {
  $('journal-rows').textContent = '';
  $('journal-empty').hidden = false;
  journal.lastId = 0;
  const answer = await call('GET', '/__sandbox/requests?limit=200');
  if (answer.status !== 200) {
    setLive('error', errorText(answer));
    return false;
  }
  for (const e of answer.body.data.slice().reverse()) addEntry(e, false);
  return true;
}

function setLive(state, text = state) {
  const live = $('live');
  live.dataset.state = state;
  live.textContent = text;
}

/** Reads the SSE stream with fetch (EventSource cannot send the key), reconnecting until the key changes. */
async function follow(controller) {
  while (!controller.signal.aborted) {
    try {
      const res = await fetch(`/__sandbox/requests/stream?after=${journal.lastId}`, {
        headers: { Authorization: `Bearer ${keys.key}` },
        signal: controller.signal,
      });
      if (res.status !== 200) {
        setLive('error', `stream ${res.status}`);
      } else {
        setLive('live');
        await readEvents(res.body, controller);
      }
    } catch (err) {
      if (controller.signal.aborted) return;
    }
    if (controller.signal.aborted) return;
    setLive('connecting', 'reconnecting');
    await new Promise(resolve => setTimeout(resolve, 1500));
  }
}

async function readEvents(body, controller) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done || controller.signal.aborted) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      await onEvent(parseEvent(block));
    }
  }
}

function parseEvent(block) {
  const event = { type: 'message', data: '' };
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event.type = value;
    if (field === 'data') event.data += value;
  }
  return event;
}

async function onEvent(event) {
  if (event.type === 'request') {
    const entry = JSON.parse(event.data);
    addEntry(entry, true);
    stateChanged(entry);
  } else if (event.type === 'close' && event.data === 'reset') {
    await loadJournal();
    await refreshAll();
  }
}

// ---- steering -----------------------------------------------------------------------------------------

const clock = { now: 0, at: 0, frozen: true };

function showClock(c) {
  clock.now = Date.parse(c.now);
  clock.at = performance.now();
  clock.frozen = c.frozen;
  $('clock-state').textContent = c.frozen ? 'frozen' : 'running';
  $('clock-pending').textContent = String(c.pending_jobs);
  $('clock-next').textContent = c.next_job_at || '–';
  tickClock();
}

function tickClock() {
  if (!clock.now) return;
  const now = clock.frozen ? clock.now : clock.now + (performance.now() - clock.at);
  $('clock-now').textContent = new Date(now).toISOString().replace('.000Z', 'Z');
}

async function loadClock() {
  const answer = await call('GET', '/__sandbox/clock');
  if (answer.status === 200) showClock(answer.body.data);
}

async function steer(label, method, path, body) {
  for (const b of document.querySelectorAll('.steering button')) b.disabled = true;
  try {
    const answer = await call(method, path, body);
    if (answer.status >= 400) {
      say(`${label}: ${errorText(answer)}`, true);
      return undefined;
    }
    say(`${label}: done`);
    return answer;
  } finally {
    for (const b of document.querySelectorAll('.steering button')) b.disabled = false;
  }
}

async function setClock(action) {
  const answer = await steer(action === 'freeze' ? 'Freeze' : 'Resume', 'POST', '/__sandbox/clock', { action });
  if (answer) showClock(answer.body.data);
}

async function advance(seconds) {
  const answer = await steer(`Advance ${seconds} s`, 'POST', '/__sandbox/clock/advance', { seconds });
  if (!answer) return;
  showClock(answer.body.data);
  say(`Advanced the clock; ${answer.body.data.ran} job(s) ran`);
  await Promise.all([loadState(), loadScenarios()]);
}

function scenarioItem(s) {
  return el(
    'li',
    { 'data-scenario': s.name, title: s.description },
    el('span', { class: 'name' }, s.name),
    el('span', { class: 'counts', title: 'requests matched / answers changed' }, `${s.matched} / ${s.applied}`),
    el('button', { type: 'button', 'aria-pressed': s.active ? 'true' : 'false', onclick: () => toggleScenario(s) }, s.active ? 'on' : 'off'),
  );
}

async function loadScenarios() {
  const answer = await call('GET', '/__sandbox/scenarios');
  if (answer.status !== 200) return;
  $('scenarios').replaceChildren(...answer.body.data.map(scenarioItem));
}

async function toggleScenario(s) {
  const verb = s.active ? 'deactivate' : 'activate';
  const answer = await steer(`${verb} ${s.name}`, 'POST', `/__sandbox/scenarios/${encodeURIComponent(s.name)}/${verb}`);
  if (answer) await loadScenarios();
}

async function reset() {
  if (!confirm('Reset this workspace to its seed? Its state, clock, jobs and journal start over.')) return;
  const answer = await steer('Reset', 'POST', '/__sandbox/reset');
  if (!answer) return;
  // The stream ends with a `reset` event and the journal reloads; the rest reloads now.
  await refreshAll();
}

// ---- state browser ----------------------------------------------------------------------------------

const flags = c => ['replied', 'opened', 'clicked', 'bounced', 'unsubscribed', 'paused', 'finished'].filter(f => c[f]);
const metrics = m => (m ? `${m.total} total · ${m.not_started} not started · ${m.in_progress} in progress · ${m.finished} finished · ${m.paused} paused` : '–');
const badges = list => list.map(f => el('span', { class: `badge ${f === 'bounced' || f === 'unsubscribed' ? 'bad' : f === 'replied' ? 'ok' : ''}` }, f));
const uploadStatus = s => el('span', { class: `badge ${s === 'completed' ? 'ok' : s === 'failed' ? 'bad' : 'warn'}`, 'data-upload-status': s }, s);

/** Who the conversation is with: its first participant's name or handle. */
const conversationContact = c => (c.participants && c.participants[0] ? c.participants[0].display_name || c.participants[0].username || '' : '');

/**
 * What the state browser shows. Lists come from the public API, so an endpoint the sandbox answers from
 * its examples (X-Sandbox-Source: example) says so instead of showing invented records; once a handler
 * keeps its state, the same tab shows it. Uploads and jobs have no list in the API: they come from the
 * workspace snapshot (GET /__sandbox/state).
 */
const RESOURCES = [
  { id: 'teams', label: 'Teams', path: () => '/v2/teams', columns: [['name', t => t.name], ['domain', t => t.domain], ['default', t => (t.is_default ? 'yes' : '')], ['id', t => t.id]] },
  {
    id: 'campaigns', label: 'Campaigns', path: team => `/v2/campaigns?TeamId=${team}`, enrich: withOverview,
    columns: [['name', c => c.name], ['status', c => c.status], ['draft', c => (c.is_draft ? 'draft' : '')], ['contact_metrics', c => metrics(c.contact_metrics)], ['engagement', c => engagementText(c.overview)]],
  },
  {
    id: 'contacts', label: 'Contacts', path: team => `/v2/contacts?TeamId=${team}`, detail: c => (c.CampaignId ? engagementBar(c) : null),
    columns: [
      // First, so that the button and the bar it opens are in view however wide the table is.
      ['steer', c => (c.CampaignId ? el('button', { type: 'button', class: 'engage-open', title: 'Make an engagement happen for this contact', onclick: ev => (ev.stopPropagation(), openRecord(ev.target.closest('tr'), c)) }, 'engage…') : '')],
      ['email', c => c.email || c.linkedin_url], ['name', c => [c.first_name, c.last_name].filter(Boolean).join(' ')], ['campaign', c => (c.Campaign ? c.Campaign.name : '–')],
      ['progress', c => badges(flags(c))], ['interest', c => c.interest || ''], ['updated', c => c.updatedAt],
    ],
  },
  { id: 'events', label: 'Events', path: team => `/v2/events?TeamId=${team}`, columns: [['date', e => e.date], ['type', e => e.type], ['channel', e => e.channel], ['subject', e => e.subject || ''], ['contact', e => e.ContactId || e.contact_id || '']] },
  { id: 'senders', label: 'Senders', path: team => `/v2/senders?TeamId=${team}`, columns: [['email', s => s.email], ['provider', s => s.provider], ['warm', s => (s.warm ? 'warm' : '')], ['disabled', s => (s.disabled ? 'disabled' : '')], ['max/day', s => s.max_per_day]] },
  // The API lists one channel at a time (LinkedIn unless asked): replies to campaign emails are in the first.
  { id: 'inbox', label: 'Inbox', path: team => `/v2/conversations?team_id=${team}&channel=email`, columns: [['title', c => c.title], ['contact', c => conversationContact(c)], ['unread', c => c.unread_count], ['last message', c => (c.last_message && c.last_message.text ? c.last_message.text.slice(0, 80) : '')], ['last activity', c => c.last_activity_at]] },
  { id: 'linkedin', label: 'LinkedIn', path: team => `/v2/conversations?team_id=${team}&channel=linkedin`, columns: [['title', c => c.title], ['contact', c => conversationContact(c)], ['unread', c => c.unread_count], ['last activity', c => c.last_activity_at]] },
  {
    id: 'webhooks', label: 'Webhooks', path: team => `/v2/webhooks?team_id=${team}`,
    columns: [['url', w => w.url], ['events', w => (w.events || w.event_types || []).join(', ')], ['enabled', w => String(w.enabled ?? '')], ['deliveries', w => el('button', { type: 'button', onclick: ev => (ev.stopPropagation(), showDeliveries(w)) }, 'deliveries')]],
  },
  { id: 'uploads', label: 'Uploads & jobs', snapshot: true },
  { id: 'sk-contacts', label: 'Contacts API', path: () => '/contacts', secret: true, cursor: true, columns: [['email', c => c.email], ['subscribed', c => (c.subscribed ? 'yes' : 'no')], ['data', c => (c.data ? JSON.stringify(c.data).slice(0, 80) : '')], ['updated', c => c.updatedAt]] },
];

/** `open`: the id of the record whose detail row is open; it stays open when its tab reloads. */
const view = { tab: RESOURCES[0], team: '', offset: 0, cursors: [undefined], generation: 0, open: undefined };

function renderTabs() {
  $('state-tabs').replaceChildren(
    ...RESOURCES.map(r =>
      el('button', { type: 'button', role: 'tab', 'data-tab': r.id, 'aria-selected': r === view.tab ? 'true' : 'false', onclick: () => selectTab(r) }, r.label),
    ),
  );
}

function selectTab(resource) {
  view.tab = resource;
  view.open = undefined;
  view.offset = 0;
  view.cursors = [undefined];
  renderTabs();
  loadState();
}

function note(text) {
  $('state-note').hidden = !text;
  $('state-note').textContent = text || '';
}

function renderTable(columns, records, pageInfo) {
  const table = $('state-table');
  table.tHead.replaceChildren(el('tr', {}, columns.map(([label]) => el('th', {}, label))));
  const rows = [];
  let reopen;
  for (const record of records) {
    const row = el('tr', { class: 'row', 'data-record': record.id, onclick: () => toggleRecord(row, record) }, columns.map(([, cell]) => el('td', {}, cell(record) ?? '')));
    rows.push(row);
    if (record.id !== undefined && record.id === view.open) reopen = () => openRecord(row, record);
  }
  table.tBodies[0].replaceChildren(...rows);
  if (reopen) reopen();
  if (!records.length) table.tBodies[0].append(el('tr', {}, el('td', { colspan: columns.length, class: 'empty' }, 'Nothing here yet.')));
  $('state-range').textContent = pageInfo.text;
  $('state-prev').disabled = !pageInfo.prev;
  $('state-next').disabled = !pageInfo.next;
}

function toggleRecord(row, record) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains('detail')) {
    next.remove();
    row.classList.remove('open');
    view.open = undefined;
    return;
  }
  openRecord(row, record);
}

/** Opens the record's detail row (the tab's own part, then the record as JSON), unless it is open. */
function openRecord(row, record) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains('detail')) return;
  view.open = record.id;
  row.classList.add('open');
  const extra = view.tab.detail ? view.tab.detail(record) : null;
  row.after(el('tr', { class: 'detail' }, el('td', { colspan: row.cells.length }, extra, el('pre', {}, json(record)))));
}

async function loadState() {
  const generation = ++view.generation;
  const r = view.tab;
  if (r.snapshot) return loadSnapshotTab(generation);
  if (!r.secret && r.id !== 'teams' && !view.team) return note('This workspace has no team.');
  const base = r.path(view.team);
  const sep = base.includes('?') ? '&' : '?';
  const page = r.cursor ? (view.cursors[view.offset] ? `limit=${PAGE_SIZE}&cursor=${encodeURIComponent(view.cursors[view.offset])}` : `limit=${PAGE_SIZE}`) : `limit=${PAGE_SIZE}&offset=${view.offset}`;
  const answer = await call('GET', `${base}${sep}${page}`, undefined, { secret: r.secret });
  if (generation !== view.generation) return;
  if (answer.status !== 200) {
    note(`GET ${base}: ${errorText(answer)}`);
    return renderTable(r.columns, [], { text: '' });
  }
  if (answer.source === 'example') {
    note(`Not simulated yet: the sandbox answers GET ${base.split('?')[0]} from openapi.yaml's examples, so there is no state to show. This tab fills in once the endpoint keeps state.`);
    return renderTable(r.columns, [], { text: '' });
  }
  note('');
  let records = Array.isArray(answer.body.data) ? answer.body.data : [];
  if (r.enrich) records = await r.enrich(records);
  if (generation !== view.generation) return;
  renderTable(r.columns, records, pageInfo(r, answer.body, records.length));
}

function pageInfo(r, body, count) {
  if (r.cursor) {
    const next = body.cursor || (body.pagination && body.pagination.nextCursor) || body.nextCursor;
    view.cursors[view.offset + 1] = next;
    return { text: `page ${view.offset + 1}`, prev: view.offset > 0, next: Boolean(next) };
  }
  const p = body.pagination || {};
  const total = p.total ?? count;
  return { text: count ? `${view.offset + 1}–${view.offset + count} of ${total}` : `0 of ${total}`, prev: view.offset > 0, next: Boolean(p.has_more) };
}

async function loadSnapshotTab(generation) {
  const answer = await call('GET', '/__sandbox/state');
  if (generation !== view.generation) return;
  if (answer.status !== 200) return note(`GET /__sandbox/state: ${errorText(answer)}`);
  note('');
  const s = answer.body;
  const uploads = s.supersend.uploads.map(u => ({ kind: `upload (${u.source})`, id: u.id, status: u.status, progress: `${u.processed_count}/${u.contact_count}`, outcome: `${u.created_count} created · ${u.updated_count} updated · ${u.failed_count} failed`, created: u.created_at, record: u }));
  const imports = s.project.jobs.imports.map(j => ({ kind: 'contacts import', id: j.id, status: j.status, progress: progressOf(j), outcome: outcomeOf(j), created: j.createdAt || j.created_at, record: j }));
  const bulk = s.project.jobs.bulk.map(j => ({ kind: `contacts bulk ${j.action || j.kind || ''}`.trim(), id: j.id, status: j.status, progress: progressOf(j), outcome: outcomeOf(j), created: j.createdAt || j.created_at, record: j }));
  const rows = [...uploads, ...imports, ...bulk].sort((a, b) => String(b.created).localeCompare(String(a.created)));
  const columns = [['kind', j => j.kind], ['id', j => el('span', { class: 'mono' }, j.id)], ['status', j => uploadStatus(j.status)], ['progress', j => j.progress], ['outcome', j => j.outcome], ['created', j => j.created]];
  renderTable(columns, rows, { text: `${rows.length} in this workspace` });
}

function progressOf(job) {
  const done = job.processed ?? job.processed_count ?? job.progress?.processed;
  const total = job.total ?? job.contact_count ?? job.progress?.total;
  return done === undefined ? '' : `${done}/${total ?? '?'}`;
}

function outcomeOf(job) {
  const parts = ['created', 'updated', 'failed', 'succeeded'].filter(k => typeof job[k] === 'number').map(k => `${job[k]} ${k}`);
  return parts.join(' · ');
}

async function showDeliveries(webhook) {
  const generation = ++view.generation;
  const answer = await call('GET', `/v2/webhooks/${webhook.id}/deliveries?team_id=${view.team}&limit=${PAGE_SIZE}`);
  if (generation !== view.generation) return;
  if (answer.source === 'example') return note('Not simulated yet: webhook deliveries are answered from openapi.yaml\'s examples.');
  if (answer.status !== 200) return note(errorText(answer));
  note(`Deliveries of ${webhook.url}`);
  const columns = [['event', d => d.event_type || d.event], ['status', d => d.status], ['attempts', d => d.attempts ?? d.attempt_count ?? ''], ['response', d => d.response_status ?? d.status_code ?? ''], ['at', d => d.created_at || d.createdAt]];
  renderTable(columns, answer.body.data, { text: `${answer.body.data.length} deliveries` });
}

// ---- engagement steering: make an outcome of the campaign engine happen for one contact --------------

const ENGAGEMENTS = ['reply', 'open', 'click', 'bounce', 'unsubscribe', 'autoresponse'];
const REPLY_CATEGORIES = ['interested', 'question', 'meeting_request', 'not_interested', 'needs_review'];

/** The V1 overview's engagement counters of a campaign (the V2 campaign has contact_metrics only). */
function engagementText(o) {
  if (!o) return '–';
  return `${o.replyCount} replied · ${o.openCount} opened · ${o.bounces} bounced · ${o.opt_outs} opted out`;
}

/** The team's campaigns with metrics, by id (GET /v1/campaigns/overview, archived ones too). */
async function overviewById() {
  const answer = await call('GET', `/v1/campaigns/overview?TeamId=${view.team}&includeMetrics=true&archived=true&limit=100`);
  const campaigns = answer.status === 200 && answer.source !== 'example' && Array.isArray(answer.body.campaigns) ? answer.body.campaigns : [];
  return new Map(campaigns.map(c => [c.id, c]));
}

async function withOverview(campaigns) {
  const byId = await overviewById();
  return campaigns.map(c => ({ ...c, overview: byId.get(c.id) }));
}

/**
 * Buttons that make one outcome happen now for the contact (POST /__sandbox/engagements), as the
 * campaign engine does when a drawn outcome falls due, and its campaign's counters as they move.
 */
function engagementBar(contact) {
  const category = el('select', { class: 'category', 'aria-label': 'Reply category' }, REPLY_CATEGORIES.map(c => el('option', { value: c }, c.replace('_', ' '))));
  const campaignLine = el('p', { class: 'hint campaign-line', 'data-campaign': contact.CampaignId }, 'campaign: …');
  const bar = el(
    'div',
    { class: 'engage', onclick: ev => ev.stopPropagation() },
    el('span', { class: 'label' }, 'Make it happen:'),
    category,
    ENGAGEMENTS.map(type =>
      el('button', { type: 'button', 'data-engage': type, onclick: () => engage(bar, contact, type, type === 'reply' ? category.value : undefined) }, type),
    ),
    campaignLine,
  );
  showCampaignLine(campaignLine, contact);
  return bar;
}

async function showCampaignLine(line, contact) {
  const o = (await overviewById()).get(contact.CampaignId);
  const name = contact.Campaign ? contact.Campaign.name : contact.CampaignId;
  line.textContent = `${name}: ${o ? `${o.contactCount} contact${o.contactCount === 1 ? '' : 's'} · ${engagementText(o)}` : 'no metrics'}`;
}

async function engage(bar, contact, type, category) {
  const who = contact.email || contact.linkedin_url || contact.id;
  const label = `${type}${category ? ` (${category.replace('_', ' ')})` : ''} from ${who}`;
  for (const b of bar.querySelectorAll('button')) b.disabled = true;
  try {
    const answer = await call('POST', '/__sandbox/engagements', { contact_id: contact.id, type, ...(category ? { category } : {}) });
    if (answer.status !== 201) return say(`${label}: ${errorText(answer)}`, true);
    say(`${label}: done, a ${answer.body.data.type} event was logged`);
  } finally {
    for (const b of bar.querySelectorAll('button')) b.disabled = false;
  }
  // The control plane is not journaled: nothing else reloads what the outcome changed (flags, metrics,
  // events, conversations, webhook deliveries). The tab shown reloads; the contact's detail stays open.
  await Promise.all([loadState(), loadClock()]);
}

async function loadTeams() {
  const answer = await call('GET', '/v2/teams?limit=100');
  const teams = answer.status === 200 ? answer.body.data : [];
  if (!teams.some(t => t.id === view.team)) view.team = (teams.find(t => t.is_default) || teams[0] || {}).id || '';
  $('team').replaceChildren(...teams.map(t => el('option', { value: t.id, selected: t.id === view.team }, t.name)));
}

let stateTimer;
let scenarioTimer;
/**
 * A request was journaled. A write may have moved the state shown: reload it once the burst settles. A
 * read that a scenario matched moved only the counters. Reads never reload the state: the console's
 * own reads are journaled too, and reloading on them would never stop.
 */
function stateChanged(entry) {
  if (entry.scenarios.length) {
    clearTimeout(scenarioTimer);
    scenarioTimer = setTimeout(loadScenarios, 300);
  }
  if (entry.method === 'GET' || entry.method === 'HEAD') return;
  clearTimeout(stateTimer);
  stateTimer = setTimeout(() => {
    loadState();
    loadClock();
  }, 300);
}

async function refreshAll() {
  await loadTeams();
  await Promise.all([loadState(), loadClock(), loadScenarios()]);
}

// ---- start ----------------------------------------------------------------------------------------

async function open() {
  journal.controller?.abort();
  const controller = new AbortController();
  journal.controller = controller;
  $('key').value = keys.key;
  $('secret-key').value = keys.secret;
  $('workspace').textContent = keys.key.startsWith('test_') ? `workspace ${keys.key.slice(5)}` : `key ${keys.key}`;
  setLive('connecting');
  say('');
  if (await loadJournal()) follow(controller);
  await refreshAll();
}

function wire() {
  $('key-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const key = $('key').value.trim();
    const typedSecret = $('secret-key').value.trim();
    keys.secret = key !== keys.key && (!typedSecret || typedSecret === secretKeyFor(keys.key)) ? secretKeyFor(key) : typedSecret;
    keys.key = key;
    localStorage.setItem('sendbox.key', keys.key);
    localStorage.setItem('sendbox.secret', keys.secret);
    history.replaceState(null, '', location.pathname);
    open();
  });
  $('journal-filter').addEventListener('input', () => document.querySelectorAll('#journal-rows tr.row').forEach(applyFilter));
  $('journal-clear').addEventListener('click', async () => {
    if (await steer('Clear journal', 'DELETE', '/__sandbox/requests')) await loadJournal();
  });
  for (const b of document.querySelectorAll('[data-clock]')) b.addEventListener('click', () => setClock(b.dataset.clock));
  for (const b of document.querySelectorAll('[data-advance]')) b.addEventListener('click', () => advance(Number(b.dataset.advance)));
  $('reset').addEventListener('click', reset);
  $('team').addEventListener('change', () => {
    view.team = $('team').value;
    selectTab(view.tab);
  });
  $('state-refresh').addEventListener('click', () => refreshAll());
  $('state-prev').addEventListener('click', () => {
    view.offset = view.tab.cursor ? view.offset - 1 : Math.max(0, view.offset - PAGE_SIZE);
    loadState();
  });
  $('state-next').addEventListener('click', () => {
    view.offset = view.tab.cursor ? view.offset + 1 : view.offset + PAGE_SIZE;
    loadState();
  });
  setInterval(tickClock, 1000);
  renderTabs();
}

wire();
open();
