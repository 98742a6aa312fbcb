/**
 * The cost of atomic writes (src/workspace/writes.ts) at scale: a workspace holding N SuperSend contacts
 * and N secret-key contacts (default 100k each), then p50/p99 of domain writes called directly, (a) with
 * no write open (nothing logged), (b) as a write that commits, (c) as a write that rolls back. The
 * difference between (a) and (b) is the undo log's cost; it must not grow with the workspace.
 */
import { createSandbox } from '../src/sandbox.js';
import { createTeam } from '../src/resources/supersend/teams/service.js';
import { createCampaign, deleteCampaign } from '../src/resources/supersend/campaigns/service.js';
import { updateContact, upsertContact } from '../src/resources/supersend/contacts/service.js';
import { skContactService } from '../src/resources/sk/contacts/service.js';
import type { Workspace } from '../src/workspace/workspace.js';

const SIZE = Number(process.env.BENCH_CONTACTS ?? 100_000);
const RUNS = Number(process.env.BENCH_REQUESTS ?? 2000);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

class Rollback extends Error {}

type Mode = 'unlogged' | 'commit' | 'rollback';

async function time(ws: Workspace, label: string, op: (i: number) => void, runs = RUNS): Promise<void> {
  const row: string[] = [];
  let run = 0;
  const once = async (mode: Mode) => {
    if (mode === 'unlogged') return op(run++);
    await ws.writes.apply(() => {
      op(run++);
      if (mode === 'rollback') throw new Rollback();
    }).catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  };
  for (const mode of ['unlogged', 'commit', 'rollback'] as Mode[]) {
    // A warm-up pass first, so the figures are not the JIT's and the young generation's first steps.
    for (let i = 0; i < Math.ceil(runs / 4); i++) await once(mode);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      await once(mode);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    row.push(`${mode} p50 ${percentile(times, 50).toFixed(3)} p99 ${percentile(times, 99).toFixed(3)}`);
  }
  console.log(`  ${label.padEnd(40)} ${row.join(' | ')} ms`);
}

export async function runWritesBench(): Promise<void> {
  const sandbox = await createSandbox({ seedData: false });
  const ws = sandbox.workspace('default')!;
  ws.clock.freeze();
  const team = createTeam(ws, { name: 'Bench Team' });
  const campaign = createCampaign(ws, { name: 'Bench Campaign', TeamId: team.id, is_draft: false });
  const enrollments: string[] = [];
  for (let i = 0; i < SIZE; i++) {
    const r = upsertContact(ws, { TeamId: team.id, CampaignId: campaign.id, email: `c${i}@bench.test`, first_name: 'Bench' });
    if (r.kind === 'enrollment') enrollments.push(r.enrollment.id);
  }
  const sk = skContactService(ws.stores.skProject, ws.clock, ws.random);
  for (let i = 0; i < SIZE; i++) sk.upsert({ email: `p${i}@bench.test`, data: { n: i } });
  console.log(`Writes: ${SIZE} SuperSend contacts and ${SIZE} secret-key contacts; ${RUNS} runs per mode, in process (no HTTP)`);

  await time(ws, 'upsert existing V2 contact', i =>
    upsertContact(ws, { TeamId: team.id, CampaignId: campaign.id, email: `c${(i * 7) % SIZE}@bench.test`, title: `T${i}` }));
  await time(ws, 'upsert new V2 contact', i =>
    upsertContact(ws, { TeamId: team.id, CampaignId: campaign.id, email: `n${i}@bench.test`, first_name: 'New' }));
  await time(ws, 'PATCH V2 contact (email re-indexed)', i =>
    updateContact(ws, enrollments[(i * 13) % enrollments.length], { email: `e${i}@bench.test`, interest: 'interested' }));
  await time(ws, 'secret-key upsert (existing)', i => sk.upsert({ email: `p${(i * 11) % SIZE}@bench.test`, data: { seen: i } }));
  await time(ws, 'secret-key delete + re-create', i => {
    const email = `p${(i * 17) % SIZE}@bench.test`;
    const found = ws.stores.skProject.contacts.byEmail(email);
    if (found) sk.remove(found.id);
    sk.upsert({ email });
  });
  // Deleting a draft campaign with contacts is O(team) already (the team's order is rebuilt); the log
  // adds one copy of the enrollment keys (kept order on rollback). Few runs: each costs milliseconds.
  await time(ws, 'delete draft campaign with 10 contacts', i => {
    const draft = createCampaign(ws, { name: `Draft ${i}`, TeamId: team.id });
    for (let k = 0; k < 10; k++) upsertContact(ws, { TeamId: team.id, CampaignId: draft.id, email: `c${(i * 10 + k) % SIZE}@bench.test` });
    deleteCampaign(ws, draft.id);
  }, 50);
}
