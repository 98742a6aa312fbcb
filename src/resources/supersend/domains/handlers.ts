/** V2 domains: list and get (purchases are not simulated). */
import { handlerTable } from '../../../handlers/types.js';
import { listOf, ok } from '../../../handlers/v2-envelope.js';
import * as domains from './service.js';
import { domainView } from './views.js';

export const domainHandlers = handlerTable({
  listDomains: ({ workspace, request: { query } }) => {
    const page = domains.listDomains(workspace, query);
    return listOf(page.rows.map(d => domainView(workspace, d)), page.total, query.limit, query.offset);
  },
  getDomain: ({ workspace, request }) => ok(domainView(workspace, domains.getDomain(workspace, request.path.id), true)),
});
