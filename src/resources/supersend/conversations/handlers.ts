/** V2 conversations and messages: thin handlers over the service. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listOf, ok } from '../../../handlers/v2-envelope.js';
import * as inbox from './service.js';
import { conversationDetailView, conversationUpdateView, conversationView, messageView } from './views.js';

export const conversationHandlers = handlerTable({
  listConversations: ({ workspace, request: { query } }) => {
    const page = inbox.listConversations(workspace, query);
    return listOf(page.rows.map(c => conversationView(workspace, c)), page.total, query.limit, query.offset);
  },
  getConversation: ({ workspace, request }) => ok(conversationDetailView(workspace, inbox.getConversation(workspace, request.path.id))),
  updateConversation: ({ workspace, request }) =>
    ok(conversationUpdateView(workspace, inbox.updateConversation(workspace, request.path.id, request.body))),
  listConversationMessages: ({ workspace, request: { path, query } }) => {
    const page = inbox.listMessages(workspace, path.id, query);
    return listOf(page.rows.map(m => messageView(workspace, m)), page.total, query.limit, query.offset);
  },
  sendConversationMessage: ({ workspace, request }) =>
    created(messageView(workspace, inbox.sendMessage(workspace, request.path.id, request.body))),
});
