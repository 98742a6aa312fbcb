/** Starts the real `sendbox` command on port 0 and waits for its "listening on" line. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The compiled command (dist/, built by the tests' global setup), as users run it; `as` runs it as
 * another user (uid/gid), e.g. so a root test run can meet a read-only folder.
 */
export function startCli(args: string[], env: Record<string, string> = {}, as: { uid?: number; gid?: number } = {}) {
  return startCommand(process.execPath, ['dist/src/main.js', ...args], { cwd: ROOT, env, ...as });
}

/** Any command that runs sendbox (`npx sendbox`, `npm start`, the built CLI), in `cwd`. */
export function startCommand(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; uid?: number; gid?: number }) {
  const { cwd, env, ...as } = options;
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, ...as });
  let out = '';
  child.stdout.on('data', chunk => (out += chunk));
  child.stderr.on('data', chunk => (out += chunk));
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 45000);
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before listening: ${out}`));
    });
  });
  // A test that only checks a refusal never awaits `url`; keep that rejection from going unhandled.
  url.catch(() => undefined);
  return { child, url, exited, output: () => out };
}
