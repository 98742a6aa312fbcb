/**
 * The scenario engine's part of a workspace: which scenarios are active, what each has matched and
 * applied, sequence positions, rate windows, pagination memory, and the scenarios the workspace defined
 * with PUT. Not state: a snapshot neither holds nor replaces it, and a reset starts it afresh. The engine
 * fills the slot on first use, since the initial activations and the seed are the sandbox's options.
 */
import type { RuntimeStoreKind } from '../workspace/stores.js';
import type { Random } from '../workspace/random.js';
import type { Scenario } from './model.js';
import type { Holds, RateWindowLog } from './effects.js';
import type { PaginationMemory } from './pagination.js';

export interface RuleState {
  matched: number;
  applied: number;
  /** Sequence position, for `state_per: rule`. */
  position: number;
  /** Sequence positions by request, for `state_per: request` (bounded). */
  positions: Map<string, number>;
  windows: Map<string, RateWindowLog>;
  pages: PaginationMemory;
}

export interface ScenarioState {
  matched: number;
  applied: number;
  random: Random;
  rules: Map<string, RuleState>;
}

export interface WorkspaceScenarios {
  active: string[];
  /** Scenarios defined in this workspace with PUT, by name. */
  defined: Map<string, Scenario>;
  scenarios: Map<string, ScenarioState>;
  holds: Holds;
  /** Request ids of Contacts API errors the engine renders itself. */
  ids: Random;
}

export interface ScenarioStore {
  state: WorkspaceScenarios | undefined;
}

export const scenarioStore: RuntimeStoreKind<ScenarioStore> = { create: () => ({ state: undefined }) };
