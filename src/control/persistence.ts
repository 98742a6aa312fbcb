/**
 * Control plane: how saving to the data file goes. Process-wide figures, plus the caller's own
 * workspace; other workspaces are only counted, so no key learns another workspace's id.
 */
import type { HandlerTable } from '../handlers/types.js';
import { ok } from '../handlers/v2-envelope.js';
import type { PersistentStore } from '../workspace/persistence.js';

export function persistenceControlHandlers(store: PersistentStore | undefined): HandlerTable {
  return {
    ctlGetPersistence: ({ workspace }) => {
      if (!store) {
        return ok({
          enabled: false, status: 'off', reason: null, data_file: null, sync: null, last_saved_at: null, last_save_ms: null,
          last_error: null, failed_saves: 0, pending_workspaces: 0, unsaveable_workspaces: 0, workspace: { id: workspace.id, pending: false, error: null },
        });
      }
      const { unsaveable, ...status } = store.status();
      return ok({ enabled: true, ...status, unsaveable_workspaces: unsaveable.size, workspace: { id: workspace.id, ...store.workspaceStatus(workspace) } });
    },
  };
}
