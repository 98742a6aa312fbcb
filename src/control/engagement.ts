/** Control plane: the workspace's engagement model, and one engagement outcome made to happen now. */
import { handlerTable } from '../handlers/types.js';
import { created, ok } from '../handlers/v2-envelope.js';
import { setModel } from '../resources/supersend/engine/model.js';
import { recordEngagement } from '../resources/supersend/engine/service.js';

export const engagementControlHandlers = handlerTable({
  ctlGetEngagement: ({ workspace }) => ok(workspace.stores.engagement.model),
  ctlPutEngagement: ({ workspace, request }) => ok(setModel(workspace.stores.engagement, request.body)),
  ctlRecordEngagement: ({ workspace, request }) => {
    const event = recordEngagement(workspace, request.body);
    return created({ event_id: event.id, type: event.type, contact_id: event.contact_id, campaign_id: event.campaign_id, date: event.date, details: event.details });
  },
});
