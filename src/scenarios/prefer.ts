/**
 * Prism's `Prefer` header, for users coming from `prism mock`: `Prefer: code=429` answers the operation's
 * documented response for that status, `Prefer: example=NAME` the named example (both may be combined).
 * The operation must document what is asked for; otherwise the answer is a 400 naming Prefer. The engine
 * ignores the header when header activation is off (`--no-control-plane`).
 */
import type { HttpMethod } from '@stoplight/types';
import { answerFromExamples } from '../contract/prism.js';
import type { ScenarioRequest } from './types.js';
import type { Respond } from './effects.js';

export interface Preference {
  code?: number;
  example?: string;
  /** What was asked, for the journal: `prefer:code=429`. */
  label: string;
}

/** The `code` and `example` preferences of the header; undefined when it asks for neither (e.g. `return=minimal`). */
export function parsePrefer(header: string | string[] | undefined): Preference | { invalid: string } | undefined {
  if (header === undefined) return undefined;
  const text = Array.isArray(header) ? header.join(',') : header;
  let code: number | undefined;
  let example: string | undefined;
  for (const part of text.split(/[,;]/)) {
    const [name, ...rest] = part.split('=');
    const key = name.trim().toLowerCase();
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (key === 'code') {
      if (!/^[1-5]\d\d$/.test(value)) return { invalid: `Prefer: code must be an HTTP status such as code=429, got "${value}"` };
      code = Number(value);
    } else if (key === 'example') {
      if (!value) return { invalid: 'Prefer: example needs a name, e.g. example=firstPage' };
      example = value;
    }
  }
  if (code === undefined && example === undefined) return undefined;
  const label = ['prefer:', code !== undefined ? `code=${code}` : '', code !== undefined && example ? ',' : '', example ? `example=${example}` : ''].join('');
  return { code, example, label };
}

export type PreferAnswer = { ok: true; respond: Respond } | { ok: false; message: string };

/** The documented answer the preference asks for. */
export function answerPreference(request: ScenarioRequest, preference: Preference): PreferAnswer {
  const { operation } = request;
  const declared = [...operation.declaredStatuses].sort((a, b) => a - b);
  let code = preference.code;
  if (code !== undefined && !operation.declaredStatuses.has(code)) {
    return { ok: false, message: `Prefer: code=${code} is not documented for ${operation.operationId} (documented: ${declared.join(', ')})` };
  }
  if (preference.example !== undefined) {
    const holders = operation.http.responses.filter(r => (r.contents ?? []).some(c => (c.examples ?? []).some(e => e.key === preference.example)));
    const holder = holders.find(r => code === undefined || Number(r.code) === code);
    if (!holder) {
      const names = operation.http.responses.flatMap(r =>
        (r.contents ?? []).flatMap(c => (c.examples ?? []).map(e => `${e.key} (${r.code})`)),
      );
      const scope = code !== undefined ? ` for status ${code}` : '';
      return { ok: false, message: `Prefer: example=${preference.example} is not documented${scope} for ${operation.operationId} (examples: ${names.join(', ') || 'none'})` };
    }
    code = Number(holder.code);
  }
  const answer = answerFromExamples(
    operation.http,
    {
      // prism read it from a path item's method key; IHttpOperation types it as any string.
      method: operation.http.method as HttpMethod,
      url: { path: request.path, query: stringQuery(request.query) },
      headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)])),
      body: request.body,
    },
    { code, exampleKey: preference.example },
  );
  if (!answer.ok) return { ok: false, message: `Prefer: ${answer.message}` };
  const { statusCode, body } = answer.response;
  return { ok: true, respond: { status: statusCode, body, headers: { 'X-Sandbox-Source': 'example' } } };
}

function stringQuery(query: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}
