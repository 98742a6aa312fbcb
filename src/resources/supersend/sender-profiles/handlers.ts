/** V2 sender profiles: list, get, create, update, soft delete. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listOf, message, ok } from '../../../handlers/v2-envelope.js';
import * as profiles from './service.js';
import { senderProfileView } from './views.js';

export const senderProfileHandlers = handlerTable({
  listSenderProfiles: ({ workspace, request: { query } }) => {
    const page = profiles.listSenderProfiles(workspace, query);
    return listOf(page.rows.map(p => senderProfileView(workspace, p)), page.total, query.limit, query.offset);
  },
  getSenderProfile: ({ workspace, request }) => ok(senderProfileView(workspace, profiles.getSenderProfile(workspace, request.path.id))),
  createSenderProfile: ({ workspace, request }) => created(senderProfileView(workspace, profiles.createSenderProfile(workspace, request.body))),
  updateSenderProfile: ({ workspace, request }) =>
    ok(senderProfileView(workspace, profiles.updateSenderProfile(workspace, request.path.id, request.body))),
  deleteSenderProfile: ({ workspace, request }) => {
    profiles.deleteSenderProfile(workspace, request.path.id);
    return message('Sender profile deleted successfully');
  },
});
