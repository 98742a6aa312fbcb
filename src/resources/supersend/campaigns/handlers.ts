/** V2 campaigns and subsequences: thin handlers over the campaigns service. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listOf, message, ok } from '../../../handlers/v2-envelope.js';
import * as campaigns from './service.js';
import { campaignView } from './views.js';

export const campaignHandlers = handlerTable({
  createCampaign: ({ workspace, request: { body } }) => {
    campaigns.rejectBareEmailFields(body.nodes);
    return created(campaignView(workspace, campaigns.createCampaign(workspace, body)));
  },
  listCampaigns: ({ workspace, request: { query } }) => {
    const page = campaigns.listCampaigns(workspace, query);
    return listOf(page.rows.map(c => campaignView(workspace, c)), page.total, query.limit, query.offset);
  },
  getCampaign: ({ workspace, request }) => ok(campaignView(workspace, campaigns.getCampaign(workspace, request.path.id))),
  updateCampaign: ({ workspace, request: { body, path } }) => {
    campaigns.rejectBareEmailFields(body.nodes);
    return ok(campaignView(workspace, campaigns.updateCampaign(workspace, path.id, body)));
  },
  deleteCampaign: ({ workspace, request: { path } }) =>
    campaigns.deleteCampaign(workspace, path.id) === 'deleted'
      ? message('Campaign deleted successfully')
      : message('Campaign archived successfully', { data: { id: path.id } }),
  listCampaignSubsequences: ({ workspace, request }) =>
    ok(campaigns.listSubsequences(workspace, request.path.id).map(c => campaignView(workspace, c))),
  getCampaignParent: ({ workspace, request }) => {
    const { isSubsequence, parentCampaign } = campaigns.parentOf(workspace, request.path.id);
    return ok({ isSubsequence, parentCampaign: parentCampaign && campaignView(workspace, parentCampaign) });
  },
});
