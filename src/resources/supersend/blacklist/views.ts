/** Blacklist entries as the API shows them (openapi.yaml `BlacklistItem`). */
import type { World } from '../../world.js';
import type { BlacklistItem } from './store.js';

export function blacklistItemView(world: World, b: BlacklistItem) {
  const { teams, campaigns } = world.stores.supersend;
  const team = b.team_id ? teams.get(b.team_id) : undefined;
  // A campaign deleted for good leaves its entries; they still name its id.
  const campaign = b.campaign_id ? campaigns.get(b.campaign_id) : undefined;
  return {
    object: 'blacklist_item',
    id: b.id,
    item: b.item,
    type: b.type,
    level: b.level,
    team_wide: b.level === 'team',
    team: b.team_id ? { id: b.team_id, ...(team && { name: team.name }) } : null,
    campaign: b.campaign_id ? { id: b.campaign_id, ...(campaign && { name: campaign.name }) } : null,
    created_by: b.created_by,
    reason: b.reason,
    created_at: b.created_at,
    updated_at: b.updated_at,
  };
}
