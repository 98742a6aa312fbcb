/** V2 success envelopes: `{success, data | message, pagination?}`; request_id is added on the way out. */
import type { HandlerResult } from './types.js';

interface Pagination {
  total: number;
  limit: number;
  offset: number;
  has_more: boolean;
}

export const ok = (data: unknown, status = 200): HandlerResult => ({ status, body: { success: true, data } });

export const created = (data: unknown): HandlerResult => ok(data, 201);

export interface ListEnvelope {
  success: true;
  data: unknown[];
  pagination: Pagination;
}

/** A list page's body (listOf's), for a handler that caches it (resources/view-cache.ts cachedPage). */
export const listEnvelope = (data: unknown[], total: number, limit: number, offset: number): ListEnvelope => ({
  success: true,
  data,
  pagination: { total, limit, offset, has_more: offset + data.length < total },
});

export const listOf = (data: unknown[], total: number, limit: number, offset: number): HandlerResult => ({
  status: 200,
  body: listEnvelope(data, total, limit, offset),
});

export const message = (text: string, extra: Record<string, unknown> = {}): HandlerResult => ({
  status: 200,
  body: { success: true, message: text, ...extra },
});
