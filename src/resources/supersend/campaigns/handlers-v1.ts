/** V1 campaigns: the legacy shapes over the campaigns service. */
import { handlerTable } from '../../../handlers/types.js';
import * as campaigns from './service.js';
import { v1CampaignView } from './views.js';

const ORDER_FIELD = { name: 'name', status: 'status', createdAt: 'created_at', updatedAt: 'updated_at' } as const;

export const v1CampaignHandlers = handlerTable({
  v1CreateCampaign: ctx => {
    const campaign = campaigns.createCampaign(ctx.workspace, ctx.request.body);
    // Unlike other V1 answers, the V1 create answer carries request_id as V2 does (the real service's create
    // example shows it; openapi.yaml, v1CreateCampaign 201).
    return { status: 201, body: { success: true, data: { campaign: v1CampaignView(ctx.workspace, campaign) }, request_id: ctx.requestId } };
  },
  v1GetCampaign: ctx => ({ status: 200, body: { success: true, campaign: v1CampaignView(ctx.workspace, campaigns.getCampaign(ctx.workspace, ctx.request.path.id)) } }),
  v1UpdateCampaign: ctx => {
    const { TeamId: _team, CampaignId: _campaign, ...input } = ctx.request.body;
    campaigns.updateCampaign(ctx.workspace, ctx.request.path.id, input);
    return { status: 200, body: { success: true, message: 'Campaign updated successfully' } };
  },
  v1DeleteCampaign: ctx => {
    const outcome = campaigns.deleteCampaign(ctx.workspace, ctx.request.path.id);
    return { status: 200, body: { success: true, message: outcome === 'deleted' ? 'Campaign deleted successfully' : 'Campaign archived successfully' } };
  },
  v1CloneCampaign: ctx => {
    const copy = campaigns.cloneCampaign(ctx.workspace, ctx.request.path.id, ctx.request.body.TeamId);
    return { status: 200, body: { success: true, campaign: v1CampaignView(ctx.workspace, copy) } };
  },
  v1ListCampaigns: ctx => {
    const q = ctx.request.query;
    // The overview includes subsequences; sorting follows order_by/order rather than V2's sortBy.
    // V1 `search` is "Search in campaign name" only (V2 also searches track_domain), so it is applied here.
    const { search, ...filters } = q;
    const needle = search?.toLowerCase();
    const all = campaigns
      .listCampaigns(ctx.workspace, { ...filters, include_subsequences: true, limit: Number.MAX_SAFE_INTEGER, offset: 0 })
      .rows.filter(c => !needle || c.name.toLowerCase().includes(needle));
    const field = ORDER_FIELD[q.order_by];
    const direction = q.order === 'ASC' ? 1 : -1;
    // Names compare as V2's name sort does (locale order, not code-unit order that puts "Zed" before "alpha").
    const compare = (a: string | number, b: string | number) =>
      field === 'name' ? String(a).localeCompare(String(b)) : a < b ? -1 : a > b ? 1 : 0;
    all.sort((a, b) => direction * compare(a[field], b[field]));
    const rows = all.slice(q.offset, q.offset + q.limit).map(c => v1CampaignView(ctx.workspace, c, q.includeMetrics === 'true'));
    return { status: 200, body: { success: true, campaigns: rows, total: all.length } };
  },
});
