/** Control plane: the workspace clock. Advancing or setting it runs the jobs that became due, in order. */
import { handlerTable } from '../handlers/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { advanceTo } from '../workspace/scheduler.js';
import { ApiError } from '../http/errors.js';
import { ok } from '../handlers/v2-envelope.js';

function clockView(ws: Workspace, ran = 0) {
  const next = ws.scheduler.pending()[0];
  return {
    now: ws.clock.isoNow(),
    frozen: ws.clock.frozen,
    pending_jobs: ws.scheduler.pending().length,
    next_job_at: next ? new Date(next.at).toISOString() : null,
    ran,
  };
}

export const clockHandlers = handlerTable({
  ctlGetClock: ({ workspace }) => ok(clockView(workspace)),
  ctlSetClock: ({ workspace, request }) => {
    const { action, at } = request.body;
    if (action === 'freeze') workspace.clock.freeze();
    if (action === 'resume') workspace.clock.resume();
    if (action !== 'set') return ok(clockView(workspace));
    if (!at) throw new ApiError(400, 'missing_required_parameter', 'at is required with action set', { param: 'at' });
    const target = Date.parse(at);
    // Setting the clock back moves time only; jobs already run stay run.
    const ran = target >= workspace.clock.now() ? advanceTo(workspace.clock, workspace.scheduler, target) : (workspace.clock.set(target), 0);
    return ok(clockView(workspace, ran));
  },
  ctlAdvanceClock: ({ workspace, request }) => {
    const { seconds } = request.body;
    const ran = advanceTo(workspace.clock, workspace.scheduler, workspace.clock.now() + seconds * 1000);
    return ok(clockView(workspace, ran));
  },
});
