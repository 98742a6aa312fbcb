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
