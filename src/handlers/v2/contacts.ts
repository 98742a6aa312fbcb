/** V2 contacts: thin handlers over the contacts service. */
import type { HandlerContext, HandlerTable } from '../types.js';
import { created, listOf, message, ok } from '../v2-envelope.js';
import * as contacts from '../../domain/supersend/contacts.js';
import { contactView, profileView } from '../../domain/supersend/views.js';

const id = (ctx: HandlerContext) => String(ctx.request.path.id);

export const contactHandlers: HandlerTable = {
  createContact: ctx => {
    const result = contacts.upsertContact(ctx.workspace, ctx.request.body as contacts.ContactInput);
    return created(result.kind === 'enrollment' ? contactView(ctx.workspace, result.enrollment) : profileView(ctx.workspace, result.profile));
  },
  listContacts: ctx => {
    const q = ctx.request.query as unknown as contacts.ContactListQuery;
    const page = contacts.listContacts(ctx.workspace, q);
    return listOf(page.rows.map(e => contactView(ctx.workspace, e)), page.total, q.limit, q.offset);
  },
  getContact: ctx => ok(contactView(ctx.workspace, contacts.getContact(ctx.workspace, id(ctx)))),
  updateContact: ctx => ok(contactView(ctx.workspace, contacts.updateContact(ctx.workspace, id(ctx), ctx.request.body as contacts.ContactPatch))),
  deleteContact: ctx => {
    contacts.deleteContact(ctx.workspace, id(ctx));
    return message('Contact deleted successfully');
  },
  deleteContactByIdentifier: ctx => {
    contacts.deleteContactByIdentifier(ctx.workspace, ctx.request.query as unknown as Parameters<typeof contacts.deleteContactByIdentifier>[1]);
    return message('Contact deleted successfully');
  },
};
