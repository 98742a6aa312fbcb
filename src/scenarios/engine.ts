/** The scenario engine: loads scenario files and decides, per request, which rules apply. (Filled in by the scenario work.) */
import type { Workspace } from '../workspace/workspace.js';
import type { ScenarioLayer } from './types.js';

export interface ScenarioSummary {
  name: string;
  description: string;
  active: boolean;
  matched: number;
  applied: number;
}

export interface ScenarioEngine extends ScenarioLayer {
  list(ws: Workspace): ScenarioSummary[];
  activate(ws: Workspace, name: string): void;
  deactivate(ws: Workspace, name: string): void;
}

export interface ScenarioEngineOptions {
  /** Folder of scenario files (YAML). */
  directory: string;
  /** Scenarios active in every workspace from the start (`--scenario NAME`). */
  active: readonly string[];
  seed: string;
}

export function createScenarioEngine(_options: ScenarioEngineOptions): ScenarioEngine {
  return {
    evaluate: () => ({ applied: [] }),
    list: () => [],
    activate: () => undefined,
    deactivate: () => undefined,
  };
}
