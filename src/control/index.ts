/** Every control-plane handler, by operationId (src/control/openapi.yaml). */
import type { Contract } from '../contract/contract.js';
import { handlerTable, type HandlerTable } from '../handlers/types.js';
import type { ScenarioEngine } from '../scenarios/engine.js';
import type { WorkspaceRegistry } from '../workspace/registry.js';
import type { PersistentStore } from '../workspace/persistence.js';
import { clockHandlers } from './clock.js';
import { consoleControlHandlers } from './console.js';
import { linkClickControlHandlers } from './link-clicks.js';
import { engagementControlHandlers } from './engagement.js';
import { journalControlHandlers } from './journal.js';
import { persistenceControlHandlers } from './persistence.js';
import { scenarioControlHandlers } from './scenarios.js';
import { stateControlHandlers } from './state.js';
import { uploadControlHandlers } from './uploads.js';
import { identityControlHandlers } from '../resources/supersend/identities/handlers.js';

export interface ControlPlaneParts {
  contract: Contract;
  controlContract: Contract;
  workspaces: WorkspaceRegistry;
  scenarios: ScenarioEngine;
  /** The data file's store, when there is one (`--data-file`). */
  store?: PersistentStore;
}

export function controlHandlers(parts: ControlPlaneParts): HandlerTable {
  return {
    ...clockHandlers,
    ...scenarioControlHandlers(parts.scenarios),
    ...journalControlHandlers(parts.contract, parts.workspaces),
    ...stateControlHandlers,
    ...persistenceControlHandlers(parts.store),
    ...uploadControlHandlers,
    ...linkClickControlHandlers,
    ...identityControlHandlers,
    ...consoleControlHandlers(parts.contract, parts.controlContract),
    ...engagementControlHandlers,
    ...handlerTable({ ctlGetOpenapi: () => ({ status: 200, body: parts.controlContract.json }) }),
  };
}
