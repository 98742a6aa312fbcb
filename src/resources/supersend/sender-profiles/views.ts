/** Sender profiles as the API shows them (openapi.yaml `SenderProfile`). */
import type { World } from '../../world.js';
import type { SenderProfile } from './store.js';
import { profileSenders } from './service.js';
import { senderSummaryView } from '../senders/views.js';

function identitySummary(world: World, identityId: string | null) {
  const identity = identityId ? world.stores.identities.identities.get(identityId) : undefined;
  if (!identity || identity.deleted) return null;
  return { id: identity.id, type: identity.type, handle: identity.handle, username: identity.username ?? identity.handle, status: identity.status };
}

export function senderProfileView(world: World, p: SenderProfile) {
  return {
    object: 'sender_profile' as const,
    id: p.id,
    name: p.name,
    sender_disable_strategy: p.sender_disable_strategy,
    team_id: p.team_id,
    org_id: world.stores.supersend.org.id,
    senders: profileSenders(world, p.id).map(senderSummaryView),
    linkedin_identity: identitySummary(world, p.linkedin_identity_id),
    twitter_identity: identitySummary(world, p.twitter_identity_id),
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}
