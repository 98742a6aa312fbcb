/** V2 identities (list, get, update, soft delete) and the control plane's stand-in for connecting one. */
import { handlerTable } from '../../../handlers/types.js';
import { listOf, message, ok } from '../../../handlers/v2-envelope.js';
import * as identities from './service.js';
import { identityView } from './views.js';

export const identityHandlers = handlerTable({
  listIdentities: ({ workspace, request: { query } }) => {
    const page = identities.listIdentities(workspace, query);
    return listOf(page.rows.map(x => identityView(workspace, x)), page.total, query.limit, query.offset);
  },
  getIdentity: ({ workspace, request }) => ok(identityView(workspace, identities.getIdentity(workspace, request.path.id))),
  updateIdentity: ({ workspace, request }) => ok(identityView(workspace, identities.updateIdentity(workspace, request.path.id, request.body))),
  deleteIdentity: ({ workspace, request }) => {
    identities.deleteIdentity(workspace, request.path.id);
    return message('Identity deleted successfully');
  },
});

export const identityControlHandlers = handlerTable({
  ctlConnectIdentity: ({ workspace, request }) => {
    const { identity, created } = identities.connectIdentity(workspace, request.body);
    return ok(identityView(workspace, identity), created ? 201 : 200);
  },
});
