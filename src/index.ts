/** Programmatic use: `const { app } = await createSandbox()` gives an Express app to serve or test in-process. */
export { createSandbox, DEFAULT_KEYS, SANDBOX_VERSION } from './sandbox.js';
export type { Sandbox, SandboxOptions } from './sandbox.js';
export type { ValidationMode } from './pipeline/validate.js';
export type { SandboxLogger } from './request-log.js';
export type { CorsOptions } from './http/cors.js';
export type { Handler, HandlerContext, HandlerResult, HandlerTable } from './handlers/types.js';
export type { Workspace } from './workspace/workspace.js';
export type { ApiKey, KeyKind } from './http/auth.js';
export type { ScenarioEngine, ScenarioSummary } from './scenarios/engine.js';
export type { JournalEntry, JournalQuery } from './workspace/journal.js';
export type { WorkspaceSnapshot } from './workspace/snapshot.js';
