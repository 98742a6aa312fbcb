/** V2 utility operations: health and the OpenAPI document itself. */
import type { HandlerTable } from './types.js';
import { ok } from './v2-envelope.js';

export function utilityHandlers(startedAt: number, version: string): HandlerTable {
  return {
    getHealth: ({ workspace }) =>
      ok({
        status: 'ok',
        timestamp: workspace.clock.isoNow(),
        uptime: Math.max(0, Math.round((workspace.clock.now() - startedAt) / 1000)),
        version,
      }),
    getOpenapiYaml: ({ contract }) => ({ status: 200, body: contract.yaml, contentType: 'application/yaml' }),
    getOpenapiJson: ({ contract }) => ({ status: 200, body: contract.json }),
  };
}
