/** Control plane: the request journal, a count for verification in tests, coverage, and reset. */
import type { Contract } from '../contract/contract.js';
import { handlerTable } from '../handlers/types.js';
import { listOf, message, ok } from '../handlers/v2-envelope.js';
import type { WorkspaceRegistry } from '../workspace/registry.js';

export function journalControlHandlers(contract: Contract, registry: WorkspaceRegistry) {
  return handlerTable({
    ctlListRequests: ({ workspace, request }) => {
      const q = request.query;
      const entries = workspace.journal.find(q).reverse();
      return listOf(entries.slice(q.offset, q.offset + q.limit), entries.length, q.limit, q.offset);
    },
    ctlCountRequests: ({ workspace, request }) => ok({ count: workspace.journal.find(request.query).length }),
    ctlClearRequests: ({ workspace }) => {
      workspace.journal.clear();
      return message('Request journal cleared');
    },
    ctlGetCoverage: ({ workspace }) => {
      const operations = contract.operations.map(op => {
        const declared = [...op.declaredStatuses].sort((a, b) => a - b);
        const seen = workspace.coverage.get(op.operationId) ?? new Map<number, number>();
        return {
          operationId: op.operationId,
          method: op.method,
          path: op.path,
          declared,
          exercised: Object.fromEntries([...seen].sort(([a], [b]) => a - b).map(([status, count]) => [String(status), count])),
          missing: declared.filter(status => !seen.has(status)),
        };
      });
      const exercised = operations.filter(o => Object.keys(o.exercised).length > 0);
      return ok({
        summary: {
          operations: operations.length,
          operations_exercised: exercised.length,
          statuses: operations.reduce((n, o) => n + o.declared.length, 0),
          statuses_exercised: operations.reduce((n, o) => n + o.declared.length - o.missing.length, 0),
        },
        operations,
        never_exercised: operations.filter(o => Object.keys(o.exercised).length === 0).map(o => o.operationId),
      });
    },
    ctlReset: ({ workspace }) => {
      // Live streams read the journal being replaced: they end, and a client reconnects to the new one.
      workspace.journal.closeSubscribers('reset');
      registry.reset(workspace.id);
      return message('Workspace reset to its seed', { data: { workspace: workspace.id } });
    },
  });
}
