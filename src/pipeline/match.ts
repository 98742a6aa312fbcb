/**
 * Layer 1: find the documented operation for the request and authenticate its key. Unknown paths and
 * wrong methods answer in the envelope of the family the path belongs to.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ContractOperation } from '../contract/contract.js';
import type { Family } from '../contract/families.js';
import type { Router } from '../contract/router.js';
import { authenticate, type ApiKey, type KeyRing } from '../http/auth.js';
import { ApiError, errors } from '../http/errors.js';

export interface Matched {
  operation: ContractOperation;
  pathParams: Record<string, string>;
  key: ApiKey | undefined;
}

export type MatchResult = { family: Family } & ({ ok: true; matched: Matched } | { ok: false; error: ApiError });

export function matchRequest(router: Router, keys: KeyRing, method: string, path: string, headers: IncomingHttpHeaders): MatchResult {
  const route = router.match(method, path);
  if (route.kind === 'not_found') return { family: route.family, ok: false, error: errors.routeNotFound(method, path) };
  if (route.kind === 'method_not_allowed') {
    return { family: route.family, ok: false, error: errors.methodNotAllowed(method, path, route.allowed) };
  }
  const { operation, pathParams } = route;
  try {
    const key = operation.secured ? authenticate(operation.family, headers, keys) : undefined;
    return { family: operation.family, ok: true, matched: { operation, pathParams, key } };
  } catch (e) {
    if (e instanceof ApiError) return { family: operation.family, ok: false, error: e };
    throw e;
  }
}
