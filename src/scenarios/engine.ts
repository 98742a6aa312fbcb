/**
 * The scenario engine: loads scenario files and decides, per request, which rules apply.
 *
 * For each request of the API (never the control plane) it looks, in order, at the scenarios named by
 * the request's `X-Sandbox-Scenario` header, then those active in the workspace (in activation order),
 * and at their rules in file order. A rule whose match fits counts as matched; its `when` decides whether
 * it applies; its effect (or its sequence's next step) then shapes the outcome. Delays add up and list
 * transforms compose; the first answer (respond, fault, a rate limit or a refused cursor) ends the
 * evaluation, and the rules after it do not see the request. `Prefer: code=…|example=…` comes first of all.
 * Both headers can be switched off (`headerActivation: false`, which `--no-control-plane` implies).
 *
 * Everything that changes (activations, counters, sequence positions, random sources, rate windows,
 * pagination memory, scenarios defined at run time with PUT) is per workspace, in its `scenarios` store
 * (./store.ts): parallel suites on their own `test_…` keys never see each other's faults, and a dropped or
 * reset workspace takes its state with it.
 */
import type { Workspace } from '../workspace/workspace.js';
import { createRandom, type Random } from '../workspace/random.js';
import type { RuleState, ScenarioState, WorkspaceScenarios } from './store.js';
import type { HandlerResult } from '../handlers/types.js';
import type { ScenarioLayer, ScenarioOutcome, ScenarioRequest } from './types.js';
import type { Effect, Rule, Scenario, Step } from './model.js';
import { loadScenarios, parseScenario, type CheckedOperation } from './loader.js';
import { admit, allowed, answer, createRateLog, drawDelay, errorAnswer, heldNow, hold } from './effects.js';
import { createPaginationMemory, pageStyle, pageTransform, planPagination } from './pagination.js';
import { answerPreference, parsePrefer } from './prefer.js';

export interface RuleSummary {
  name: string;
  matched: number;
  applied: number;
}

export interface ScenarioSummary {
  name: string;
  description: string;
  active: boolean;
  matched: number;
  applied: number;
  rules?: RuleSummary[];
  /** `file`: loaded at start; `workspace`: defined in this workspace with PUT (replacing a file's of the same name). */
  origin: 'file' | 'workspace';
}

export interface ScenarioEngine extends ScenarioLayer {
  list(ws: Workspace): ScenarioSummary[];
  /** Activates `name` in the workspace, starting it afresh (counters, sequences, random source). Throws for an unknown name. */
  activate(ws: Workspace, name: string): void;
  /** Deactivates `name` in the workspace; its counters stay readable. Throws for an unknown name. */
  deactivate(ws: Workspace, name: string): void;
  /** The scenario `name` in the workspace (one it defined, else a file's), or a file's without a workspace. */
  get(name: string, ws?: Workspace): Scenario | undefined;
  /** Every scenario loaded from a file. */
  readonly scenarios: readonly Scenario[];
  /** A scenario `name` from text (YAML or JSON), checked as a file is (`name` may be left out); throws ScenarioFileError naming `label`. */
  parse(text: string, label: string, name: string): Scenario;
  /**
   * Defines or replaces a scenario in this workspace only, starting it afresh (it stays active if it
   * was). Throws TooManyScenarios beyond MAX_DEFINED_SCENARIOS per workspace.
   */
  define(ws: Workspace, scenario: Scenario): void;
  /** Removes a scenario the workspace defined (a file's of the same name shows again); false if it defined none. */
  remove(ws: Workspace, name: string): boolean;
}

/** Scenarios one workspace may define at run time. */
export const MAX_DEFINED_SCENARIOS = 100;

export class TooManyScenarios extends Error {}

export interface ScenarioEngineOptions {
  /** Folder of scenario files (YAML); any bad file stops start-up. */
  directory: string;
  /** More folders (`--scenario-dir`); a bad file in one stops start-up only if `active` names it, else it is left out with a warning. */
  directories?: readonly string[];
  /** Files loaded directly and active in every workspace (`--scenario path/to/file.yaml`). */
  files?: readonly string[];
  /** The API's operations: a rule that can apply to none of them is refused at load. */
  operations?: readonly CheckedOperation[];
  /** Where warnings about left-out files go. */
  warn?: (message: string) => void;
  /** Scenarios active in every workspace from the start (`--scenario NAME`). */
  active: readonly string[];
  seed: string;
  /**
   * Whether a request may apply scenarios itself with `X-Sandbox-Scenario` or `Prefer` (default true).
   * Off, those headers are ignored: only `active` and the control plane choose scenarios.
   */
  headerActivation?: boolean;
}

/** The header that applies scenarios to one request. */
export const SCENARIO_HEADER = 'x-sandbox-scenario';

const MAX_REQUEST_STATES = 1000;

export function createScenarioEngine(options: ScenarioEngineOptions): ScenarioEngine {
  const directories = [{ path: options.directory, strict: true }, ...(options.directories ?? []).map(path => ({ path, strict: false }))];
  const scenarios = loadScenarios(
    { directories, files: options.files, selected: options.active, operations: options.operations },
    options.warn ?? (() => undefined),
  );
  const byName = new Map(scenarios.map(s => [s.name, s]));
  const folders = directories.map(d => d.path).join(', ');
  for (const name of options.active) {
    if (!byName.has(name)) throw new Error(`--scenario ${name}: no such scenario in ${folders} (known: ${[...byName.keys()].join(', ')})`);
  }
  // Files load last and strictly (one scenario each, or start-up stops), so they are the list's tail.
  const fromFiles = scenarios.slice(scenarios.length - (options.files?.length ?? 0)).map(s => s.name);
  const initial = [...new Set([...options.active, ...fromFiles])];
  const headerActivation = options.headerActivation ?? true;
  /** The workspace's scenario state, made on first use from this engine's activations and seed. */
  function stateOf(ws: Workspace): WorkspaceScenarios {
    return (ws.stores.scenarios.state ??= {
      active: [...initial], defined: new Map(), scenarios: new Map(), holds: { ends: [] }, ids: createRandom(`${options.seed}:${ws.id}:scenario-ids`),
    });
  }

  function scenarioState(ws: Workspace, state: WorkspaceScenarios, name: string): ScenarioState {
    let s = state.scenarios.get(name);
    if (!s) {
      s = { matched: 0, applied: 0, random: createRandom(`${options.seed}:${ws.id}:scenario:${name}`), rules: new Map() };
      state.scenarios.set(name, s);
    }
    return s;
  }

  function ruleState(s: ScenarioState, rule: Rule): RuleState {
    let r = s.rules.get(rule.name);
    if (!r) {
      r = { matched: 0, applied: 0, position: 0, positions: new Map(), windows: new Map(), pages: createPaginationMemory() };
      s.rules.set(rule.name, r);
    }
    return r;
  }

  function lookup(state: WorkspaceScenarios, name: string): Scenario | undefined {
    return state.defined.get(name) ?? byName.get(name);
  }

  function known(ws: Workspace, name: string): Scenario {
    const scenario = lookup(stateOf(ws), name);
    if (!scenario) throw new Error(`unknown scenario "${name}"`);
    return scenario;
  }

  /** The workspace's scenarios: the files', each replaced by the workspace's own of that name, then its new ones. */
  function visible(state: WorkspaceScenarios): Scenario[] {
    const own = [...state.defined.values()].filter(s => !byName.has(s.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    return [...scenarios.map(s => state.defined.get(s.name) ?? s), ...own];
  }

  function evaluate(request: ScenarioRequest): ScenarioOutcome {
    const outcome: ScenarioOutcome = { applied: [] };
    if (request.family === 'control') return outcome;
    const state = stateOf(request.workspace);

    const named = headerActivation ? parseScenarioHeader(request.headers[SCENARIO_HEADER]) : [];
    const unknown = named.find(n => !lookup(state, n));
    if (unknown !== undefined) {
      outcome.respond = errorAnswer(request, state.ids, {
        status: 400,
        code: 'unknown_scenario',
        message: `X-Sandbox-Scenario names an unknown scenario "${unknown}" (known: ${visible(state).map(s => s.name).join(', ')})`,
      });
      return outcome;
    }

    const preference = headerActivation ? parsePrefer(request.headers.prefer) : undefined;
    if (preference && 'invalid' in preference) {
      outcome.respond = errorAnswer(request, state.ids, { status: 400, code: 'invalid_prefer_header', message: preference.invalid });
      return outcome;
    }
    if (preference) {
      const preferred = answerPreference(request, preference);
      outcome.respond = preferred.ok
        ? preferred.respond
        : errorAnswer(request, state.ids, { status: 400, code: 'invalid_prefer_header', message: preferred.message });
      if (preferred.ok) outcome.applied.push(preference.label);
      return outcome;
    }

    let delayMs = 0;
    const names = [...new Set([...named, ...state.active])];
    run: for (const name of names) {
      const scenario = lookup(state, name);
      // A removed scenario that was active is skipped until deactivated.
      if (!scenario) continue;
      const s = scenarioState(request.workspace, state, name);
      // A scenario counts each request once, however many of its rules it meets.
      let matched = false;
      let applied = false;
      for (const rule of scenario.rules) {
        if (!rule.match.test(request)) continue;
        const r = ruleState(s, rule);
        r.matched++;
        if (!matched) s.matched++;
        matched = true;
        const step = gate(rule, r, s.random, request);
        const result = step === undefined ? undefined : applyStep(step, rule, r, s, request, state);
        // A rule that reshapes lists remembers every page it matches, applied or not.
        const transform = result?.transform ?? observer(rule, r, request);
        if (transform) compose(outcome, transform);
        if (!result?.applied) continue;
        r.applied++;
        if (!applied) s.applied++;
        applied = true;
        outcome.applied.push(rule.id);
        delayMs += result.delayMs ?? 0;
        if (result.respond) outcome.respond = result.respond;
        if (result.fault) outcome.fault = result.fault;
        if (outcome.respond || outcome.fault) break run;
      }
    }
    if (delayMs > 0) {
      outcome.delayMs = delayMs;
      const now = performance.now();
      hold(state.holds, now, now + delayMs, request.operation.operationId);
    }
    return outcome;
  }

  return {
    evaluate,
    scenarios,
    get: (name, ws) => (ws ? lookup(stateOf(ws), name) : byName.get(name)),
    parse: (text, label, name) => parseScenario(text, label, { expectedName: name, nameOptional: true, operations: options.operations }),
    define(ws, scenario) {
      const state = stateOf(ws);
      if (!state.defined.has(scenario.name) && state.defined.size >= MAX_DEFINED_SCENARIOS) throw new TooManyScenarios();
      state.defined.set(scenario.name, scenario);
      state.scenarios.delete(scenario.name);
    },
    remove(ws, name) {
      const state = stateOf(ws);
      if (!state.defined.delete(name)) return false;
      state.scenarios.delete(name);
      if (!byName.has(name)) state.active = state.active.filter(n => n !== name);
      return true;
    },
    list(ws) {
      const state = stateOf(ws);
      return visible(state).map(scenario => {
        const s = state.scenarios.get(scenario.name);
        return {
          name: scenario.name,
          description: scenario.description,
          active: state.active.includes(scenario.name),
          matched: s?.matched ?? 0,
          applied: s?.applied ?? 0,
          rules: scenario.rules.map(rule => {
            const r = s?.rules.get(rule.name);
            return { name: rule.name, matched: r?.matched ?? 0, applied: r?.applied ?? 0 };
          }),
          origin: state.defined.has(scenario.name) ? 'workspace' : 'file',
        };
      });
    },
    activate(ws, name) {
      known(ws, name);
      const state = stateOf(ws);
      state.scenarios.delete(name);
      if (!state.active.includes(name)) state.active.push(name);
    },
    deactivate(ws, name) {
      known(ws, name);
      const state = stateOf(ws);
      state.active = state.active.filter(n => n !== name);
    },
  };
}

/** `X-Sandbox-Scenario: a, b` → ['a', 'b']. */
function parseScenarioHeader(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const text = Array.isArray(value) ? value.join(',') : value;
  return [...new Set(text.split(',').map(s => s.trim()).filter(Boolean))];
}

/**
 * `when`: skip the first `after` matches, then only every `every`th, with `probability`, at most `times`
 * applications. Returns the step to apply (the effect, or the sequence's next step), or undefined.
 */
function gate(rule: Rule, r: RuleState, random: Random, request: ScenarioRequest): Step | undefined {
  const { after, every, probability, times } = rule.when;
  if (r.applied >= times) return undefined;
  const n = r.matched - after;
  if (n <= 0 || n % every !== 0) return undefined;
  if (probability < 1 && random.next() >= probability) return undefined;
  if (!rule.sequence) return rule.effect;
  // A sequence advances one step per match that got this far, per rule or per request.
  const key = rule.statePer === 'request' ? requestKey(request) : undefined;
  const position = key === undefined ? r.position : (r.positions.get(key) ?? 0);
  const length = rule.sequence.length;
  const next = position + 1;
  if (key === undefined) r.position = next;
  else {
    r.positions.delete(key);
    r.positions.set(key, next);
    if (r.positions.size > MAX_REQUEST_STATES) r.positions.delete(r.positions.keys().next().value as string);
  }
  if (position >= length && !rule.loop) return undefined;
  return rule.sequence[position % length];
}

function requestKey(request: ScenarioRequest): string {
  const query = Object.entries(request.query).sort(([a], [b]) => (a < b ? -1 : 1));
  return `${request.method} ${request.path} ${JSON.stringify(query)}`;
}

interface StepResult {
  applied: boolean;
  delayMs?: number;
  respond?: ScenarioOutcome['respond'];
  fault?: ScenarioOutcome['fault'];
  transform?: (result: HandlerResult) => HandlerResult;
}

/** What one step does to this request; `applied: false` when it cannot apply here (e.g. an undeclared status). */
function applyStep(step: Step, rule: Rule, r: RuleState, s: ScenarioState, request: ScenarioRequest, state: WorkspaceScenarios): StepResult {
  if (step === 'pass') return { applied: false };
  const effect: Effect = step;
  const result: StepResult = { applied: false };

  if (effect.rateLimit) {
    const limit = effect.rateLimit;
    const operationId = request.operation.operationId;
    const scope = limit.scope === 'operation' ? operationId : '*';
    let log = r.windows.get(scope);
    if (!log) r.windows.set(scope, (log = createRateLog()));
    const busy = limit.concurrent !== undefined && heldNow(state.holds, performance.now(), limit.scope === 'operation' ? operationId : undefined) >= limit.concurrent;
    const over = busy || !admit(log, limit, request.workspace.clock.now());
    if (!over || !allowed(limit.respond, request)) return result;
    return { applied: true, respond: answer(limit.respond, request, state.ids) };
  }

  if (effect.respond && !allowed(effect.respond, request)) return result;

  if (effect.pagination) {
    const style = pageStyle(request.operation);
    if (!style) return result;
    const plan = planPagination(effect.pagination, style, request, r.pages);
    if (!plan.applies) return result;
    if (plan.refuse) return { applied: true, respond: errorAnswer(request, state.ids, { status: 400, code: 'invalid_cursor', message: plan.refuse }) };
    result.transform = pageTransform(style, request, r.pages, effect.pagination, r.applied + 1);
  }
  if (effect.delay) result.delayMs = drawDelay(effect.delay, s.random);
  if (effect.respond) result.respond = answer(effect.respond, request, state.ids);
  if (effect.fault) result.fault = { ...effect.fault };
  result.applied = true;
  return result;
}

/** For rules with a pagination effect: a transform that only remembers the page (for later pages' effects). */
function observer(rule: Rule, r: RuleState, request: ScenarioRequest): ((result: HandlerResult) => HandlerResult) | undefined {
  const paginates = rule.effect.pagination !== undefined || (rule.sequence ?? []).some(step => step !== 'pass' && step.pagination !== undefined);
  if (!paginates) return undefined;
  const style = pageStyle(request.operation);
  return style ? pageTransform(style, request, r.pages) : undefined;
}

function compose(outcome: ScenarioOutcome, next: (result: HandlerResult) => HandlerResult): void {
  const previous = outcome.transform;
  outcome.transform = previous ? result => next(previous(result)) : next;
}
