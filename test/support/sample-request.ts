/**
 * Builds a valid request for any documented operation from the document alone: path and required query
 * parameters from their schemas, the body from the operation's first request example.
 */
import type { IncomingMessage } from 'node:http';
import type { IHttpOperation } from '@stoplight/types';
import type { Test } from 'supertest';
import type { TestApi } from './api.js';

type Schema = { type?: string | string[]; format?: string; enum?: unknown[]; default?: unknown; minimum?: number; examples?: unknown[]; pattern?: string };

export const SAMPLE_UUID = '5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f';

function sampleValue(schema: Schema = {}): string {
  if (schema.enum?.length) return String(schema.enum[0]);
  if (schema.default !== undefined) return String(schema.default);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.format === 'uuid') return SAMPLE_UUID;
  if (schema.format === 'email') return 'ada@example.com';
  if (schema.format === 'date-time') return '2026-01-01T00:00:00.000Z';
  if (type === 'integer' || type === 'number') return String(schema.minimum ?? 1);
  if (type === 'boolean') return 'true';
  return 'sample';
}

export interface SampleRequest {
  path: string;
  body?: { mediaType: string; value: unknown };
}

export function sampleRequest(op: IHttpOperation): SampleRequest {
  let path = op.path;
  for (const p of op.request?.path ?? []) path = path.replace(`{${p.name}}`, encodeURIComponent(sampleValue(p.schema as Schema)));
  const query = (op.request?.query ?? [])
    .filter(p => p.required)
    .map(p => `${encodeURIComponent(p.name)}=${encodeURIComponent(sampleValue(p.schema as Schema))}`);
  if (query.length) path += `?${query.join('&')}`;
  const content = op.request?.body?.contents?.find(c => c.mediaType === 'application/json') ?? op.request?.body?.contents?.[0];
  const example = content?.examples?.[0];
  const body = content && example && 'value' in example ? { mediaType: content.mediaType, value: example.value } : undefined;
  return { path, body };
}

/** Sends the operation's sample request through a test client (multipart file fields carry a one-row CSV). */
export function sendSample(api: TestApi, op: IHttpOperation): Test {
  const sample = sampleRequest(op);
  // The documents use only the methods the client has; request examples are objects (of strings for forms).
  let call = api[op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](sample.path);
  if (sample.body?.mediaType === 'application/json') call = call.send(sample.body.value as object);
  if (sample.body?.mediaType === 'multipart/form-data') {
    for (const [field, value] of Object.entries(sample.body.value as Record<string, string>)) {
      call = field === 'file' || field === 'contacts' ? call.attach(field, Buffer.from('email\nada@example.com\n'), 'c.csv') : call.field(field, value);
    }
  }
  // A stream answers its headers and goes on: the sample reads the first chunk (its `retry:` line) and hangs up.
  if (op.responses.some(r => r.contents?.some(c => c.mediaType === 'text/event-stream'))) {
    call = call.buffer(true).parse((res, done) => {
      res.once('data', (chunk: Buffer) => {
        done(null, chunk.toString('utf8'));
        // superagent hands a parser Node's IncomingMessage; its types name it Response, which has no destroy().
        (res as unknown as IncomingMessage).destroy();
      });
    });
  }
  return call;
}
