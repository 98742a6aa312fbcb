/** Inbox reply link clicks: the two V2 lists (clicks are made to happen by the control plane, src/control/link-clicks.ts). */
import { handlerTable } from '../../../handlers/types.js';
import { ok } from '../../../handlers/v2-envelope.js';
import * as clicks from './service.js';

export const linkClickHandlers = handlerTable({
  listContactInboxLinkClicks: ({ workspace, request: { path, query } }) => {
    const page = clicks.listContactClicks(workspace, path.id, query);
    return ok({
      clicks: page.rows.map(clicks.contactClickView),
      pagination: { total: page.total, limit: query.limit, offset: query.offset, has_more: query.offset + page.rows.length < page.total },
    });
  },
  listCampaignInboxLinkClicks: ({ workspace, request: { path, query } }) => {
    const page = clicks.listCampaignClicks(workspace, path.id, query);
    return ok({
      campaign_id: page.campaign.id,
      clicks: page.rows.map(c => clicks.campaignClickView(workspace, c)),
      pagination: { page: query.page, limit: query.limit, total: page.total, total_pages: Math.ceil(page.total / query.limit) },
    });
  },
});
