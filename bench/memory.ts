/**
 * Memory held per stored contact: `POST /v2/contacts` with a new email each, in-process, heap measured
 * after full garbage collections (run with --expose-gc, as `npm run bench` does). The journal is filled
 * to its 1,000-entry ring first, so what grows afterwards is the contacts and what each create stores
 * with them (its team profile, its event). Idle RSS of the CLI is in the start-up figures.
 */
import { pathToFileURL } from 'node:url';
import { ROOT } from './servers.js';
import { ensureBuilt } from '../test/support/build.js';
import { exchange } from './hot-path.js';

const CONTACTS = Number(process.env.BENCH_MEMORY_CONTACTS ?? 20_000);

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export async function runMemoryBench(): Promise<void> {
  ensureBuilt();
  const { createSandbox } = (await import(pathToFileURL(`${ROOT}dist/src/sandbox.js`).href)) as typeof import('../src/sandbox.js');
  const idle = heapAfterGc();
  const sandbox = await createSandbox();
  const loaded = heapAfterGc();
  const teams = await exchange(sandbox, 'GET', '/v2/teams?limit=1', 'Bearer sandbox_key');
  const teamId = (JSON.parse(teams.body) as { data: { id: string }[] }).data[0].id;
  let n = 0;
  const create = async () => {
    const body = JSON.stringify({ TeamId: teamId, email: `memory.${++n}@example.com`, first_name: 'Bench', company_name: 'Loadtest Ltd' });
    const res = await exchange(sandbox, 'POST', '/v2/contacts', 'Bearer sandbox_key', body);
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.body}`);
  };
  for (let i = 0; i < 1000; i++) await create();
  const ws = sandbox.workspace('default')!;
  const counts = () => ({ profiles: ws.stores.supersend.profiles.size, events: ws.stores.supersend.events.length });
  const stored = counts();
  const before = heapAfterGc();
  for (let i = 0; i < CONTACTS; i++) await create();
  const after = heapAfterGc();
  const added = { profiles: counts().profiles - stored.profiles, events: counts().events - stored.events };
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `\nMemory (in-process heap after GC): sendbox with the default data set ${mb(loaded - idle)} over Node's own ${mb(idle)}; ` +
      `${CONTACTS.toLocaleString('en-US')} creates with a full journal: +${mb(after - before)}, ` +
      `${Math.round((after - before) / CONTACTS).toLocaleString('en-US')} bytes per stored contact ` +
      `(they added ${added.profiles.toLocaleString('en-US')} team profiles and ${added.events.toLocaleString('en-US')} events, with the maps and indexes that find them)`,
  );
  await sandbox.close();
}
