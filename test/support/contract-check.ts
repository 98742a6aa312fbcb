/**
 * The one shared response check: every response a test receives must conform to openapi.yaml. It uses
 * prism-http's router and response validator, independent of sendbox's own router and validators, so
 * sendbox cannot pass by agreeing with itself.
 */
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';
import type { HttpMethod } from '@stoplight/types';
import { CONTROL_DOCUMENT_PATH, loadContract, type Contract } from '../../src/contract/contract.js';
import { routeWithPrism, validateResponseWithPrism } from '../../src/contract/prism.js';

const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const ENVELOPE_BY_PREFIX: Record<string, string[]> = {
  v2: ['V2Error'],
  v1: ['V1Error'],
  contacts: ['PlunkErrorEnvelope', 'PlunkFlatError'],
  __sandbox: ['V2Error'],
};

let checker: Promise<(method: string, url: string, res: Response) => string[]> | undefined;

export function contractChecker() {
  checker ??= Promise.all([loadContract(), loadContract(CONTROL_DOCUMENT_PATH)]).then(([api, control]) => buildChecker(api, control));
  return checker;
}

/** Checks against openapi.yaml, and the control plane's own document for /__sandbox. */
function buildChecker(contract: Contract, control: Contract) {
  const operations = [...contract.operations, ...control.operations].map(op => op.http);
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  ajv.addSchema(contract.json, 'openapi');
  const envelope = (name: string) => ajv.getSchema(`openapi#/components/schemas/${name}`)!;

  return function check(method: string, url: string, res: Response): string[] {
    const { pathname, searchParams } = new URL(url, 'http://sandbox.test');
    const query = Object.fromEntries(searchParams.entries());
    const operation = routeWithPrism(operations, { method: method.toLowerCase() as HttpMethod, url: { path: pathname, query } });
    const problems: string[] = [];
    const requestId = res.headers['x-request-id'];
    if (!requestId) problems.push('X-Request-Id header is missing');
    const body = res.body && Object.keys(res.body).length ? res.body : res.text || undefined;
    if ((pathname.startsWith('/v2/') || pathname.startsWith('/__sandbox/')) && body && typeof body === 'object' && 'request_id' in body && body.request_id !== requestId) {
      problems.push(`request_id ${String(body.request_id)} differs from X-Request-Id ${String(requestId)}`);
    }
    if (!operation) {
      // Unknown route or method: not an operation, but the body must still be the family's error envelope.
      const names = ENVELOPE_BY_PREFIX[pathname.split('/')[1]] ?? ['V2Error'];
      if (!names.some(n => envelope(n)(body))) problems.push(`body is not a ${names.join(' / ')}: ${JSON.stringify(body)}`);
      return problems;
    }
    const declared = operation.responses.map(r => r.code);
    if (!declared.includes(String(res.status)) && !declared.includes('default')) {
      problems.push(`status ${res.status} is not declared for ${operation.iid} (declared: ${declared.join(', ')})`);
    }
    const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
    problems.push(...validateResponseWithPrism(operation, { statusCode: res.status, headers, body }));
    return problems;
  };
}
