/** V1 contacts: the legacy shapes over the same contacts service V2 uses. */
import { handlerTable } from '../types.js';
import { ApiError } from '../../http/errors.js';
import * as contacts from '../../domain/supersend/contacts.js';
import { senderOf } from '../../resources/supersend/senders/views.js';
import { v1ContactView, v1ProfileAsContact, v1ProfileView } from '../../domain/supersend/views.js';

/** JSON bodies get no documented defaults from validation; V1's list body defaults limit 50, offset 0. */
const V1_LIST_DEFAULTS = { limit: 50, offset: 0 };

/** V1 documents no 409: a conflicting change is a bad request there, with the same message. */
function asV1(e: unknown): unknown {
  return e instanceof ApiError && e.status === 409 ? new ApiError(400, e.code, e.message, e.options) : e;
}

export const v1ContactHandlers = handlerTable({
  v1CreateContact: ctx => {
    const result = contacts.upsertContact(ctx.workspace, ctx.request.body);
    const contact = result.kind === 'enrollment' ? v1ContactView(ctx.workspace, result.enrollment) : v1ProfileAsContact(ctx.workspace, result.profile);
    return { status: 201, body: { message: 'Contact created successfully', contact } };
  },
  v1ListContacts: ctx => {
    const filters = { ...V1_LIST_DEFAULTS, ...ctx.request.body };
    const list = contacts.listContactsV1(ctx.workspace, filters);
    return { status: 200, body: { ...list, rows: list.rows.map(e => v1ContactView(ctx.workspace, e)) } };
  },
  v1GetContact: ctx => {
    const e = contacts.getContact(ctx.workspace, ctx.request.path.id);
    const ws = ctx.workspace;
    const campaign = ws.supersend.campaigns.get(e.campaign_id);
    const sender = senderOf(ws, e.sender_id);
    const Contact = {
      ...v1ContactView(ws, e),
      Campaign: campaign ? { id: campaign.id, name: campaign.name } : null,
      SenderId: e.sender_id,
      Sender: sender ? { id: sender.id, email: sender.email } : null,
    };
    const config = Object.entries(e.custom).map(([key, value]) => ({ key, value }));
    return { status: 200, body: { success: true, Contact, ContactConfig: { id: e.config_id, config } } };
  },
  v1UpdateContact: ctx => {
    const { TeamId: _team, CampaignId: _campaign, ...patch } = ctx.request.body;
    try {
      contacts.updateContact(ctx.workspace, ctx.request.path.id, patch);
    } catch (e) {
      throw asV1(e);
    }
    return { status: 200, body: { success: true, message: 'Contact updated successfully.' } };
  },
  v1GetContactProfile: ctx => {
    const { profile, enrollments } = contacts.getProfileWithEnrollments(ctx.workspace, ctx.request.path.id, ctx.request.query.TeamId);
    return { status: 200, body: v1ProfileView(ctx.workspace, profile, enrollments) };
  },
});
