/**
 * A workspace snapshot: the whole state of one workspace as one JSON document, for GET/PUT
 * /__sandbox/state and for persistence. It is plain JSON (every Map becomes an array of its records, in
 * the Map's order), versioned (`format` + `version`), and complete: importing it into any workspace and
 * exporting again gives a deep-equal document, and the API answers the same (same ids, same order).
 *
 * Indexes and derived fields (lookup maps, sorted listings, search text, per-day click keys) are not
 * stored; import rebuilds them. The journal, coverage and scenarios of a workspace are not state and stay
 * as they are; its random source is not part of the snapshot either, so ids made after an import differ
 * from those the exporting workspace would have made next.
 *
 * Import checks the whole document before changing anything (shape, types and the bounds of what a
 * request may store with Ajv, then the references between records) and answers a 400 naming the first
 * bad part, so nothing imported can break a later read or save; a valid one replaces the workspace's
 * state at once, as one write (undone whole if the request fails after it). Work scheduled on the workspace (uploads, jobs) is dropped: uploads and jobs
 * that were unfinished are imported in the state they were exported in and are not resumed.
 */
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Workspace } from './workspace.js';
import { recordUndo, unlogged } from './writes.js';
import { ApiError } from '../http/errors.js';
import { toViolations } from '../contract/request-validator.js';
import { BOUNCE_CATEGORIES, INTERESTS, PERSON_FIELDS } from '../domain/supersend/records.js';
import { MAX_ID_LENGTH, MAX_FREE_FORM_NESTING, MAX_SNAPSHOT_NESTING, MAX_STRING_LENGTH, MAX_TIME_MS, MIN_TIME_MS, requestBounds, storedString } from './stored-bounds.js';
import {
  dumpSupersendState, normaliseEmail, normaliseLinkedin, prepareSupersendRestore, type SupersendStateData,
} from '../domain/supersend/state.js';
import { dumpLinkClicks, prepareLinkClickRestore, type LinkClickData } from '../domain/supersend/link-clicks.js';
import { dumpUploads, prepareUploadRestore, type Upload } from '../domain/supersend/uploads.js';
import { dumpSkProject, prepareSkProjectRestore, type ContactData, type SkContact } from '../domain/sk-contacts/project.js';
import { dumpSkJobs, prepareSkJobRestore, type SkJobsData } from '../domain/sk-contacts/jobs.js';

export const SNAPSHOT_FORMAT = 'sendbox-workspace';
export const SNAPSHOT_VERSION = 1;

export interface WorkspaceSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** Id of the workspace it was exported from (informative: it can be imported into any workspace). */
  workspace: string;
  /** Workspace time of the export. */
  exported_at: string;
  clock: { now: string; frozen: boolean };
  supersend: SupersendStateData & { link_clicks: LinkClickData; uploads: Upload[] };
  project: { id: string; disabled: boolean; contacts: SkContact[]; jobs: SkJobsData };
}

/** What an import replaced, for the control plane's answer. */
export interface ImportSummary {
  workspace: string;
  source_workspace: string;
  clock: { now: string; frozen: boolean };
  counts: Record<string, number>;
}

/** The workspace's state as a JSON document that shares nothing with the live state. */
export function exportWorkspace(ws: Workspace): WorkspaceSnapshot {
  const project = dumpSkProject(ws.project);
  const snapshot: WorkspaceSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    workspace: ws.id,
    exported_at: ws.clock.isoNow(),
    clock: { now: ws.clock.isoNow(), frozen: ws.clock.frozen },
    supersend: { ...dumpSupersendState(ws.supersend), link_clicks: dumpLinkClicks(ws), uploads: dumpUploads(ws) },
    project: { ...project, jobs: dumpSkJobs(ws) },
  };
  // A JSON round trip: a deep copy, and exactly what a client reading the document over HTTP gets.
  return JSON.parse(JSON.stringify(snapshot)) as WorkspaceSnapshot;
}

/**
 * Replaces the workspace's state with the snapshot's, or throws a 400 ApiError (code `invalid_snapshot`,
 * `param` naming the bad part) and changes nothing. The snapshot is copied, never kept.
 */
export function importWorkspace(ws: Workspace, input: unknown): ImportSummary {
  checkPlainValues(input);
  const snapshot = checkSnapshot(JSON.parse(JSON.stringify(input ?? null)) as unknown);
  const s = snapshot.supersend;
  const contacts = snapshot.project.contacts.map(
    (c): SkContact => ({ ...c, data: c.data === null ? null : Object.assign(Object.create(null) as ContactData, c.data) }),
  );
  // Everything is built first (building may throw), unlogged: none of it is live yet. The commits swap
  // what was built into place and log how to swap it back (writes.ts).
  const commits = unlogged(() => [
    prepareSupersendRestore(ws.supersend, {
      org: s.org, user: s.user, teams: s.teams, labels: s.labels, campaigns: s.campaigns, profiles: s.profiles,
      enrollments: s.enrollments, campaign_enrollment_order: s.campaign_enrollment_order, events: s.events,
    }),
    prepareLinkClickRestore(ws, s.link_clicks),
    prepareUploadRestore(ws, s.uploads),
    prepareSkProjectRestore(ws.project, { id: snapshot.project.id, disabled: snapshot.project.disabled, contacts }),
    prepareSkJobRestore(ws, snapshot.project.jobs),
  ]);
  // Scheduled work points at the state being replaced; none of it may run against the new one.
  ws.scheduler.clear();
  for (const commit of commits) commit();
  logClock(ws);
  const at = Date.parse(snapshot.clock.now);
  if (snapshot.clock.frozen) ws.clock.freeze();
  else ws.clock.resume();
  ws.clock.set(at);
  return {
    workspace: ws.id,
    source_workspace: snapshot.workspace,
    clock: { now: ws.clock.isoNow(), frozen: ws.clock.frozen },
    counts: {
      teams: s.teams.length,
      labels: s.labels.length,
      campaigns: s.campaigns.length,
      profiles: s.profiles.length,
      enrollments: s.enrollments.length,
      events: s.events.length,
      link_clicks: s.link_clicks.clicks.length,
      uploads: s.uploads.length,
      sk_contacts: contacts.length,
      sk_jobs: snapshot.project.jobs.imports.length + snapshot.project.jobs.bulk.length,
    },
  };
}

/** Logs the clock as it stands, so a failed import puts it back (writes.ts). */
function logClock(ws: Workspace): void {
  const { frozen } = ws.clock;
  const now = ws.clock.now();
  recordUndo(() => {
    if (frozen) ws.clock.freeze();
    else ws.clock.resume();
    ws.clock.set(now);
  });
}

// ---- checking ----

function invalid(param: string, message: string): ApiError {
  return new ApiError(400, 'invalid_snapshot', `Invalid workspace snapshot: ${message}`, { param });
}

/** Deeper than any field of the document plus a free-form value in it: refused before anything recurses. */
const MAX_DOCUMENT_DEPTH = MAX_SNAPSHOT_NESTING;

/**
 * Checks what the schema cannot see everywhere: nesting (refused before anything below recurses deeper),
 * numbers that JSON can write, and string length inside free-form values. The one longer string a
 * snapshot may hold is an import job's file (csvData), bounded by the schema.
 */
function checkPlainValues(value: unknown): void {
  const bad = badValue(value, 0, '');
  if (!bad) return;
  const param = bad.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || 'body';
  throw invalid(param, `${param} ${bad.problem}`);
}

type BadValue = { path: (string | number)[]; problem: string };

/** The first value out of bounds, with its path; recursion stops at MAX_DOCUMENT_DEPTH. */
function badValue(node: unknown, depth: number, key: string): BadValue | undefined {
  if (typeof node === 'number') return Number.isFinite(node) ? undefined : { path: [], problem: 'must be a finite number' };
  if (typeof node === 'string') {
    return node.length > MAX_STRING_LENGTH && key !== 'csvData' ? { path: [], problem: `is longer than ${MAX_STRING_LENGTH} characters` } : undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  if (depth >= MAX_DOCUMENT_DEPTH) return { path: [], problem: `nests deeper than a snapshot may (free-form values: at most ${MAX_FREE_FORM_NESTING} levels)` };
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const bad = badValue(node[i], depth + 1, key);
      if (bad) return { path: [i, ...bad.path], problem: bad.problem };
    }
    return undefined;
  }
  for (const k in node) {
    const bad = badValue((node as Record<string, unknown>)[k], depth + 1, k);
    if (bad) return { path: [k, ...bad.path], problem: bad.problem };
  }
  return undefined;
}

/** The snapshot, if its shape, types and references hold; else the 400 naming the first bad part. */
export function checkSnapshot(value: unknown): WorkspaceSnapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('body', 'the snapshot must be a JSON object');
  const head = value as Record<string, unknown>;
  if (head.format !== SNAPSHOT_FORMAT) {
    throw invalid('format', `format must be "${SNAPSHOT_FORMAT}" (got ${JSON.stringify(head.format ?? null)})`);
  }
  if (head.version !== SNAPSHOT_VERSION) {
    throw invalid('version', `version ${JSON.stringify(head.version ?? null)} is not supported; this sandbox reads version ${SNAPSHOT_VERSION}`);
  }
  const validate = validator();
  if (!validate(value)) {
    const [first] = toViolations('body', validate.errors ?? []);
    throw invalid(first?.param ?? 'body', first?.message ?? 'the snapshot does not match its schema');
  }
  const snapshot = value as WorkspaceSnapshot;
  checkReferences(snapshot);
  return snapshot;
}

/** Ids unique per collection, references that resolve, identifiers unique where the indexes need them. */
function checkReferences(snapshot: WorkspaceSnapshot): void {
  const s = snapshot.supersend;
  const teams = uniqueIds('supersend.teams', s.teams);
  const labels = uniqueIds('supersend.labels', s.labels);
  const campaigns = uniqueIds('supersend.campaigns', s.campaigns);
  const profiles = uniqueIds('supersend.profiles', s.profiles);
  const enrollments = uniqueIds('supersend.enrollments', s.enrollments);
  uniqueIds('supersend.events', s.events);
  uniqueIds('supersend.uploads', s.uploads);
  uniqueIds('supersend.link_clicks.clicks', s.link_clicks.clicks);
  const links = uniqueIds('supersend.link_clicks.links', s.link_clicks.links);
  uniqueIds('project.contacts', snapshot.project.contacts);
  uniqueIds('project.jobs.imports', snapshot.project.jobs.imports);
  uniqueIds('project.jobs.bulk', snapshot.project.jobs.bulk);

  const refer = (param: string, id: string | null, ids: Map<string, unknown>, what: string) => {
    if (id !== null && !ids.has(id)) throw invalid(param, `${param} names ${what} ${id}, which is not in the snapshot`);
  };
  s.labels.forEach((l, i) => refer(`supersend.labels[${i}].team_id`, l.team_id, teams, 'team'));
  s.campaigns.forEach((c, i) => {
    refer(`supersend.campaigns[${i}].team_id`, c.team_id, teams, 'team');
    refer(`supersend.campaigns[${i}].parent_campaign_id`, c.parent_campaign_id, campaigns, 'campaign');
  });
  const identifiers = new Map<string, number>();
  const claim = (param: string, i: number, identifier: string) => {
    const other = identifiers.get(identifier);
    if (other !== undefined) throw invalid(param, `${param} is also the ${param.split('.').pop()} of supersend.profiles[${other}] in the same team`);
    identifiers.set(identifier, i);
  };
  s.profiles.forEach((p, i) => {
    const at = `supersend.profiles[${i}]`;
    refer(`${at}.team_id`, p.team_id, teams, 'team');
    p.label_ids.forEach((id, j) => refer(`${at}.label_ids[${j}]`, id, labels, 'label'));
    if (p.email) claim(`${at}.email`, i, `${p.team_id}\u0000email\u0000${normaliseEmail(p.email)}`);
    if (p.linkedin_url) claim(`${at}.linkedin_url`, i, `${p.team_id}\u0000linkedin\u0000${normaliseLinkedin(p.linkedin_url)}`);
  });
  const pairs = new Set<string>();
  s.enrollments.forEach((e, i) => {
    const at = `supersend.enrollments[${i}]`;
    refer(`${at}.team_id`, e.team_id, teams, 'team');
    refer(`${at}.campaign_id`, e.campaign_id, campaigns, 'campaign');
    refer(`${at}.profile_id`, e.profile_id, profiles, 'profile');
    const pair = `${e.campaign_id}\u0000${e.profile_id}`;
    if (pairs.has(pair)) throw invalid(`${at}.profile_id`, `${at} enrolls profile ${e.profile_id} in campaign ${e.campaign_id} a second time`);
    pairs.add(pair);
  });
  const placed = new Set<string>();
  const orderedCampaigns = new Set<string>();
  s.campaign_enrollment_order.forEach((o, i) => {
    const at = `supersend.campaign_enrollment_order[${i}]`;
    if (orderedCampaigns.has(o.campaign_id)) throw invalid(`${at}.campaign_id`, `${at}.campaign_id repeats campaign ${o.campaign_id}`);
    orderedCampaigns.add(o.campaign_id);
    o.enrollment_ids.forEach((id, j) => {
      const param = `${at}.enrollment_ids[${j}]`;
      const index = enrollments.get(id);
      if (index === undefined) throw invalid(param, `${param} names enrollment ${id}, which is not in the snapshot`);
      if (s.enrollments[index].campaign_id !== o.campaign_id) throw invalid(param, `${param}: enrollment ${id} belongs to campaign ${s.enrollments[index].campaign_id}`);
      if (placed.has(id)) throw invalid(param, `${param} lists enrollment ${id} twice`);
      placed.add(id);
    });
  });
  s.enrollments.forEach((e, i) => {
    if (!placed.has(e.id)) throw invalid('supersend.campaign_enrollment_order', `supersend.enrollments[${i}] (${e.id}) is missing from supersend.campaign_enrollment_order`);
  });
  s.link_clicks.clicks.forEach((c, i) => refer(`supersend.link_clicks.clicks[${i}].link_id`, c.link_id, links, 'link'));
  const conversations = new Set<string>();
  s.link_clicks.conversations.forEach((c, i) => {
    const param = `supersend.link_clicks.conversations[${i}].contact_id`;
    if (conversations.has(c.contact_id)) throw invalid(param, `${param} repeats contact ${c.contact_id}`);
    conversations.add(c.contact_id);
  });
  const emails = new Set<string>();
  snapshot.project.contacts.forEach((c, i) => {
    const param = `project.contacts[${i}].email`;
    if (c.email !== c.email.trim().toLowerCase()) throw invalid(param, `${param} must be trimmed and lowercase, as the project stores emails`);
    if (emails.has(c.email)) throw invalid(param, `${param} (${c.email}) is the email of another contact of the project`);
    emails.add(c.email);
  });
}

/** Index of each record by id; throws on a repeated id. */
function uniqueIds(param: string, records: readonly { id: string }[]): Map<string, number> {
  const ids = new Map<string, number>();
  records.forEach((r, i) => {
    if (ids.has(r.id)) throw invalid(`${param}[${i}].id`, `${param}[${i}].id repeats id ${r.id} of ${param}[${ids.get(r.id)}]`);
    ids.set(r.id, i);
  });
  return ids;
}

// ---- the document's schema (version 1) ----
//
// Every field is held to what a request may store (stored-bounds.ts): strings a request sets take that
// request's documented bounds, other strings the sandbox-wide cap; times are ISO date-times or epoch ms
// within years 0000–9999; counters are non-negative integers; free-form values nest at most MAX_FREE_FORM_NESTING
// deep. So an imported snapshot can always be read, listed, exported and saved again.

type Schema = Record<string, unknown>;
/** Custom keyword: a free-form value nests at most this many levels (counted without recursion). */
const NESTING_KEYWORD = 'x-max-nesting';
const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type, 'null'] });
/** A string a request sets: `[schema, property]` of the request that does (stored-bounds.ts). */
const text = (from?: [string, string]): Schema => ({ type: 'string', ...storedString(...(from ?? [])) });
const ntext = (from?: [string, string]): Schema => nullable(text(from));
const str = text();
const nstr = ntext();
const id: Schema = { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH };
const nid = nullable(id);
const bool: Schema = { type: 'boolean' };
/** Non-negative whole counts. */
const int: Schema = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
const nint = nullable(int);
/** Four-digit years only (ajv-formats' date-time), i.e. 0000–9999. */
const dateTime: Schema = { type: 'string', format: 'date-time', maxLength: 64 };
const ndateTime = nullable(dateTime);
const epochMs: Schema = { type: 'integer', minimum: MIN_TIME_MS, maximum: MAX_TIME_MS };
/** A free-form value as requests may send it: any JSON, nested at most MAX_FREE_FORM_NESTING deep. */
const freeForm = (type?: string | string[]): Schema => ({ ...(type && { type }), [NESTING_KEYWORD]: MAX_FREE_FORM_NESTING });
const obj = freeForm('object');
const nobj = freeForm(['object', 'null']);
const ids: Schema = { type: 'array', items: id };
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
/** A record: every listed field required; fields added to a record later pass through. */
const record = (properties: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  required: Object.keys(properties),
  properties: { ...properties, ...optional },
});
/** A section of the document: exactly these fields. */
const section = (properties: Record<string, Schema>): Schema => ({ ...record(properties), additionalProperties: false });

/** The person fields, bounded as the contact create request bounds them. */
const person = (): Record<string, Schema> => ({
  ...Object.fromEntries(PERSON_FIELDS.filter(f => f !== 'custom').map(f => [f, ntext(['ContactCreateRequest', f])])),
  custom: obj,
});
const stamps = { created_at: dateTime, updated_at: dateTime };

/** Built on first use: the bounds come from openapi.yaml. */
function snapshotSchema(): Schema {
  const team = record({
    id, name: text(['TeamCreateRequest', 'name']), domain: ntext(['TeamCreateRequest', 'domain']), logo: ntext(['TeamCreateRequest', 'logo']),
    about: ntext(['TeamCreateRequest', 'about']), is_default: bool, meeting_link: ntext(['TeamCreateRequest', 'meeting_link']),
    meeting_link_text: ntext(['TeamCreateRequest', 'meeting_link_text']), auto_placement_testing: bool,
    auto_placement_testing_frequency: nint, notification_email: nstr, notification_email_preferences: obj, inbox_auto_tag_settings: obj,
    inbox_super_views: arrayOf(obj),
    // A limit below 1 would divide usage by zero or make it negative.
    contacts_limit: { ...int, minimum: 1 },
    credits_used: int, ...stamps,
  });
  const label = record({
    id, name: text(['LabelCreateRequest', 'name']), color: text(['LabelCreateRequest', 'color']), team_id: nid,
    applies_to: { enum: ['contact', 'conversation', 'both'] }, deleted: bool, ...stamps,
  });
  const from = (property: string): [string, string] => ['CampaignCreateRequest', property];
  const settings = record({
    track_domain: ntext(from('track_domain')), track: bool, category_id: nid, custom_variables: arrayOf(freeForm()), templateId: nid,
    send_to_risk_levels: { type: ['array', 'null'], items: str }, bcc: { type: ['array', 'null'], items: str }, bcc_replies_only: bool,
    timezone: ntext(from('timezone')), days: freeForm(['object', 'array', 'null']), hours: arrayOf(record({ start: str, end: str })),
    start: nstr, end: nstr, max_per_day: nint, unsubscribe: bool, unsubscribe_message: ntext(from('unsubscribe_message')),
    blacklistIfUnsubscribe: bool, blacklistIfBounced: bool, blacklistDomainOnReply: bool, list_unsubscribe_header: bool,
    failureConfiguration: nobj, version: int, warm: bool, LinkedinId: nstr, SenderIds: ids,
  });
  const campaign = record({
    id, team_id: id, name: text(from('name')), status: { enum: [1, 2] }, is_draft: bool, archived: bool, legacy_sequence: bool,
    nodes: arrayOf(obj), edges: arrayOf(obj), parent_campaign_id: nid, created_by: id, settings, reply_link_clicks: int, ...stamps,
  });
  const profile = record({ ...person(), id, team_id: id, valid2: { enum: [-1, 0, 1, 2] }, label_ids: ids, ...stamps });
  const enrollment = record({
    ...person(), id, campaign_id: id, team_id: id, profile_id: id, config_id: id, interest: { enum: [...INTERESTS, null] },
    verified: bool, replied: bool, bounced: bool, bounce_category: { enum: [...BOUNCE_CATEGORIES, null] }, unsubscribed: bool,
    opened: bool, clicked: bool, appointment: bool, finished: bool, paused: bool, started_sequence: bool, reply_link_clicked: bool,
    has_task: bool, status: { enum: ['idle', 'queued', 'processing'] }, current_node_id: nstr, step_number: nint, next_step: nstr,
    paused_at: ndateTime, resume_at: ndateTime, failed: bool, reason: nstr, last_node_processed_at: ndateTime,
    last_activity_at: ndateTime, variant: nstr, email_provider: nstr, sender_id: nid, archived: bool, deleted: bool, ...stamps,
  });
  const event = record({
    id, type: str, channel: str, date: dateTime, team_id: nid, campaign_id: nid, contact_id: nid, sender_id: nid,
    sequence_step: nint, subject: nstr, details: obj,
  });
  const linkClicks = section({
    clicks: arrayOf(record({
      id, contact_id: id, link_id: id, original_url: str, final_url: nstr, campaign_id: id, team_id: id, sender_id: nid,
      conversation_id: id, conversation_message_id: id, sequence_step: nint, ip: nstr, clicked_at: dateTime, at: epochMs, seq: int,
    })),
    links: arrayOf(record({ id, contact_id: id, original_url: str })),
    conversations: arrayOf(record({ contact_id: id, conversation_id: id, conversation_message_id: id })),
  });
  const upload = record({
    id, source: { enum: ['json', 'csv', 'v1'] }, team_id: id, campaign_id: id, validate_emails: bool,
    status: { enum: ['pending', 'processing', 'completed', 'failed'] }, contact_count: int, processed_count: int, created_count: int,
    updated_count: int, failed_count: int, failure_reason: nstr,
    rows: arrayOf(record({ row: { ...int, minimum: 1 }, status: { enum: ['created', 'updated', 'failed'] }, contact_id: nid }, { reason: str })),
    created_at: dateTime, completed_at: ndateTime, queue: { type: ['array', 'null'], items: obj },
  });
  const job = (data: Schema): Schema => record(
    {
      id, data, state: { enum: ['waiting', 'active', 'delayed', 'completed', 'failed'] }, progress: { type: 'number', minimum: 0, maximum: 100 },
      result: nobj, attemptsMade: int, readyAt: epochMs,
    },
    { failedReason: str, finishedOn: epochMs },
  );
  const skContact = record({
    id, email: text(['op:skCreateContact', 'email']), data: nobj, subscribed: bool, createdAt: epochMs, updatedAt: epochMs,
  });
  // The import job keeps the uploaded file base64-encoded: 4 characters per 3 bytes of the documented file limit.
  const fileBytes = Number(requestBounds('op:skImportContacts', 'file').maxLength ?? MAX_STRING_LENGTH);
  const csvData: Schema = { type: 'string', maxLength: Math.ceil(fileBytes / 3) * 4 };

  return section({
    format: { const: SNAPSHOT_FORMAT },
    version: { const: SNAPSHOT_VERSION },
    workspace: str,
    exported_at: dateTime,
    clock: section({ now: dateTime, frozen: bool }),
    supersend: section({
      org: record({ id, name: str, subsequences_enabled: bool, verification_credits: int }),
      user: record({ id, name: str, email: str }),
      teams: arrayOf(team),
      labels: arrayOf(label),
      campaigns: arrayOf(campaign),
      profiles: arrayOf(profile),
      enrollments: arrayOf(enrollment),
      campaign_enrollment_order: arrayOf(section({ campaign_id: id, enrollment_ids: ids })),
      events: arrayOf(event),
      link_clicks: linkClicks,
      uploads: arrayOf(upload),
    }),
    project: section({
      id,
      disabled: bool,
      contacts: arrayOf(skContact),
      jobs: section({
        imports: arrayOf(job(record({ projectId: id, csvData, filename: str }))),
        bulk: arrayOf(job(record({ projectId: id, operation: { enum: ['subscribe', 'unsubscribe', 'delete'] }, selector: record({ mode: { enum: ['ids', 'query'] } }) }))),
      }),
    }),
  });
}


function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

// ajv and ajv-formats are CommonJS; their default export sits one level down under NodeNext.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = addFormats(new Ajv({ strict: false, allowUnionTypes: true }));
  ajv.addKeyword({
    keyword: NESTING_KEYWORD,
    schemaType: 'number',
    error: { message: ({ schema }) => `must not nest deeper than ${String(schema)} levels` },
    validate: (max: number, data: unknown) => nestingDepth(data) <= max,
  });
  compiled = ajv.compile(snapshotSchema());
  return compiled;
}
