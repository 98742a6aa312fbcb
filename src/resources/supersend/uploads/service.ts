/**
 * Bulk contact uploads (POST /v2/contacts/bulk, POST /v1/bulk-contacts): the upload is checked whole
 * before anything is queued (team, campaign, CSV syntax, mapping, row limit), then processed on the
 * workspace clock: `pending` until ws.processingLatencyMs has passed, then `processing`, BATCH_SIZE rows
 * every BATCH_DELAY_MS, then `completed`. Each row goes through the single-create upsert, so importing
 * the same rows again updates them and never duplicates.
 *
 * Uploads live beside the workspace's SuperSend state (keyed by it), not inside it: a workspace's
 * uploads are reachable only through that workspace.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { World } from '../../world.js';
import type { TimeSlice } from '../../../workspace/slices.js';
import { parseCsvInSlices } from '../../csv-slices.js';
import { isRefusal, queuedWorkError } from '../../../workspace/queued-work.js';
import { ApiError } from '../../../http/errors.js';
import { PERSON_FIELDS, type Campaign } from '../records.js';
import { invalidParameter, notFound } from '../errors.js';
import { requireTeam } from '../teams/service.js';
import { getCampaign } from '../campaigns/service.js';
import { upsertContact, type ContactInput } from '../contacts/service.js';
import { recordEvent } from '../events/service.js';
import { LoggedMap, beforeChange, recordUndo } from '../../../workspace/writes.js';
import type { RowInput, RowOutcome, Upload, UploadSource, UploadStatus } from './store.js';
import { freeFormProblem, requestBounds, stringProblem, stringRule, type StringRule } from '../../../workspace/stored-bounds.js';
import { errorMessage } from '../../../guards.js';

/** The documented limit of one upload (maxItems of `contacts`); CSV data rows count the same. */
export const MAX_UPLOAD_ROWS = 10_000;
/** Rows processed per scheduled step, and workspace time between steps. */
export const BATCH_SIZE = 500;
export const BATCH_DELAY_MS = 1000;
/** Finished uploads kept per workspace, the newest: older ones go, so their row outcomes don't pile up. */
export const KEEP_FINISHED_UPLOADS = 50;

export const UPLOAD_MESSAGE = 'Upload received. Processing will begin shortly.';
export const NO_IDENTIFIER = 'Row has neither email nor linkedin_url';

const uploadsOf = (ws: World): LoggedMap<string, Upload> => ws.stores.uploads.uploads;

export function getUpload(ws: World, id: string): Upload {
  const upload = uploadsOf(ws).get(id);
  if (!upload) throw notFound('upload');
  return upload;
}

/** The string fields a row can carry (BulkContactRow); twitter, note and one_liner are accepted, not stored. */
const STRING_FIELDS = PERSON_FIELDS.filter((f): f is Exclude<(typeof PERSON_FIELDS)[number], 'custom'> => f !== 'custom');
const IGNORED_FIELDS = ['twitter', 'note', 'one_liner'] as const;
const CSV_TARGETS = new Set<string>([...STRING_FIELDS, ...IGNORED_FIELDS]);
const CUSTOM_PREFIX = 'custom.';

export interface UploadRequest {
  source: UploadSource;
  TeamId: string;
  CampaignId: string;
  validate_emails?: boolean | string;
}

/** The upload's team and campaign, checked as the single create checks them (403, 404, 400). */
export function checkTarget(ws: World, teamId: string, campaignId: string): Campaign {
  requireTeam(ws, teamId);
  const campaign = getCampaign(ws, campaignId);
  if (campaign.team_id !== teamId) throw invalidParameter('CampaignId', 'CampaignId belongs to another team than TeamId');
  return campaign;
}

/**
 * Accepts an upload whose rows are already known to be well-formed: checks the team and campaign as the
 * single create does, then queues the rows. Throws before queueing anything.
 */
export function acceptUpload(ws: World, req: UploadRequest, rows: RowInput[], bytes: number): Upload {
  const campaign = checkTarget(ws, req.TeamId, req.CampaignId);
  if (rows.length === 0) throw invalidParameter('contacts', 'contacts holds no rows to import');
  if (rows.length > MAX_UPLOAD_ROWS) {
    throw invalidParameter('contacts', `contacts holds ${rows.length} rows; an upload takes at most ${MAX_UPLOAD_ROWS}`);
  }
  // The rows wait in memory until processed: within the workspace's and the sandbox's queued-work bounds.
  const hold = ws.scheduler.queued.hold({ rows: rows.length, bytes });
  if (isRefusal(hold)) throw queuedWorkError(hold, 'contacts');
  // A write that is undone gives its hold back.
  recordUndo(() => hold.release());
  const upload: Upload = {
    id: ws.random.uuid(),
    source: req.source,
    team_id: req.TeamId,
    campaign_id: campaign.id,
    validate_emails: req.validate_emails === true || req.validate_emails === 'true',
    status: 'pending',
    contact_count: rows.length,
    processed_count: 0,
    created_count: 0,
    updated_count: 0,
    failed_count: 0,
    failure_reason: null,
    rows: [],
    created_at: ws.clock.isoNow(),
    completed_at: null,
    queue: rows,
  };
  uploadsOf(ws).set(upload.id, upload);
  ws.stores.uploads.holds.set(upload, hold);
  ws.scheduler.after(ws.processingLatencyMs, `upload ${upload.id} start`, () => {
    beforeChange(upload).status = 'processing';
    ws.scheduler.after(BATCH_DELAY_MS, `upload ${upload.id} batch`, slice => processBatch(ws, upload, slice));
  });
  return upload;
}

/** One batch of rows, pausing between rows when the slice has run its time (other clients get answers). */
async function processBatch(ws: World, upload: Upload, slice: TimeSlice): Promise<void> {
  beforeChange(upload);
  const end = Math.min(upload.contact_count, upload.processed_count + BATCH_SIZE);
  while (upload.processed_count < end) {
    // The upload may have been dropped (workspace restored) while paused: nothing more to do.
    if (!upload.queue) return;
    // A campaign deleted for good while its upload waits: the rest of the upload cannot be imported.
    if (!ws.stores.supersend.campaigns.has(upload.campaign_id)) return finish(ws, upload, 'failed', 'Campaign not found');
    const i = upload.processed_count;
    const outcome = importRow(ws, upload, upload.queue[i], i + 1);
    upload.rows.push(outcome);
    upload.processed_count++;
    if (outcome.status === 'created') upload.created_count++;
    else if (outcome.status === 'updated') upload.updated_count++;
    else upload.failed_count++;
    await slice.check();
  }
  if (upload.processed_count < upload.contact_count) {
    ws.scheduler.after(BATCH_DELAY_MS, `upload ${upload.id} batch`, next => processBatch(ws, upload, next));
    return;
  }
  finish(ws, upload, 'completed', null);
  recordEvent(ws, {
    type: 'upload_completed',
    team_id: upload.team_id,
    campaign_id: upload.campaign_id,
    details: { upload_id: upload.id, created: upload.created_count, updated: upload.updated_count, failed: upload.failed_count },
  });
}

function finish(ws: World, upload: Upload, status: UploadStatus, reason: string | null): void {
  ws.stores.uploads.holds.get(upload)?.release();
  upload.status = status;
  upload.failure_reason = reason;
  upload.completed_at = ws.clock.isoNow();
  upload.queue = null;
  dropOldFinished(uploadsOf(ws));
}

const isFinished = (u: Upload) => u.status === 'completed' || u.status === 'failed';

/** Keeps the newest KEEP_FINISHED_UPLOADS finished uploads (the map is in creation order). */
function dropOldFinished(uploads: Map<string, Upload>): void {
  let surplus = -KEEP_FINISHED_UPLOADS;
  for (const u of uploads.values()) if (isFinished(u)) surplus++;
  for (const [id, u] of uploads) {
    if (surplus <= 0) break;
    if (!isFinished(u)) continue;
    uploads.delete(id);
    surplus--;
  }
}

// ajv-formats types each format as any kind of format; its `email` is a RegExp.
const EMAIL = fullFormats.email as RegExp;

/** The single create's request schema (POST /v2/contacts): an imported row is held to its bounds. */
const SINGLE_CREATE = 'op:createContact';
/** The document's schema of one JSON upload row: integration_contact_id is bounded only there. */
const UPLOAD_ROW = 'BulkContactRow';
let fieldRules: Map<string, StringRule> | undefined;

/** A field's rule from the single create, or from the upload row schema for a field only uploads set. */
function fieldRule(field: string): StringRule {
  const stated = Object.keys(requestBounds(SINGLE_CREATE, field)).length > 0;
  return stringRule(stated ? SINGLE_CREATE : UPLOAD_ROW, field);
}

/**
 * Why a row's values may not be stored (a field over the single create's maxLength, a control character,
 * a custom value out of bounds), or undefined. Upload rows come from a CSV file or from JSON rows whose
 * fields the document leaves free-form, so nothing has checked them yet.
 */
function rowProblem(row: RowInput): string | undefined {
  fieldRules ??= new Map(STRING_FIELDS.map(field => [field, fieldRule(field)]));
  for (const field of STRING_FIELDS) {
    const value = row[field];
    if (typeof value !== 'string') continue;
    const problem = stringProblem(value, fieldRules.get(field)!);
    if (problem) return `${field} ${problem}`;
  }
  return row.custom === undefined ? undefined : freeFormProblem('custom', row.custom);
}

/** One row through the single create: the same identity, bounds and email checks, then upsertContact. */
function importRow(ws: World, upload: Upload, row: RowInput, n: number): RowOutcome {
  if (!row.email && !row.linkedin_url) return { row: n, status: 'failed', contact_id: null, reason: NO_IDENTIFIER };
  const problem = rowProblem(row);
  if (problem) return { row: n, status: 'failed', contact_id: null, reason: problem };
  if (row.email && !EMAIL.test(row.email)) return { row: n, status: 'failed', contact_id: null, reason: 'email must be a valid email' };
  const input: ContactInput = { ...row, TeamId: upload.team_id, CampaignId: upload.campaign_id, validate_emails: upload.validate_emails };
  try {
    const result = upsertContact(ws, input);
    const id = result.kind === 'enrollment' ? result.enrollment.id : result.profile.id;
    return { row: n, status: result.created ? 'created' : 'updated', contact_id: id };
  } catch (e) {
    // A job must not throw: it runs ahead of some unrelated request, which would answer 500.
    return { row: n, status: 'failed', contact_id: null, reason: e instanceof ApiError ? e.message : 'An unexpected error occurred' };
  }
}

/** A JSON row (BulkContactRow / V1BulkContactItem) as imported: blank strings count as absent. */
export function rowFromJson(item: Record<string, unknown>): RowInput {
  const row: RowInput = {};
  for (const field of STRING_FIELDS) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '') row[field] = value;
    // V1 rows may send null to clear a field, as the single create does.
    else if (value === null && field !== 'email' && field !== 'linkedin_url') row[field] = null;
  }
  if (typeof item.custom === 'object' && item.custom !== null) row.custom = { ...item.custom };
  return row;
}

type Target = { kind: 'field'; field: (typeof STRING_FIELDS)[number] } | { kind: 'custom'; key: string } | { kind: 'ignored' };

function targetOf(name: string): Target | undefined {
  if (name.startsWith(CUSTOM_PREFIX) && name.length > CUSTOM_PREFIX.length) return { kind: 'custom', key: name.slice(CUSTOM_PREFIX.length) };
  const field = name.toLowerCase();
  if (!CSV_TARGETS.has(field)) return undefined;
  return (IGNORED_FIELDS as readonly string[]).includes(field) ? { kind: 'ignored' } : { kind: 'field', field: field as (typeof STRING_FIELDS)[number] };
}

/** The name a target is known by, to find two columns mapped to the same field. */
const targetName = (t: Target, name: string) => (t.kind === 'custom' ? name : name.toLowerCase());

interface MappingEntry {
  header: string;
  field: string;
}

/** mapping_fields: a JSON object of CSV header → contact field (or `custom.<key>`). */
function parseMapping(text: string | undefined): MappingEntry[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw invalidParameter('mapping_fields', `mapping_fields is not valid JSON: ${errorMessage(e)}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidParameter('mapping_fields', 'mapping_fields must be a JSON object mapping CSV headers to contact fields');
  }
  const entries: MappingEntry[] = [];
  for (const [header, field] of Object.entries(value)) {
    if (typeof field !== 'string') throw invalidParameter('mapping_fields', `mapping_fields["${header}"] must be a contact field name (a string)`);
    if (!targetOf(field.trim())) {
      throw invalidParameter(
        'mapping_fields',
        `mapping_fields maps "${header}" to "${field}", which is not a contact field (known: ${[...CSV_TARGETS].join(', ')}, or custom.<name>)`,
      );
    }
    entries.push({ header: header.trim(), field: field.trim() });
  }
  return entries;
}

/**
 * A CSV upload's rows. The header row names the columns; mapping_fields maps headers to contact fields,
 * and headers equal to a field name (case-insensitive) map to it unless the mapping already targets that
 * field. Other columns are ignored. Empty cells leave a field unset. Throws a 400 for anything wrong.
 * Parsed and mapped in slices that yield to the event loop.
 */
export async function rowsFromCsv(csv: Buffer, mappingText: string | undefined, slice: TimeSlice): Promise<RowInput[]> {
  const mapping = parseMapping(mappingText);
  let records: string[][];
  try {
    // Parsing stops one record past the limit: a larger file is refused without reading it all.
    records = await parseCsvInSlices<string[]>(
      csv,
      { bom: true, skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, to: MAX_UPLOAD_ROWS + 2 },
      slice,
    );
  } catch (e) {
    throw invalidParameter('contacts', `contacts is not valid CSV: ${errorMessage(e)}`);
  }
  if (records.length === 0) throw invalidParameter('contacts', 'contacts is an empty CSV file (no header row)');
  const headers = records[0];
  const columns = mapColumns(headers, mapping);
  const data = records.length - 1;
  if (data === 0) throw invalidParameter('contacts', 'contacts has a header row but no data rows');
  if (data > MAX_UPLOAD_ROWS) throw invalidParameter('contacts', `contacts holds more than ${MAX_UPLOAD_ROWS} data rows; an upload takes at most ${MAX_UPLOAD_ROWS}`);
  const rows: RowInput[] = new Array(data);
  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    const row: RowInput = {};
    for (const [index, target] of columns) {
      const value = record[index];
      if (value === undefined || value === '') continue;
      if (target.kind === 'field') row[target.field] = value;
      else if (target.kind === 'custom') (row.custom ??= {})[target.key] = value;
    }
    rows[r - 1] = row;
    await slice.check();
  }
  return rows;
}

/** JSON rows as imported (rowFromJson each), pausing when the slice has run its time. */
export async function rowsFromJson(items: Record<string, unknown>[], slice: TimeSlice): Promise<RowInput[]> {
  const rows: RowInput[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    rows[i] = rowFromJson(items[i]);
    await slice.check();
  }
  return rows;
}

function mapColumns(headers: string[], mapping: MappingEntry[] | undefined): Map<number, Target> {
  const folded = headers.map(h => h.toLowerCase());
  const param = mapping ? 'mapping_fields' : 'contacts';
  const byTarget = new Map<string, number>();
  const columns = new Map<number, Target>();
  const assign = (index: number, name: string) => {
    const target = targetOf(name)!;
    const key = targetName(target, name);
    const earlier = byTarget.get(key);
    if (earlier !== undefined && earlier !== index) {
      throw invalidParameter(param, `CSV columns "${headers[earlier]}" and "${headers[index]}" both map to ${key}`);
    }
    byTarget.set(key, index);
    columns.set(index, target);
  };
  for (const { header, field } of mapping ?? []) {
    const index = folded.indexOf(header.toLowerCase());
    if (index === -1) throw invalidParameter('mapping_fields', `mapping_fields names a column the CSV does not have: "${header}" (headers: ${headers.join(', ')})`);
    assign(index, field);
  }
  // Columns named like a contact field map to it, unless mapped already or the mapping fills that field.
  folded.forEach((header, index) => {
    if (columns.has(index) || byTarget.has(header) || header.startsWith(CUSTOM_PREFIX) || !targetOf(header)) return;
    assign(index, header);
  });
  if (!byTarget.has('email') && !byTarget.has('linkedin_url')) {
    throw invalidParameter(param, `No CSV column maps to email or linkedin_url (headers: ${headers.join(', ')})`);
  }
  return columns;
}

/** The control plane's view of an upload (Upload schema of src/control/openapi.yaml). */
export function uploadView(u: Upload) {
  return {
    upload_id: u.id,
    status: u.status,
    source: u.source,
    team_id: u.team_id,
    campaign_id: u.campaign_id,
    contact_count: u.contact_count,
    processed_count: u.processed_count,
    created_count: u.created_count,
    updated_count: u.updated_count,
    failed_count: u.failed_count,
    failure_reason: u.failure_reason,
    rows: u.rows,
    created_at: u.created_at,
    completed_at: u.completed_at,
  };
}
