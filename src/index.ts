/** Programmatic use: `const { app } = await createSandbox()` gives an Express app to serve or test in-process. */
export { createSandbox, DEFAULT_KEYS, SANDBOX_VERSION } from './sandbox.js';
export type { Sandbox, SandboxOptions } from './sandbox.js';
export type { ValidationMode } from './pipeline/validate.js';
export type { Handler, HandlerContext, HandlerResult, HandlerTable } from './handlers/types.js';
