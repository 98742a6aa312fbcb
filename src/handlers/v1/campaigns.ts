/** V1 campaigns: the legacy shapes over the campaigns service. */
import type { HandlerContext, HandlerTable } from '../types.js';
import * as campaigns from '../../domain/supersend/campaigns.js';
import { v1CampaignView } from '../../domain/supersend/views.js';

const id = (ctx: HandlerContext) => String(ctx.request.path.id);

type OverviewQuery = {
  TeamId: string;
  search?: string;
  order_by?: 'name' | 'status' | 'createdAt' | 'updatedAt';
  order?: 'ASC' | 'DESC';
  status?: 1 | 2;
  archived?: 'true' | 'false';
  includeMetrics?: 'true' | 'false';
  limit: number;
  offset: number;
};

const ORDER_FIELD = { name: 'name', status: 'status', createdAt: 'created_at', updatedAt: 'updated_at' } as const;

export const v1CampaignHandlers: HandlerTable = {
  v1CreateCampaign: ctx => {
    const campaign = campaigns.createCampaign(ctx.workspace, ctx.request.body as campaigns.CampaignCreateInput);
    // The V1 create answer carries request_id like V2 (001_…, V1 create example).
    return { status: 201, body: { success: true, data: { campaign: v1CampaignView(ctx.workspace, campaign) }, request_id: ctx.requestId } };
  },
  v1GetCampaign: ctx => ({ status: 200, body: { success: true, campaign: v1CampaignView(ctx.workspace, campaigns.getCampaign(ctx.workspace, id(ctx))) } }),
  v1UpdateCampaign: ctx => {
    const { TeamId: _team, CampaignId: _campaign, ...input } = ctx.request.body as campaigns.CampaignInput & { TeamId?: string; CampaignId?: string };
    campaigns.updateCampaign(ctx.workspace, id(ctx), input);
    return { status: 200, body: { success: true, message: 'Campaign updated successfully' } };
  },
  v1DeleteCampaign: ctx => {
    const outcome = campaigns.deleteCampaign(ctx.workspace, id(ctx));
    return { status: 200, body: { success: true, message: outcome === 'deleted' ? 'Campaign deleted successfully' : 'Campaign archived successfully' } };
  },
  v1CloneCampaign: ctx => {
    const copy = campaigns.cloneCampaign(ctx.workspace, id(ctx), (ctx.request.body as { TeamId: string }).TeamId);
    return { status: 200, body: { success: true, campaign: v1CampaignView(ctx.workspace, copy) } };
  },
  v1ListCampaigns: ctx => {
    const q = ctx.request.query as unknown as OverviewQuery;
    // The overview includes subsequences; sorting follows order_by/order rather than V2's sortBy.
    // V1 `search` is "Search in campaign name" only (V2 also searches track_domain), so it is applied here.
    const { search, ...filters } = q;
    const needle = search?.toLowerCase();
    const all = campaigns
      .listCampaigns(ctx.workspace, { ...filters, include_subsequences: true, limit: Number.MAX_SAFE_INTEGER, offset: 0 })
      .rows.filter(c => !needle || c.name.toLowerCase().includes(needle));
    const field = ORDER_FIELD[q.order_by ?? 'createdAt'];
    const direction = q.order === 'ASC' ? 1 : -1;
    // Names compare as V2's name sort does (locale order, not code-unit order that puts "Zed" before "alpha").
    const compare = (a: string | number, b: string | number) =>
      field === 'name' ? String(a).localeCompare(String(b)) : a < b ? -1 : a > b ? 1 : 0;
    all.sort((a, b) => direction * compare(a[field], b[field]));
    const rows = all.slice(q.offset, q.offset + q.limit).map(c => v1CampaignView(ctx.workspace, c, q.includeMetrics === 'true'));
    return { status: 200, body: { success: true, campaigns: rows, total: all.length } };
  },
};
