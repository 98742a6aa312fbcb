/** Builds dist/ (`npm run build`) unless it is newer than every source it is built from. */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['src', 'seeds', 'openapi.yaml', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map(name => newestMtime(join(path, name))));
}

function builtAt(): number {
  try {
    return statSync(join(ROOT, 'dist/src/main.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/** Returns whether it had to build. */
export function ensureBuilt(): boolean {
  if (builtAt() >= Math.max(...SOURCES.map(p => newestMtime(join(ROOT, p))))) return false;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}
