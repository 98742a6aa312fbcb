/** Bulk contact uploads: V2 (JSON or CSV) and V1 (JSON). */
import type { HandlerContext, HandlerTable } from '../../../handlers/types.js';
import { ok } from '../../../handlers/v2-envelope.js';
import { ApiError, errors } from '../../../http/errors.js';
import * as uploads from './service.js';
import type { Upload } from './store.js';
import { createSlice } from '../../../workspace/slices.js';

interface JsonUploadBody {
  contacts: Record<string, unknown>[];
  TeamId: string;
  CampaignId: string;
  validate_emails?: boolean | string;
}

interface CsvUploadBody {
  contacts: string;
  mapping_fields?: string;
  TeamId: string;
  CampaignId: string;
  validate_emails?: 'true' | 'false';
}

function isMultipart(ctx: HandlerContext): boolean {
  return (ctx.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

/** The CSV bytes: the uploaded file in `contacts`, or the field's text when sent as a plain form field. */
function csvBytes(ctx: HandlerContext, body: CsvUploadBody): Buffer {
  const file = ctx.files.find(f => f.field === 'contacts');
  if (file) return file.buffer;
  if (typeof body.contacts === 'string') return Buffer.from(body.contacts, 'utf8');
  throw new ApiError(400, 'missing_required_parameter', 'contacts is required (the CSV file)', { param: 'contacts' });
}

/** Bytes the request body held: what its queued rows are charged against the sandbox's bound. */
function bodyBytes(ctx: HandlerContext, fallback: number): number {
  const length = Number(ctx.headers['content-length']);
  return Number.isFinite(length) && length > 0 ? length : fallback;
}

/** Guards the JSON rows when `--validation warn|off` let a body through unchecked. */
function isRowList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every(row => typeof row === 'object' && row !== null && !Array.isArray(row));
}

/** A JSON upload (V2 or V1): rows mapped in slices, then queued. */
async function acceptJson(ctx: HandlerContext, source: 'json' | 'v1'): Promise<Upload> {
  // The operation documents a JSON and a multipart body; the content type chose JSON, which the validator
  // checked against the JSON schema (in `warn`/`off` modes the rows are guarded below).
  const body = ctx.request.body as JsonUploadBody;
  // Team and campaign first, so a bad TeamId is a 403 whatever the rows hold.
  uploads.checkTarget(ctx.workspace, body.TeamId, body.CampaignId);
  if (!isRowList(body.contacts)) throw errors.unusable('contacts', 'an array of contact objects');
  const rows = await uploads.rowsFromJson(body.contacts, createSlice());
  const request = { source, TeamId: body.TeamId, CampaignId: body.CampaignId, validate_emails: body.validate_emails };
  return uploads.acceptUpload(ctx.workspace, request, rows, bodyBytes(ctx, rows.length * APPROX_JSON_ROW_BYTES));
}

/** A CSV upload: parsed and mapped in slices, then queued. */
async function acceptCsv(ctx: HandlerContext): Promise<Upload> {
  // The content type chose the multipart body, which the validator checked against its schema.
  const body = ctx.request.body as CsvUploadBody;
  uploads.checkTarget(ctx.workspace, body.TeamId, body.CampaignId);
  const csv = csvBytes(ctx, body);
  const rows = await uploads.rowsFromCsv(csv, body.mapping_fields, createSlice());
  const request = { source: 'csv' as const, TeamId: body.TeamId, CampaignId: body.CampaignId, validate_emails: body.validate_emails };
  return uploads.acceptUpload(ctx.workspace, request, rows, csv.length);
}

/** A row's size when a JSON body comes without Content-Length (chunked). */
const APPROX_JSON_ROW_BYTES = 256;

export const bulkContactHandlers: HandlerTable = {
  bulkCreateContacts: async ctx => {
    const upload = isMultipart(ctx) ? await acceptCsv(ctx) : await acceptJson(ctx, 'json');
    return ok({ upload_id: upload.id, status: upload.status, contact_count: upload.contact_count, message: uploads.UPLOAD_MESSAGE }, 202);
  },
  v1BulkCreateContacts: async ctx => {
    const upload = await acceptJson(ctx, 'v1');
    return { status: 200, body: { message: uploads.UPLOAD_MESSAGE, uploadId: upload.id } };
  },
};
