/**
 * Reads a request body the way its operation declares: JSON (size-limited, hostile keys refused) or
 * multipart/form-data (multer, with the file size limit the document gives as the file field's maxLength).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import multer from 'multer';
import type { ContractOperation } from '../contract/contract.js';
import { ApiError, errors, formatBytes } from './errors.js';

export interface UploadedFile {
  field: string;
  filename: string;
  mimeType: string;
  buffer: Buffer;
}

export interface RequestBody {
  /** Parsed JSON, multipart text fields (strings; file fields as their text), or raw text. */
  value: unknown;
  mediaType: string | undefined;
  files: UploadedFile[];
}

export interface BodyLimits {
  jsonBytes: number;
  /** Used when the document gives no maxLength for an uploaded file. */
  fileBytes: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { jsonBytes: 10 * 1024 * 1024, fileBytes: 10 * 1024 * 1024 };

const NO_BODY: RequestBody = { value: undefined, mediaType: undefined, files: [] };

export function mediaTypeOf(req: IncomingMessage): string | undefined {
  const header = req.headers['content-type'];
  return header ? header.split(';')[0].trim().toLowerCase() : undefined;
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return length !== undefined ? Number(length) > 0 : req.headers['transfer-encoding'] !== undefined;
}

export async function readBody(req: IncomingMessage, res: ServerResponse, operation: ContractOperation, limits: BodyLimits): Promise<RequestBody> {
  if (!hasBody(req)) return NO_BODY;
  const mediaType = mediaTypeOf(req);
  if (mediaType === 'multipart/form-data') return readMultipart(req, res, operation, limits);
  const text = await readText(req, limits.jsonBytes);
  if (mediaType === 'application/json' || mediaType?.endsWith('+json')) {
    return { value: parseJson(text), mediaType, files: [] };
  }
  // Any other type is left as text; the validator answers that the operation does not accept it.
  return { value: text, mediaType, files: [] };
}

async function readText(req: IncomingMessage, limit: number): Promise<string> {
  try {
    return await getRawBody(req, { limit, encoding: 'utf8' });
  } catch (e) {
    if ((e as { type?: string }).type === 'entity.too.large') throw errors.bodyTooLarge(limit);
    throw new ApiError(400, 'invalid_request_body', `Could not read the request body: ${(e as Error).message}`);
  }
}

/** JSON.parse, refusing `__proto__` keys so no body can reach an object's prototype downstream. */
export function parseJson(text: string): unknown {
  try {
    if (!text.includes('__proto__')) return JSON.parse(text);
    return JSON.parse(text, (key, value) => {
      if (key === '__proto__') throw errors.forbiddenKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw errors.invalidJson((e as Error).message);
  }
}

/** The file size limit for an operation: the smallest maxLength of its binary form fields. */
function fileLimit(operation: ContractOperation, fallback: number): number {
  const limits: number[] = [];
  for (const content of operation.http.request?.body?.contents ?? []) {
    const props = (content.schema as { properties?: Record<string, { format?: string; contentMediaType?: string; maxLength?: number }> })?.properties;
    for (const prop of Object.values(props ?? {})) {
      if ((prop.format === 'binary' || prop.contentMediaType !== undefined) && typeof prop.maxLength === 'number') limits.push(prop.maxLength);
    }
  }
  return limits.length ? Math.min(...limits) : fallback;
}

function readMultipart(req: IncomingMessage, res: ServerResponse, operation: ContractOperation, limits: BodyLimits): Promise<RequestBody> {
  const maxFile = fileLimit(operation, limits.fileBytes);
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxFile, fields: 100, files: 5 } }).any();
  return new Promise((resolve, reject) => {
    // multer is connect-style middleware; it only needs the raw request and sets body/files on it.
    const request = req as Request;
    upload(request, res as Response, (err: unknown) => {
      if (err) {
        const code = (err as { code?: string }).code;
        if (code === 'LIMIT_FILE_SIZE') return reject(new ApiError(413, 'request_too_large', `File too large (maximum ${formatBytes(maxFile)})`));
        return reject(new ApiError(400, 'invalid_request_body', `Malformed multipart body: ${(err as Error).message}`));
      }
      const fields: Record<string, unknown> = Object.create(null);
      Object.assign(fields, request.body as Record<string, unknown>);
      const files = ((request.files as Express.Multer.File[] | undefined) ?? []).map(f => ({
        field: f.fieldname,
        filename: f.originalname,
        mimeType: f.mimetype,
        buffer: f.buffer,
      }));
      for (const f of files) fields[f.field] = f.buffer.toString('utf8');
      resolve({ value: { ...fields }, mediaType: 'multipart/form-data', files });
    });
  });
}
