/**
 * Control plane: the workspace clock. Advancing or setting it runs the jobs that became due, in order,
 * in slices that yield to the event loop (the answer waits for all of them; other workspaces do not).
 */
import { handlerTable } from '../handlers/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { isStorableTime } from '../workspace/clock.js';
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

/** A time the clock may move to (years 0000–9999, what a snapshot can hold), else a 400 naming `param`. */
function clockTarget(ms: number, param: string): number {
  if (isStorableTime(ms)) return ms;
  throw new ApiError(400, 'validation_error', `${param} must keep the workspace clock within years 0000-9999 (0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z)`, { param });
}

export const clockHandlers = handlerTable({
  ctlGetClock: ({ workspace }) => ok(clockView(workspace)),
  ctlSetClock: async ({ workspace, request }) => {
    const { action, at } = request.body;
    if (action === 'freeze') workspace.clock.freeze();
    if (action === 'resume') workspace.clock.resume();
    if (action !== 'set') return ok(clockView(workspace));
    if (!at) throw new ApiError(400, 'missing_required_parameter', 'at is required with action set', { param: 'at' });
    const target = clockTarget(Date.parse(at), 'at');
    // Setting the clock back moves time only; jobs already run stay run.
    const ran = target >= workspace.clock.now() ? await workspace.scheduler.advanceTo(target) : (workspace.clock.set(target), 0);
    return ok(clockView(workspace, ran));
  },
  ctlAdvanceClock: async ({ workspace, request }) => {
    const { seconds } = request.body;
    const ran = await workspace.scheduler.advanceTo(clockTarget(workspace.clock.now() + Math.round(seconds * 1000), 'seconds'));
    return ok(clockView(workspace, ran));
  },
});
