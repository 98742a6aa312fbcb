/** V2 blacklist: thin handlers over the service. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listOf, message } from '../../../handlers/v2-envelope.js';
import { addBlacklistItem, deleteBlacklistItem, listBlacklist } from './service.js';
import { blacklistItemView } from './views.js';

export const blacklistHandlers = handlerTable({
  listBlacklist: ({ workspace, request: { query } }) => {
    const page = listBlacklist(workspace, query);
    return listOf(page.rows.map(b => blacklistItemView(workspace, b)), page.total, query.limit, query.offset);
  },
  createBlacklistItem: ({ workspace, request }) => created(blacklistItemView(workspace, addBlacklistItem(workspace, request.body))),
  deleteBlacklistItem: ({ workspace, request }) => {
    deleteBlacklistItem(workspace, request.path.id);
    return message('Blacklist item deleted successfully');
  },
});
