import type { HandlerTable } from './types.js';

/** Handlers of the secret-key Contacts API by operationId. (Filled in by the sk-contacts work.) */
export function skContactHandlers(): HandlerTable {
  return {};
}
