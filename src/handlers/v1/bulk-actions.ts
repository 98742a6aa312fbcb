/** V1 bulk actions (POST /v1/contact/bulk-action) over the bulk-actions service. */
import type { HandlerTable } from '../types.js';
import * as bulk from '../../domain/supersend/bulk-actions.js';
import { v1ContactView } from '../../domain/supersend/views.js';

export const v1BulkActionHandlers: HandlerTable = {
  v1BulkContactAction: ctx => {
    const input = ctx.request.body as bulk.BulkActionInput;
    if (input.action === 'get_contacts') {
      const rows = bulk.bulkGetContacts(ctx.workspace, input);
      return { status: 200, body: { success: true, contacts: rows.map(e => v1ContactView(ctx.workspace, e)), count: rows.length } };
    }
    const { message, affected, skipped, ignored } = bulk.runBulkAction(ctx.workspace, input as bulk.BulkActionInput & { action: bulk.ChangingAction });
    return { status: 200, body: { success: true, message, affected, skipped, ignored } };
  },
};
