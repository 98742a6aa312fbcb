/** V2 and V1 Campaign objects with their derived metrics. */
import type { World } from '../../world.js';
import type { Campaign } from '../records.js';
import { contactMetrics, performanceMetrics } from './service.js';

function settingsView(c: Campaign) {
  const { warm: _warm, LinkedinId: _linkedin, SenderIds: _senders, version: _version, ...settings } = c.settings;
  return settings;
}

/** V2 Campaign with its derived contact metrics. */
export function campaignView(ws: World, c: Campaign) {
  const metrics = contactMetrics(ws, c.id);
  const user = ws.stores.supersend.user;
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    is_draft: c.is_draft,
    legacy_sequence: c.legacy_sequence,
    archived: c.archived,
    ...settingsView(c),
    nodes: c.nodes,
    edges: c.edges,
    parentCampaignId: c.parent_campaign_id,
    contact_count: metrics.total,
    contact_metrics: metrics,
    created_by: { id: user.id, name: user.name, email: user.email },
    user_id: c.created_by,
    team_id: c.team_id,
    reply_link_clicks: c.reply_link_clicks,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
  };
}

/** V1 campaign: the stored settings with the legacy TeamId/OrgId naming. */
export function v1CampaignView(ws: World, c: Campaign, withMetrics = false) {
  const { contact_metrics: _m, created_by: _c, team_id: _t, reply_link_clicks: _r, parentCampaignId: _p, ...v2 } = campaignView(ws, c);
  return {
    ...v2,
    warm: c.settings.warm,
    LinkedinId: c.settings.LinkedinId,
    SenderIds: c.settings.SenderIds,
    TeamId: c.team_id,
    OrgId: ws.stores.supersend.org.id,
    ...(withMetrics && performanceMetrics(ws, c.id)),
  };
}
