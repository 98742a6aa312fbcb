/** V1 bulk actions (POST /v1/contact/bulk-action) over the bulk-actions service. */
import { handlerTable } from '../../../handlers/types.js';
import * as bulk from './service.js';
import { v1ContactView } from '../contacts/views.js';

export const v1BulkActionHandlers = handlerTable({
  v1BulkContactAction: ({ workspace, request: { body } }) => {
    const { action, ...selection } = body;
    if (action === 'get_contacts') {
      const rows = bulk.bulkGetContacts(workspace, body);
      return { status: 200, body: { success: true, contacts: rows.map(e => v1ContactView(workspace, e)), count: rows.length } };
    }
    const { message, affected, skipped, ignored } = bulk.runBulkAction(workspace, { ...selection, action });
    return { status: 200, body: { success: true, message, affected, skipped, ignored } };
  },
});
