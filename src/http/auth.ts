/**
 * Authentication: the key on a request names a workspace. SuperSend keys come as `Authorization: Bearer`
 * or `X-API-Key`; the Contacts API takes only a secret key (`sk_…`) as Bearer, checked in the real
 * service's order (the header's form, then the key's kind, then the key), each with its own 401 body.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Family } from '../contract/families.js';
import { ApiError } from './errors.js';

export type KeyKind = 'supersend' | 'secret' | 'public';

export interface ApiKey {
  key: string;
  kind: KeyKind;
  workspaceId: string;
}

export interface KeyRing {
  /** What a key stands for; without side effect (opens no workspace), since the key may yet be refused. */
  lookup(key: string): ApiKey | undefined;
}

const SK_INVALID_KEY_SUGGESTION = 'Verify your API key is correct and starts with "sk_" for secret keys or "pk_" for public keys.';
const SK_BEARER_SUGGESTION = 'Include an Authorization header with format: "Authorization: Bearer YOUR_API_KEY"';

export function authenticate(family: Family, headers: IncomingHttpHeaders, keys: KeyRing): ApiKey {
  return family === 'sk' ? authenticateSecretKey(headers, keys) : authenticateSuperSend(family, headers, keys);
}

/** The key when it authenticates for the family, else undefined: who a request that failed routing belongs to. */
export function identify(family: Family, headers: IncomingHttpHeaders, keys: KeyRing): ApiKey | undefined {
  try {
    return authenticate(family, headers, keys);
  } catch (e) {
    if (e instanceof ApiError) return undefined;
    throw e;
  }
}

/** Kinds of key each family accepts: the control plane takes either key of the workspace. */
const ACCEPTED: Record<Exclude<Family, 'sk'>, ReadonlySet<KeyKind>> = {
  v2: new Set(['supersend']),
  v1: new Set(['supersend']),
  control: new Set(['supersend', 'secret']),
};

/** V1 answers both failures with one legacy message. */
const V1_AUTH_MESSAGE = 'Invalid or missing API key';

function authenticateSuperSend(family: Exclude<Family, 'sk'>, headers: IncomingHttpHeaders, keys: KeyRing): ApiKey {
  const auth = headers.authorization;
  const bearer = auth && /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
  const headerKey = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'].trim() : undefined;
  const presented = bearer || headerKey;
  if (!presented) {
    const message = family === 'v1' ? V1_AUTH_MESSAGE : 'No API key provided. Send it as "Authorization: Bearer YOUR_API_KEY".';
    throw new ApiError(401, 'missing_api_key', message);
  }
  const found = keys.lookup(presented);
  if (!found || !ACCEPTED[family].has(found.kind)) {
    throw new ApiError(401, 'invalid_api_key', family === 'v1' ? V1_AUTH_MESSAGE : 'Invalid API key provided');
  }
  return found;
}

function authenticateSecretKey(headers: IncomingHttpHeaders, keys: KeyRing): ApiKey {
  const auth = headers.authorization;
  if (!auth) {
    throw new ApiError(401, 'unauthorized', 'You need to be authenticated to do this', { skCode: 'UNAUTHORIZED' });
  }
  const parts = auth.split(' ');
  if (parts.length !== 2 || parts[0] !== 'Bearer') {
    throw new ApiError(401, 'missing_auth', 'Authorization header must use Bearer token format: "Authorization: Bearer YOUR_API_KEY"', {
      skCode: 'MISSING_AUTH',
      suggestion: SK_BEARER_SUGGESTION,
    });
  }
  if (!parts[1]) {
    throw new ApiError(401, 'missing_auth', 'API key is required in Authorization header', { skCode: 'MISSING_AUTH', suggestion: SK_BEARER_SUGGESTION });
  }
  const found = keys.lookup(parts[1]);
  if (!found || found.kind !== 'secret') {
    throw new ApiError(401, 'invalid_api_key', 'Invalid secret API key. This endpoint requires a secret key (sk_*), not a public key.', {
      skCode: 'INVALID_API_KEY',
      suggestion: SK_INVALID_KEY_SUGGESTION,
    });
  }
  return found;
}
