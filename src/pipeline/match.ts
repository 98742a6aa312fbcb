/**
 * Layer 1: find the documented operation for the request and authenticate its key. Unknown paths and
 * wrong methods answer in the envelope of the family the path belongs to. The result names the caller's
 * key whenever it authenticates for that family, even when routing failed or the operation needs no key,
 * so every request lands in its caller's workspace; a refused or missing key names nobody.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ContractOperation } from '../contract/contract.js';
import type { Family } from '../contract/families.js';
import type { Router } from '../contract/router.js';
import { authenticate, identify, type ApiKey, type KeyRing } from '../http/auth.js';
import { ApiError, errors } from '../http/errors.js';

export interface Matched {
  operation: ContractOperation;
  pathParams: Record<string, string>;
}

export type MatchResult = { family: Family; key: ApiKey | undefined } & ({ ok: true; matched: Matched } | { ok: false; error: ApiError });

export function matchRequest(router: Router, keys: KeyRing, method: string, path: string, headers: IncomingHttpHeaders): MatchResult {
  const route = router.match(method, path);
  if (route.kind !== 'operation') {
    const { family } = route;
    const key = identify(family, headers, keys);
    const error = route.kind === 'not_found' ? errors.routeNotFound(method, path) : errors.methodNotAllowed(method, path, route.allowed);
    return { family, key, ok: false, error };
  }
  const { operation, pathParams } = route;
  const family = operation.family;
  if (!operation.secured) return { family, key: identify(family, headers, keys), ok: true, matched: { operation, pathParams } };
  try {
    return { family, key: authenticate(family, headers, keys), ok: true, matched: { operation, pathParams } };
  } catch (e) {
    if (e instanceof ApiError) return { family, key: undefined, ok: false, error: e };
    throw e;
  }
}
