/** Control plane: an upload's progress, which the API itself never shows (it answers only an upload id). */
import { handlerTable } from '../handlers/types.js';
import { ok } from '../handlers/v2-envelope.js';
import * as uploads from '../resources/supersend/uploads/service.js';

export const uploadControlHandlers = handlerTable({
  ctlGetUpload: ({ workspace, request }) => ok(uploads.uploadView(uploads.getUpload(workspace, request.path.id))),
});
