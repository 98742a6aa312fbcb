/** Control plane: make an inbox reply link click happen, as if the recipient had clicked. */
import { handlerTable } from '../handlers/types.js';
import { created } from '../handlers/v2-envelope.js';
import * as clicks from '../resources/supersend/link-clicks/service.js';

export const linkClickControlHandlers = handlerTable({
  ctlRecordLinkClick: ({ workspace, request }) => created(clicks.recordedClickView(workspace, clicks.recordLinkClick(workspace, request.body))),
});
