/**
 * Started through npm (`npm start`, `npx sendbox`, a package script), sendbox is a grandchild of the
 * npm process a script holds in `$!`: npm → sh → node. npm passes SIGTERM on to the shell only, which dies
 * without passing it on, so the server would outlive `kill $!` and keep its port. Under npm, the server
 * therefore stops when the process that started it goes away. Started directly (`sendbox &`,
 * `node dist/src/main.js`), it keeps running as a daemon would.
 */

/** How often the parent is checked: a stop takes at most this long after npm is gone. */
const CHECK_INTERVAL_MS = 250;

/** Calls `stop` once if this process was started by npm and its parent process has exited. */
export function stopWithParent(stop: () => void): void {
  if (!process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    // An orphan is adopted by init or a subreaper, so a changed parent id means the parent is gone.
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, CHECK_INTERVAL_MS);
  timer.unref();
}
