/**
 * Control plane: the workspace's state as one JSON document. GET answers the snapshot itself (no
 * envelope), so what it answers can be PUT back as it is, into the same or another workspace.
 */
import { handlerTable } from '../handlers/types.js';
import { message } from '../handlers/v2-envelope.js';
import { exportWorkspace, importWorkspace } from '../workspace/snapshot.js';

export const stateControlHandlers = handlerTable({
  ctlExportState: ({ workspace }) => ({ status: 200, body: exportWorkspace(workspace) }),
  ctlImportState: ({ workspace, request }) => {
    const summary = importWorkspace(workspace, request.body);
    return message('Workspace state imported', { data: summary });
  },
});
