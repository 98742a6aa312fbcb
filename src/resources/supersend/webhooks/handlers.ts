/** V2 webhooks: thin handlers over the service (facts §4.1). */
import { handlerTable } from '../../../handlers/types.js';
import { created, listOf, message, ok } from '../../../handlers/v2-envelope.js';
import * as webhooks from './service.js';
import { createdWebhookView, deliveryDetailView, deliveryView, webhookView } from './views.js';

export const webhookHandlers = handlerTable({
  listWebhooks: ({ workspace, request: { query } }) => {
    const page = webhooks.listWebhooks(workspace, query);
    return listOf(page.rows.map(w => webhookView(workspace, w)), page.total, query.limit, query.offset);
  },
  createWebhook: ({ workspace, request }) => created(createdWebhookView(webhooks.createWebhook(workspace, request.body))),
  getWebhook: ({ workspace, request }) => ok(webhookView(workspace, webhooks.getWebhook(workspace, request.path.id, request.query.team_id))),
  updateWebhook: ({ workspace, request }) =>
    ok(webhookView(workspace, webhooks.updateWebhook(workspace, request.path.id, request.query.team_id, request.body))),
  deleteWebhook: ({ workspace, request }) => {
    webhooks.deleteWebhook(workspace, request.path.id, request.query.team_id);
    return message('Webhook deleted successfully');
  },
  testWebhook: ({ workspace, request }) =>
    ok(deliveryView(webhooks.testWebhook(workspace, request.path.id, request.query.team_id, request.body?.event_type ?? 'reply'))),
  listWebhookDeliveries: ({ workspace, request: { path, query } }) => {
    const page = webhooks.listDeliveries(workspace, path.id, query);
    return listOf(page.rows.map(deliveryView), page.total, query.limit, query.offset);
  },
  getWebhookDelivery: ({ workspace, request: { path, query } }) =>
    ok(deliveryDetailView(webhooks.getDelivery(workspace, path.id, path.deliveryId, query.team_id))),
  retryWebhookDelivery: ({ workspace, request: { path, body } }) =>
    ok(deliveryView(webhooks.retryDelivery(workspace, path.id, path.deliveryId, body.team_id))),
});
