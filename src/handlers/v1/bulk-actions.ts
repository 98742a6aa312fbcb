import type { HandlerTable } from '../types.js';

/** Filled in by the work on this area. */
export const v1BulkActionHandlers: HandlerTable = {};
