/** V2 campaigns and subsequences: thin handlers over the campaigns service. */
import type { HandlerContext, HandlerTable } from '../types.js';
import { created, listOf, message, ok } from '../v2-envelope.js';
import * as campaigns from '../../domain/supersend/campaigns.js';
import { campaignView } from '../../domain/supersend/views.js';

const id = (ctx: HandlerContext) => String(ctx.request.path.id);

export const campaignHandlers: HandlerTable = {
  createCampaign: ctx => {
    const input = ctx.request.body as campaigns.CampaignCreateInput;
    campaigns.rejectBareEmailFields(input.nodes);
    return created(campaignView(ctx.workspace, campaigns.createCampaign(ctx.workspace, input)));
  },
  listCampaigns: ctx => {
    const q = ctx.request.query as unknown as campaigns.CampaignListQuery;
    const page = campaigns.listCampaigns(ctx.workspace, q);
    return listOf(page.rows.map(c => campaignView(ctx.workspace, c)), page.total, q.limit, q.offset);
  },
  getCampaign: ctx => ok(campaignView(ctx.workspace, campaigns.getCampaign(ctx.workspace, id(ctx)))),
  updateCampaign: ctx => {
    const input = ctx.request.body as campaigns.CampaignInput;
    campaigns.rejectBareEmailFields(input.nodes);
    return ok(campaignView(ctx.workspace, campaigns.updateCampaign(ctx.workspace, id(ctx), input)));
  },
  deleteCampaign: ctx => {
    const campaignId = id(ctx);
    return campaigns.deleteCampaign(ctx.workspace, campaignId) === 'deleted'
      ? message('Campaign deleted successfully')
      : message('Campaign archived successfully', { data: { id: campaignId } });
  },
  listCampaignSubsequences: ctx => ok(campaigns.listSubsequences(ctx.workspace, id(ctx)).map(c => campaignView(ctx.workspace, c))),
  getCampaignParent: ctx => {
    const { isSubsequence, parentCampaign } = campaigns.parentOf(ctx.workspace, id(ctx));
    return ok({ isSubsequence, parentCampaign: parentCampaign && campaignView(ctx.workspace, parentCampaign) });
  },
};
