/** V2 contacts: thin handlers over the contacts service. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listEnvelope, message, ok } from '../../../handlers/v2-envelope.js';
import * as contacts from './service.js';
import { contactView, profileView } from './views.js';
import { cachedPage, cachedView } from '../../view-cache.js';

export const contactHandlers = handlerTable({
  createContact: ({ workspace, request }) => {
    const result = contacts.upsertContact(workspace, request.body);
    return created(result.kind === 'enrollment' ? contactView(workspace, result.enrollment) : profileView(workspace, result.profile));
  },
  listContacts: ({ workspace, request: { query } }) => ({
    status: 200,
    body: cachedPage('v2-contacts', workspace, query, () => {
      const page = contacts.listContacts(workspace, query);
      return listEnvelope(page.rows.map(e => cachedView('v2-contact', e, row => contactView(workspace, row))), page.total, query.limit, query.offset);
    }),
  }),
  getContact: ({ workspace, request }) => ok(contactView(workspace, contacts.getContact(workspace, request.path.id))),
  updateContact: ({ workspace, request }) => ok(contactView(workspace, contacts.updateContact(workspace, request.path.id, request.body))),
  deleteContact: ({ workspace, request }) => {
    contacts.deleteContact(workspace, request.path.id);
    return message('Contact deleted successfully');
  },
  deleteContactByIdentifier: ({ workspace, request }) => {
    contacts.deleteContactByIdentifier(workspace, request.query);
    return message('Contact deleted successfully');
  },
});
