/** V2 utility operations: health and the OpenAPI document itself. */
import type { HandlerTable } from '../../handlers/types.js';
import type { PersistentStore } from '../../workspace/persistence.js';
import { ok } from '../../handlers/v2-envelope.js';

/**
 * Health is `ok`, or `degraded` with a reason while saving to the data file fails. The process still
 * answers, so it stays a 200: a liveness probe must not restart a sandbox whose disk is full.
 */
export function utilityHandlers(startedAt: number, version: string, store?: Pick<PersistentStore, 'status'>): HandlerTable {
  return {
    getHealth: ({ workspace }) => {
      const saving = store?.status();
      return ok({
        status: saving?.status ?? 'ok',
        ...(saving?.reason && { reason: saving.reason.slice(0, 500) }),
        timestamp: workspace.clock.isoNow(),
        uptime: Math.max(0, Math.round((workspace.clock.now() - startedAt) / 1000)),
        version,
      });
    },
    getOpenapiYaml: ({ contract }) => ({ status: 200, body: contract.yaml, contentType: 'application/yaml' }),
    getOpenapiJson: ({ contract }) => ({ status: 200, body: contract.json }),
  };
}
