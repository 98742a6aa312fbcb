/**
 * Handlers of the secret-key Contacts API's background jobs: CSV import and bulk actions (queue, then
 * poll). The work itself lives in service.ts beside it.
 */
import { ApiError } from '../../../http/errors.js';
import {
  getBulkJob,
  getImportJob,
  queueBulkAction,
  queueImport,
  type BulkFilter,
  type BulkOperation,
  type BulkSelector,
} from './service.js';
import type { Handler, HandlerContext, HandlerTable } from '../../../handlers/types.js';
import { isRecord } from '../../../guards.js';

/** The controller writes these itself, so they come flat: `{"error": "…"}`. */
function flat(status: number, code: string, message: string): ApiError {
  return new ApiError(status, code, message, { flat: true });
}

const importJobNotFound = () => flat(404, 'job_not_found', 'Import job not found');
const bulkJobNotFound = () => flat(404, 'job_not_found', 'Bulk action job not found');

function importContacts(ctx: HandlerContext) {
  const files = ctx.files.filter(f => f.field === 'file');
  if (files.length === 0) throw flat(400, 'missing_required_parameter', 'CSV file is required');
  // The real service's upload middleware takes one file; a second one (or a refused type) makes it answer
  // 500. sendbox answers 400 with the upload middleware's own message (README "Limitations").
  if (files.length > 1) throw flat(400, 'validation_error', 'Unexpected field');
  const [file] = files;
  if (file.mimeType !== 'text/csv' && !file.filename.endsWith('.csv')) throw flat(400, 'validation_error', 'Only CSV files are allowed');
  const jobId = queueImport(ctx.workspace, { buffer: file.buffer, filename: file.filename });
  return { status: 202, body: { message: 'Import queued successfully', jobId } };
}

function bulkAction(operation: BulkOperation): Handler {
  return ctx => {
    const jobId = queueBulkAction(ctx.workspace, operation, bulkSelector(ctx.request.body));
    return { status: 202, body: { message: `Bulk ${operation} queued successfully`, jobId } };
  };
}

/**
 * The selector as the real service's schema hands it on: unknown keys gone, `filter` defaulting to `{}`
 * in query mode. Strict validation has checked the body already; the checks here keep `warn`/`off` mode
 * from queuing something unusable (same first messages as the real service's schema).
 */
function bulkSelector(body: unknown): BulkSelector {
  const b: Record<string, unknown> = isRecord(body) ? body : {};
  if (b.mode === 'ids') {
    const ids = uuidList(b.contactIds);
    if (!ids) throw flat(400, 'validation_error', 'Required');
    if (ids.length === 0) throw flat(400, 'validation_error', 'Array must contain at least 1 element(s)');
    if (ids.length > 1000) throw flat(400, 'validation_error', 'Array must contain at most 1000 element(s)');
    return { mode: 'ids', contactIds: ids };
  }
  if (b.mode === 'query') {
    const raw: Record<string, unknown> = isRecord(b.filter) ? b.filter : {};
    const filter: BulkFilter = {};
    if (typeof raw.search === 'string') filter.search = raw.search;
    if (typeof raw.subscribed === 'boolean') filter.subscribed = raw.subscribed;
    const excludeIds = b.excludeIds === undefined ? undefined : uuidList(b.excludeIds);
    return { mode: 'query', filter, ...(excludeIds && { excludeIds }) };
  }
  throw flat(400, 'validation_error', "Invalid discriminator value. Expected 'ids' | 'query'");
}

function uuidList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v): v is string => typeof v === 'string') ? [...value] : undefined;
}

function jobId(ctx: HandlerContext): string {
  return String(ctx.request.path.jobId ?? '');
}

export const skJobHandlers: HandlerTable = {
  skImportContacts: importContacts,
  skGetImportJob: ctx => {
    const job = getImportJob(ctx.workspace, jobId(ctx));
    if (!job) throw importJobNotFound();
    return { status: 200, body: job };
  },
  skBulkSubscribeContacts: bulkAction('subscribe'),
  skBulkUnsubscribeContacts: bulkAction('unsubscribe'),
  skBulkDeleteContacts: bulkAction('delete'),
  skGetBulkJob: ctx => {
    const job = getBulkJob(ctx.workspace, jobId(ctx));
    if (!job) throw bulkJobNotFound();
    return { status: 200, body: job };
  },
};
