/**
 * Reads a request body the way its operation declares: JSON (size-limited, hostile keys refused) or
 * multipart/form-data (multer, with the file size limit the document gives as the file field's maxLength).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import { createRequire } from 'node:module';
import type multerModule from 'multer';
import type { ContractOperation } from '../contract/contract.js';
import { ApiError, errors } from './errors.js';
import { MAX_NESTING } from '../contract/limits.js';
import { errnoCode, errorMessage } from '../guards.js';

const require = createRequire(import.meta.url);
let multerLoaded: typeof multerModule | undefined;

/** multer (busboy and its parts) is required by the first multipart request: a start and most requests never need it. */
function loadMulter(): typeof multerModule {
  // require() is untyped; this is the multer package's own export.
  return (multerLoaded ??= require('multer') as typeof multerModule);
}

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

/** The `charset` parameter of the Content-Type header, lowercased, if any. */
function charsetOf(req: IncomingMessage): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(req.headers['content-type'] ?? '');
  return match ? match[1].toLowerCase() : undefined;
}

const UTF8 = new Set(['utf-8', 'utf8']);

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return length !== undefined ? Number(length) > 0 : req.headers['transfer-encoding'] !== undefined;
}

export async function readBody(req: IncomingMessage, res: ServerResponse, operation: ContractOperation, limits: BodyLimits): Promise<RequestBody> {
  if (!hasBody(req)) return NO_BODY;
  const mediaType = mediaTypeOf(req);
  // Bodies are read as UTF-8; another declared charset would be silently misread, so it is refused.
  const charset = charsetOf(req);
  if (charset !== undefined && !UTF8.has(charset)) throw errors.unsupportedCharset(charset, operation.flatValidationErrors);
  if (mediaType === 'multipart/form-data') return readMultipart(req, res, operation, limits);
  const text = await readText(req, limits.jsonBytes);
  if (mediaType === 'application/json' || mediaType?.endsWith('+json')) {
    return { value: parseJson(text, operation.flatValidationErrors, operation.maxBodyNesting), mediaType, files: [] };
  }
  // Any other type is left as text; the validator answers that the operation does not accept it.
  return { value: text, mediaType, files: [] };
}

async function readText(req: IncomingMessage, limit: number): Promise<string> {
  const declared = declaredLength(req);
  if (declared !== undefined && declared <= Math.min(limit, SMALL_BODY_BYTES)) return readSmall(req);
  try {
    return await getRawBody(req, { limit, encoding: 'utf8' });
  } catch (e) {
    if ((e as { type?: string }).type === 'entity.too.large') {
      await drain(req);
      throw errors.bodyTooLarge(limit);
    }
    throw new ApiError(400, 'invalid_request_body', `Could not read the request body: ${errorMessage(e)}`);
  }
}

/**
 * Bodies up to this size with a Content-Length are read directly: most API requests. raw-body (with its
 * decoder stream) reads the rest; for a 100-byte JSON body it cost about 3 µs of a 60 µs request.
 */
const SMALL_BODY_BYTES = 64 * 1024;

/** The Content-Length of a body sent without a transfer coding; undefined otherwise. */
function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length'];
  if (header === undefined || req.headers['transfer-encoding'] !== undefined) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) ? length : undefined;
}

/**
 * The body as UTF-8 text, as raw-body decodes it: a leading byte-order mark dropped, malformed bytes as
 * U+FFFD. Node's parser ends the stream after exactly Content-Length bytes; a client that goes away
 * before that never reaches 'end'.
 */
function readSmall(req: IncomingMessage): Promise<string> {
  // A client that went away while the request waited (for due work) left no event to wait for.
  if (!req.readable) return Promise.reject(aborted());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => void chunks.push(chunk);
    const onEnd = () => {
      done();
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    };
    const onClose = () => {
      done();
      reject(aborted());
    };
    const done = () => void req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
  });
}

function aborted(): ApiError {
  return new ApiError(400, 'invalid_request_body', 'Could not read the request body: request aborted');
}

/** At most this much of a refused body is read and dropped, for at most this long, before answering. */
const DRAIN_BYTES = 64 * 1024 * 1024;
const DRAIN_MS = 5000;

/**
 * Reads and drops the rest of a refused body. The 413 answer closes the connection; closing while the
 * client's bytes are still unread makes the kernel reset it, and the client may lose the answer.
 */
function drain(req: IncomingMessage): Promise<void> {
  return new Promise(resolve => {
    let bytes = 0;
    const done = () => {
      clearTimeout(timer);
      req.off('data', onData).off('end', done).off('close', done).off('error', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > DRAIN_BYTES) done();
    };
    const timer = setTimeout(done, DRAIN_MS).unref();
    if (req.readableEnded) return done();
    req.on('data', onData).on('end', done).on('close', done).on('error', done);
    req.resume();
  });
}

/** How deep objects and arrays may nest in a JSON body (the body itself is level 1); README "Input limits". */
export { MAX_NESTING as MAX_JSON_DEPTH } from '../contract/limits.js';

/**
 * JSON.parse (a leading UTF-8 byte order mark is tolerated), then one walk that refuses bodies nested
 * deeper than maxDepth (MAX_NESTING unless told) and `__proto__` keys: deep values would overflow the stack of every later
 * recursive reader (validation, copies, saving), and `__proto__` could reach a prototype downstream.
 */
export function parseJson(text: string, flat = false, maxDepth = MAX_NESTING): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw errors.invalidJson(errorMessage(e));
  }
  checkShape(value, flat, maxDepth);
  return value;
}

/** Iterative on purpose: a recursive walk would itself overflow on the bodies it exists to refuse. */
function checkShape(root: unknown, flat: boolean, maxDepth: number): void {
  const stack: { value: unknown; depth: number; field: string }[] = [{ value: root, depth: 1, field: 'body' }];
  while (stack.length > 0) {
    const { value, depth, field } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) throw errors.tooDeep(field, maxDepth, flat);
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1, field });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') throw errors.forbiddenKey(key, flat);
      // Errors name the top-level field the client sent, which is where a deep value starts.
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, field: depth === 1 ? key : field });
    }
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
  const multer = loadMulter();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxFile, fields: 100, files: 5 } }).any();
  return new Promise((resolve, reject) => {
    // multer is connect-style middleware; it only needs the raw request and sets body/files on it.
    const request = req as Request;
    // multer never writes to the response; Express's Response type only stands in for what it is given.
    upload(request, res as Response, (err: unknown) => {
      if (err) {
        const code = errnoCode(err);
        // multer has read the rest of the request by now, so the connection can close cleanly.
        if (code === 'LIMIT_FILE_SIZE') return reject(errors.fileTooLarge(maxFile));
        return reject(new ApiError(400, 'invalid_request_body', `Malformed multipart body: ${errorMessage(err)}`));
      }
      const fields: Record<string, unknown> = Object.create(null);
      // multer has set body to the text fields (Express types it any).
      Object.assign(fields, request.body as Record<string, unknown>);
      // With .any(), multer sets files to an array (Express's type also allows the by-field object of .fields()).
      const files = ((request.files as Express.Multer.File[] | undefined) ?? []).map(f => ({
        field: f.fieldname,
        filename: f.originalname,
        mimeType: f.mimetype,
        buffer: f.buffer,
      }));
      // A file stands in as a short description: multer has already held it to the operation's size limit
      // (fileLimit), handlers read the bytes from `files`, and a multi-megabyte copy as text would only
      // cost every upload a large string to validate, journal and collect.
      for (const f of files) fields[f.field] = `[file ${f.filename || f.field}, ${f.buffer.length} bytes]`;
      resolve({ value: { ...fields }, mediaType: 'multipart/form-data', files });
    });
  });
}
