/** Control plane: list, activate and deactivate scenarios, in the workspace of the key presented. */
import { handlerTable, type HandlerContext } from '../handlers/types.js';
import type { ScenarioEngine, ScenarioSummary } from '../scenarios/engine.js';
import { ApiError } from '../http/errors.js';
import { ok } from '../handlers/v2-envelope.js';

export function scenarioControlHandlers(engine: ScenarioEngine) {
  /** The scenario named in the path, or a 404 listing the known ones. */
  function named(name: string): string {
    if (!engine.get(name)) {
      const known = engine.scenarios.map(s => s.name).join(', ');
      throw new ApiError(404, 'scenario_not_found', `No scenario named "${name}" (known: ${known})`, { param: 'name' });
    }
    return name;
  }
  const summary = (ctx: HandlerContext, name: string): ScenarioSummary => engine.list(ctx.workspace).find(s => s.name === name)!;

  return handlerTable({
    ctlListScenarios: ctx => ok(engine.list(ctx.workspace)),
    ctlActivateScenario: ctx => {
      const name = named(ctx.request.path.name);
      engine.activate(ctx.workspace, name);
      return ok(summary(ctx, name));
    },
    ctlDeactivateScenario: ctx => {
      const name = named(ctx.request.path.name);
      engine.deactivate(ctx.workspace, name);
      return ok(summary(ctx, name));
    },
  });
}
