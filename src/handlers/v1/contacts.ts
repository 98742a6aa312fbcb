/** V1 contacts: the legacy shapes over the same contacts service V2 uses. */
import type { HandlerContext, HandlerTable } from '../types.js';
import * as contacts from '../../domain/supersend/contacts.js';
import { v1ContactView, v1ProfileAsContact, v1ProfileView } from '../../domain/supersend/views.js';

const id = (ctx: HandlerContext) => String(ctx.request.path.id);

export const v1ContactHandlers: HandlerTable = {
  v1CreateContact: ctx => {
    const result = contacts.upsertContact(ctx.workspace, ctx.request.body as contacts.ContactInput);
    const contact = result.kind === 'enrollment' ? v1ContactView(ctx.workspace, result.enrollment) : v1ProfileAsContact(ctx.workspace, result.profile);
    return { status: 201, body: { message: 'Contact created successfully', contact } };
  },
  v1ListContacts: ctx => {
    const list = contacts.listContactsV1(ctx.workspace, ctx.request.body as contacts.V1ContactFilters);
    return { status: 200, body: { ...list, rows: list.rows.map(e => v1ContactView(ctx.workspace, e)) } };
  },
  v1GetContact: ctx => {
    const e = contacts.getContact(ctx.workspace, id(ctx));
    const ws = ctx.workspace;
    const campaign = ws.supersend.campaigns.get(e.campaign_id);
    const Contact = {
      ...v1ContactView(ws, e),
      Campaign: campaign ? { id: campaign.id, name: campaign.name } : null,
      Sender: e.sender_id ? { id: e.sender_id, email: null } : null,
    };
    const config = Object.entries(e.custom).map(([key, value]) => ({ key, value }));
    return { status: 200, body: { success: true, Contact, ContactConfig: { id: e.config_id, config } } };
  },
  v1UpdateContact: ctx => {
    const { TeamId: _team, CampaignId: _campaign, ...patch } = ctx.request.body as contacts.ContactPatch & { TeamId?: string; CampaignId?: string };
    contacts.updateContact(ctx.workspace, id(ctx), patch);
    return { status: 200, body: { success: true, message: 'Contact updated successfully.' } };
  },
  v1GetContactProfile: ctx => {
    const { profile, enrollments } = contacts.getProfileWithEnrollments(ctx.workspace, id(ctx), String(ctx.request.query.TeamId));
    return { status: 200, body: v1ProfileView(ctx.workspace, profile, enrollments) };
  },
};
