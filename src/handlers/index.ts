/** Every stateful API handler, by operationId: the registry of what answers from state. */
import type { HandlerTable } from './types.js';
import type { PersistentStore } from '../workspace/persistence.js';
import { utilityHandlers } from './utility.js';
import { labelHandlers, teamHandlers } from './v2/teams.js';
import { contactHandlers } from './v2/contacts.js';
import { campaignHandlers } from './v2/campaigns.js';
import { eventHandlers, verifyHandlers } from './v2/events.js';
import { bulkContactHandlers } from './v2/bulk-contacts.js';
import { linkClickHandlers } from './v2/link-clicks.js';
import { v1ContactHandlers } from './v1/contacts.js';
import { v1CampaignHandlers } from './v1/campaigns.js';
import { v1BulkActionHandlers } from './v1/bulk-actions.js';
import { skContactHandlers } from './sk-contacts.js';
import { skJobHandlers } from './sk-jobs.js';
import { senderHandlers } from '../resources/supersend/senders/handlers.js';
import { senderProfileHandlers } from '../resources/supersend/sender-profiles/handlers.js';
import { identityHandlers } from '../resources/supersend/identities/handlers.js';
import { domainHandlers } from '../resources/supersend/domains/handlers.js';
import { blacklistHandlers } from '../resources/supersend/blacklist/handlers.js';
import { placementTestHandlers } from '../resources/supersend/placement-tests/handlers.js';

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
    ...blacklistHandlers,
    ...placementTestHandlers,
  };
}
