/** V2 events: thin handlers over the service. */
import { handlerTable } from '../../../handlers/types.js';
import { listOf, ok } from '../../../handlers/v2-envelope.js';
import * as events from './service.js';

export const eventHandlers = handlerTable({
  listEvents: ({ workspace, request: { query } }) => {
    const page = events.listEvents(workspace, query);
    return listOf(page.rows.map(e => events.eventView(workspace, e)), page.total, query.limit, query.offset);
  },
  getEvent: ({ workspace, request }) => ok(events.eventView(workspace, events.getEvent(workspace, request.path.id))),
});
