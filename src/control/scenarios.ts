/**
 * Control plane: list, activate and deactivate scenarios, and define or remove a workspace's own, in the
 * workspace of the key presented.
 */
import { handlerTable, type HandlerContext } from '../handlers/types.js';
import { MAX_DEFINED_SCENARIOS, TooManyScenarios, type ScenarioEngine, type ScenarioSummary } from '../scenarios/engine.js';
import { REQUEST_BODY_LABEL, ScenarioFileError } from '../scenarios/loader.js';
import type { Scenario } from '../scenarios/model.js';
import type { Workspace } from '../workspace/workspace.js';
import { ApiError } from '../http/errors.js';
import { message, ok } from '../handlers/v2-envelope.js';

export function scenarioControlHandlers(engine: ScenarioEngine) {
  /** The scenario named in the path, or a 404 listing the known ones. */
  function named(ws: Workspace, name: string): string {
    if (!engine.get(name, ws)) {
      const known = engine.list(ws).map(s => s.name).join(', ');
      throw new ApiError(404, 'scenario_not_found', `No scenario named "${name}" (known: ${known})`, { param: 'name' });
    }
    return name;
  }
  const summary = (ctx: HandlerContext, name: string): ScenarioSummary => engine.list(ctx.workspace).find(s => s.name === name)!;

  return handlerTable({
    ctlListScenarios: ctx => ok(engine.list(ctx.workspace)),
    ctlActivateScenario: ctx => {
      const name = named(ctx.workspace, ctx.request.path.name);
      engine.activate(ctx.workspace, name);
      return ok(summary(ctx, name));
    },
    ctlDeactivateScenario: ctx => {
      const name = named(ctx.workspace, ctx.request.path.name);
      engine.deactivate(ctx.workspace, name);
      return ok(summary(ctx, name));
    },
    ctlPutScenario: ctx => {
      const name = ctx.request.path.name;
      const scenario = parseBody(engine, ctx.request.body, name);
      try {
        engine.define(ctx.workspace, scenario);
      } catch (e) {
        if (!(e instanceof TooManyScenarios)) throw e;
        throw new ApiError(400, 'too_many_scenarios', `A workspace defines at most ${MAX_DEFINED_SCENARIOS} scenarios; remove one with DELETE first`, { param: 'name' });
      }
      return ok(summary(ctx, name));
    },
    ctlDeleteScenario: ctx => {
      const name = ctx.request.path.name;
      if (!engine.remove(ctx.workspace, name)) {
        const own = engine.list(ctx.workspace).filter(s => s.origin === 'workspace').map(s => s.name);
        const known = own.length ? own.join(', ') : 'none';
        throw new ApiError(404, 'scenario_not_found', `This workspace defined no scenario named "${name}" with PUT (scenarios from files cannot be removed; defined here: ${known})`, { param: 'name' });
      }
      return message(`Scenario ${name} removed from this workspace`);
    },
  });
}

/**
 * The body as a scenario, checked as a file is. YAML arrives as text; a JSON body arrives parsed and is
 * checked as JSON re-indented by two spaces (lines and columns then refer to that layout).
 */
function parseBody(engine: ScenarioEngine, body: unknown, name: string): Scenario {
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  try {
    return engine.parse(text, REQUEST_BODY_LABEL, name);
  } catch (e) {
    if (!(e instanceof ScenarioFileError)) throw e;
    throw new ApiError(400, 'invalid_scenario', e.message, {
      param: 'body',
      details: { line: e.line, column: e.column, path: e.path.join('.') },
    });
  }
}
