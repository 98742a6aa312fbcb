/** Inbox reply link clicks: the two V2 lists and the control-plane call that makes a click happen. */
import type { HandlerContext, HandlerTable } from '../types.js';
import { created, ok } from '../v2-envelope.js';
import * as clicks from '../../domain/supersend/link-clicks.js';

const id = (ctx: HandlerContext) => String(ctx.request.path.id);

export const linkClickHandlers: HandlerTable = {
  listContactInboxLinkClicks: ctx => {
    const q = ctx.request.query as { team_id?: string; limit: number; offset: number };
    const page = clicks.listContactClicks(ctx.workspace, id(ctx), q);
    return ok({
      clicks: page.rows.map(clicks.contactClickView),
      pagination: { total: page.total, limit: q.limit, offset: q.offset, has_more: q.offset + page.rows.length < page.total },
    });
  },
  listCampaignInboxLinkClicks: ctx => {
    const q = ctx.request.query as unknown as clicks.CampaignClickQuery;
    const page = clicks.listCampaignClicks(ctx.workspace, id(ctx), q);
    return ok({
      campaign_id: page.campaign.id,
      clicks: page.rows.map(c => clicks.campaignClickView(ctx.workspace, c)),
      pagination: { page: q.page, limit: q.limit, total: page.total, total_pages: Math.ceil(page.total / q.limit) },
    });
  },
  ctlRecordLinkClick: ctx => {
    const click = clicks.recordLinkClick(ctx.workspace, ctx.request.body as clicks.ClickInput);
    return created(clicks.recordedClickView(ctx.workspace, click));
  },
};
