/**
 * Files sendbox reads at run time (openapi.yaml, the control document, scenarios/) sit at the package
 * root: one level above this module when it runs from src/, two levels above once compiled to dist/src/.
 */
import { fileURLToPath } from 'node:url';

const here = new URL('.', import.meta.url);
const root = here.pathname.endsWith('/dist/src/') ? new URL('../../', here) : new URL('../', here);

/** Absolute path of a file given relative to the package root (`openapi.yaml`, `scenarios`). */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, root));
}
