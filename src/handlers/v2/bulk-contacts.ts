/** Bulk contact uploads: V2 (JSON or CSV), V1 (JSON), and the control plane's view of an upload. */
import type { HandlerContext, HandlerTable } from '../types.js';
import { ok } from '../v2-envelope.js';
import { ApiError, errors } from '../../http/errors.js';
import * as uploads from '../../domain/supersend/uploads.js';

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

/** The CSV text: the uploaded file in `contacts`, or the field's text when sent as a plain form field. */
function csvText(ctx: HandlerContext, body: CsvUploadBody): string {
  const file = ctx.files.find(f => f.field === 'contacts');
  if (file) return file.buffer.toString('utf8');
  if (typeof body.contacts === 'string') return body.contacts;
  throw new ApiError(400, 'missing_required_parameter', 'contacts is required (the CSV file)', { param: 'contacts' });
}

/** Guards the JSON rows when `--validation warn|off` let a body through unchecked. */
function isRowList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every(row => typeof row === 'object' && row !== null && !Array.isArray(row));
}

export const bulkContactHandlers: HandlerTable = {
  bulkCreateContacts: ctx => {
    const ws = ctx.workspace;
    let upload: uploads.Upload;
    if (isMultipart(ctx)) {
      const body = ctx.request.body as CsvUploadBody;
      // Team and campaign first, so a bad TeamId is a 403 whatever the file holds.
      uploads.checkTarget(ws, body.TeamId, body.CampaignId);
      const rows = uploads.rowsFromCsv(csvText(ctx, body), body.mapping_fields);
      upload = uploads.acceptUpload(ws, { source: 'csv', TeamId: body.TeamId, CampaignId: body.CampaignId, validate_emails: body.validate_emails }, rows);
    } else {
      const body = ctx.request.body as JsonUploadBody;
      uploads.checkTarget(ws, body.TeamId, body.CampaignId);
      if (!isRowList(body.contacts)) throw errors.unusable('contacts', 'an array of contact objects');
      upload = uploads.acceptUpload(ws, { source: 'json', TeamId: body.TeamId, CampaignId: body.CampaignId, validate_emails: body.validate_emails }, body.contacts.map(uploads.rowFromJson));
    }
    return ok({ upload_id: upload.id, status: upload.status, contact_count: upload.contact_count, message: uploads.UPLOAD_MESSAGE }, 202);
  },
  v1BulkCreateContacts: ctx => {
    const body = ctx.request.body as JsonUploadBody;
    uploads.checkTarget(ctx.workspace, body.TeamId, body.CampaignId);
    if (!isRowList(body.contacts)) throw errors.unusable('contacts', 'an array of contact objects');
    const upload = uploads.acceptUpload(ctx.workspace, { source: 'v1', TeamId: body.TeamId, CampaignId: body.CampaignId, validate_emails: body.validate_emails }, body.contacts.map(uploads.rowFromJson));
    return { status: 200, body: { message: uploads.UPLOAD_MESSAGE, uploadId: upload.id } };
  },
  ctlGetUpload: ctx => ok(uploads.uploadView(uploads.getUpload(ctx.workspace, String(ctx.request.path.id)))),
};
