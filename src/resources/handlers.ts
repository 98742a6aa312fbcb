/** Every stateful API handler, by operationId: the registry of what answers from state. */
import type { HandlerTable } from '../handlers/types.js';
import type { PersistentStore } from '../workspace/persistence.js';
import { utilityHandlers } from './utility/handlers.js';
import { teamHandlers } from './supersend/teams/handlers.js';
import { labelHandlers } from './supersend/labels/handlers.js';
import { contactHandlers } from './supersend/contacts/handlers.js';
import { campaignHandlers } from './supersend/campaigns/handlers.js';
import { eventHandlers } from './supersend/events/handlers.js';
import { verifyHandlers } from './supersend/email-verification/handlers.js';
import { bulkContactHandlers } from './supersend/uploads/handlers.js';
import { linkClickHandlers } from './supersend/link-clicks/handlers.js';
import { v1ContactHandlers } from './supersend/contacts/handlers-v1.js';
import { v1CampaignHandlers } from './supersend/campaigns/handlers-v1.js';
import { v1BulkActionHandlers } from './supersend/bulk-actions/handlers.js';
import { skContactHandlers } from './sk/contacts/handlers.js';
import { skJobHandlers } from './sk/jobs/handlers.js';
import { senderHandlers } from './supersend/senders/handlers.js';
import { senderProfileHandlers } from './supersend/sender-profiles/handlers.js';
import { identityHandlers } from './supersend/identities/handlers.js';
import { domainHandlers } from './supersend/domains/handlers.js';
import { conversationHandlers } from './supersend/conversations/handlers.js';
import { webhookHandlers } from './supersend/webhooks/handlers.js';
import { blacklistHandlers } from './supersend/blacklist/handlers.js';
import { placementTestHandlers } from './supersend/placement-tests/handlers.js';

export function apiHandlers(startedAt: number, version: string, store?: Pick<PersistentStore, 'status'>): HandlerTable {
  return {
    ...utilityHandlers(startedAt, version, store),
    ...teamHandlers,
    ...labelHandlers,
    ...contactHandlers,
    ...campaignHandlers,
    ...eventHandlers,
    ...verifyHandlers,
    ...bulkContactHandlers,
    ...linkClickHandlers,
    ...v1ContactHandlers,
    ...v1CampaignHandlers,
    ...v1BulkActionHandlers,
    ...skContactHandlers(),
    ...skJobHandlers,
    ...senderHandlers,
    ...senderProfileHandlers,
    ...identityHandlers,
    ...domainHandlers,
    ...conversationHandlers,
    ...webhookHandlers,
    ...blacklistHandlers,
    ...placementTestHandlers,
  };
}
