/**
 * Once before every test file: dist/ is built and current, so tests that start the command run the
 * compiled CLI, as users do, and no two test files build it at once.
 */
import { ensureBuilt } from './build.js';

export default function setup(): void {
  ensureBuilt();
}
