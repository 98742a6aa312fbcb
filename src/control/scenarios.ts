import type { HandlerTable } from '../handlers/types.js';
import type { ScenarioEngine } from '../scenarios/engine.js';

/** Control plane: list, activate and deactivate scenarios. (Filled in by the scenario work.) */
export function scenarioControlHandlers(_engine: ScenarioEngine): HandlerTable {
  return {};
}
