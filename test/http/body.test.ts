/**
 * Reading a request body (src/http/body.ts) when the client is already gone: the answer is a 400 at
 * once, never a wait for events that will not come.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMITS, readBody } from '../../src/http/body.js';
import type { ContractOperation } from '../../src/contract/contract.js';

describe('readBody', () => {
  it('refuses a small body whose request was destroyed before it was read', async () => {
    const req = new IncomingMessage(new Socket());
    req.headers = { 'content-type': 'application/json', 'content-length': '12' };
    req.destroy();
    // Its 'close' has been emitted by the time the body is read, as when due work ran first.
    await new Promise(resolve => setImmediate(resolve));
    // readBody reads only these two fields of the operation for a JSON body.
    const operation = { flatValidationErrors: false, maxBodyNesting: 64 } as ContractOperation;
    await expect(readBody(req, new ServerResponse(req), operation, DEFAULT_BODY_LIMITS)).rejects.toMatchObject({ status: 400, code: 'invalid_request_body' });
  });
});
