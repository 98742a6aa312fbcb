/**
 * Request ids, drawn from a seeded source so a replayed session gets the same ids. SuperSend answers
 * `req_` + 24 hex; the Contacts API echoes the caller's `X-Request-ID` or makes a UUID v4.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Family } from '../contract/families.js';
import { createRandom } from '../workspace/random.js';

export type RequestIdSource = (family: Family, headers: IncomingHttpHeaders) => string;

const SAFE_ECHO = /^[\w.:-]{1,128}$/;

export function createRequestIds(seed: string): RequestIdSource {
  const random = createRandom(`${seed}:request-ids`);
  return (family, headers) => {
    if (family !== 'sk') return `req_${random.hex(24)}`;
    const echoed = headers['x-request-id'];
    return typeof echoed === 'string' && SAFE_ECHO.test(echoed) ? echoed : random.uuid();
  };
}
