/** What the sandbox wires in (src/sandbox.ts): the sender, its use by each workspace, the inbox handlers. */
import type { World } from '../../world.js';
import type { Outbound } from './delivery.js';

export { createOutbound, type WebhookSettings } from './delivery.js';
export { webhookInboxHandlers } from './inbox.js';

/** The workspace sends through the sandbox's sender (its settings, its shutdown). */
export function useOutbound(ws: World, outbound: Outbound): void {
  ws.stores.webhooks.runtime.outbound = outbound;
}
