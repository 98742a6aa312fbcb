/**
 * Every per-workspace store, by name: the workspace creates one of each (`workspace.stores.<name>`), and
 * snapshots, persistence and reset loop over this table. Adding a resource's store is one line here.
 *
 * Order matters twice: stores are created in this order (each may draw ids from the workspace's random
 * source, so the order keeps seeded ids stable), and imports restore them in this order.
 */
import { supersendStore } from './supersend/store.js';
import { linkClickStore } from './supersend/link-clicks/store.js';
import { uploadStore } from './supersend/uploads/store.js';
import { skProjectStore } from './sk/contacts/store.js';
import { skJobStore } from './sk/jobs/store.js';
import { senderStore } from './supersend/senders/store.js';
import { domainStore } from './supersend/domains/store.js';
import { senderProfileStore } from './supersend/sender-profiles/store.js';
import { identityStore } from './supersend/identities/store.js';
import { conversationStore } from './supersend/conversations/store.js';
import { webhookStore } from './supersend/webhooks/store.js';
import { blacklistStore } from './supersend/blacklist/store.js';
import { placementTestStore } from './supersend/placement-tests/store.js';
import { engagementStore } from './supersend/engine/model.js';
import { engineStore } from './supersend/engine/store.js';
import { socialStore } from './supersend/engine/social.js';
import { scenarioStore } from '../scenarios/store.js';
import type { StoreKind } from '../workspace/stores.js';

export const STORE_KINDS = {
  supersend: supersendStore,
  skProject: skProjectStore,
  linkClicks: linkClickStore,
  uploads: uploadStore,
  skJobs: skJobStore,
  senders: senderStore,
  domains: domainStore,
  senderProfiles: senderProfileStore,
  identities: identityStore,
  conversations: conversationStore,
  webhooks: webhookStore,
  blacklist: blacklistStore,
  placementTests: placementTestStore,
  engagement: engagementStore,
  engine: engineStore,
  social: socialStore,
  scenarios: scenarioStore,
} as const;

/** The stores of one workspace, typed by kind. */
export type Stores = { readonly [Name in keyof typeof STORE_KINDS]: (typeof STORE_KINDS)[Name] extends StoreKind<infer S, unknown> ? S : never };
