/**
 * Files sendbox reads at run time (openapi.yaml, the control document, scenarios/) sit at the package
 * root: one level above this module when it runs from src/, two levels above once compiled to dist/src/.
 */
import { fileURLToPath } from 'node:url';

const here = new URL('.', import.meta.url);
const compiled = here.pathname.endsWith('/dist/src/');
const root = compiled ? new URL('../../', here) : new URL('../', here);

/** Absolute path of a file given relative to the package root (`openapi.yaml`, `scenarios`). */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, root));
}

/**
 * Absolute path of a file the build writes or copies beside the compiled modules, given relative to the
 * output's root (`contract-cache/`, `src/scenarios/schema.json`): under dist/ once compiled, under the
 * package root from src/. Modules find such files through here rather than beside their own URL, so the
 * command still finds them once its modules are bundled into one file (dist/src/main.js).
 */
export function builtPath(relative: string): string {
  return fileURLToPath(new URL(compiled ? `dist/${relative}` : relative, root));
}
