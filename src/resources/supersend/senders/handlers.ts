/** V2 senders: list, get, update (no V2 create or delete). */
import { handlerTable } from '../../../handlers/types.js';
import { listOf, ok } from '../../../handlers/v2-envelope.js';
import * as senders from './service.js';
import { senderView } from './views.js';

export const senderHandlers = handlerTable({
  listSenders: ({ workspace, request: { query } }) => {
    const page = senders.listSenders(workspace, query);
    return listOf(page.rows.map(s => senderView(workspace, s)), page.total, query.limit, query.offset);
  },
  getSender: ({ workspace, request }) => ok(senderView(workspace, senders.getSender(workspace, request.path.id))),
  updateSender: ({ workspace, request }) => ok(senderView(workspace, senders.updateSender(workspace, request.path.id, request.body))),
});
