/**
 * Layer 2: read the body the operation declares and validate the whole request against the document.
 * The caller decides what violations mean: in `strict` mode the first is answered in the family's
 * envelope (violationError); `warn` lets the request through and reports them in a response header;
 * `off` ignores them. Either way they are kept for the journal.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContractOperation } from '../contract/contract.js';
import type { Violation, ValidatedRequest } from '../contract/request-validator.js';
import { readBody, type BodyLimits, type UploadedFile } from '../http/body.js';
import { ApiError } from '../http/errors.js';

export type ValidationMode = 'strict' | 'warn' | 'off';

export interface ValidationOutcome {
  request: ValidatedRequest;
  files: UploadedFile[];
  violations: Violation[];
}

export async function validateRequest(
  req: IncomingMessage,
  res: ServerResponse,
  operation: ContractOperation,
  pathParams: Record<string, string>,
  query: Record<string, string | string[]>,
  limits: BodyLimits,
): Promise<ValidationOutcome> {
  const body = await readBody(req, res, operation, limits);
  const { values, violations } = operation.validator({
    pathParams,
    query,
    headers: req.headers,
    body: body.value,
    mediaType: body.mediaType,
  });
  return { request: values, files: body.files, violations };
}

const V2_CODE_BY_KEYWORD: Record<string, string> = {
  required: 'missing_required_parameter',
  additionalProperties: 'unknown_parameter',
  contentType: 'unsupported_content_type',
};

/** The first violation, as the family reports a validation failure; all of them ride along for the journal. */
export function violationError(operation: ContractOperation, violations: Violation[]): ApiError {
  const first = violations[0];
  const message = (first.keyword === 'required' && operation.requiredMessages[first.param]) || first.message;
  return new ApiError(400, V2_CODE_BY_KEYWORD[first.keyword] ?? 'validation_error', message, {
    param: first.param,
    flat: operation.flatValidationErrors,
    skCode: 'VALIDATION_ERROR',
    suggestion: operation.family === 'sk' ? 'Check the request against the API reference.' : undefined,
    errors: operation.family === 'sk' ? violations.map(v => ({ field: v.param, message: v.message, code: v.keyword })) : undefined,
  });
}

/** A one-line, header-safe summary of violations for `warn` mode. */
export function violationSummary(violations: Violation[]): string {
  return violations
    .map(v => `${v.location} ${v.param}: ${v.message}`)
    .join('; ')
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 2000);
}

/** Every violation rides in this response header, whatever the mode (the body names only the first). */
export const VIOLATIONS_HEADER = 'X-Sandbox-Validation-Errors';
/** The number of violations found, also when the header above had to leave some out. */
export const VIOLATION_COUNT_HEADER = 'X-Sandbox-Validation-Error-Count';
const MAX_HEADER_CHARS = 4096;
const MAX_MESSAGE_CHARS = 200;

/**
 * A JSON array of `{in, param, keyword, message}`, one per violation in order, ASCII only (JSON `\u`
 * escapes) and at most 4 KB: messages are cut to 200 characters and violations that do not fit are left
 * out (the count header still gives their number).
 */
export function violationsHeader(violations: Violation[]): string {
  const items: string[] = [];
  let length = 2;
  for (const v of violations) {
    const message = v.message.length > MAX_MESSAGE_CHARS ? `${v.message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : v.message;
    const item = asciiJson({ in: v.location, param: v.param.slice(0, MAX_MESSAGE_CHARS), keyword: v.keyword, message });
    if (length + item.length + 1 > MAX_HEADER_CHARS) break;
    items.push(item);
    length += item.length + 1;
  }
  return `[${items.join(',')}]`;
}

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
