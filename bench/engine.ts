/**
 * `node --expose-gc --import tsx bench/engine.ts`: the campaign engine, in-process (no HTTP). Prints:
 *  - generating the `demo` data set (its five weeks of history are engine output), then the clock advanced 30 days
 *    from there (the engine carries its running campaigns on);
 *  - one step of 100,000 contacts enrolled in one campaign sending every day through 100 senders of 1,000 a
 *    day each (every contact's first email is sent).
 * Wall time and the events produced; never asserts.
 */
import { createWorkspace, type Workspace } from '../src/workspace/workspace.js';
import { loadDataSet } from '../seeds/index.js';
import { createTeam } from '../src/resources/supersend/teams/service.js';
import { createCampaign, updateCampaign } from '../src/resources/supersend/campaigns/service.js';
import { upsertContact } from '../src/resources/supersend/contacts/service.js';
import { createSender } from '../src/resources/supersend/senders/service.js';

const DAY = 86_400_000;
/** CPU time of this process (user + system) since `from`: wall time alone says little on a loaded machine. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const count = (n: number) => n.toLocaleString('en-US');

function eventsByType(ws: Workspace, from: number): string {
  const byType = new Map<string, number>();
  for (const e of ws.stores.supersend.events.slice(from)) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  return [...byType].map(([t, n]) => `${t} ${count(n)}`).join(', ');
}

async function demoThirtyDays(): Promise<void> {
  const dataSet = await loadDataSet('demo');
  const ws = createWorkspace({ id: 'default', seed: 'bench' });
  const buildStart = performance.now();
  const buildCpu = process.cpuUsage();
  dataSet.populate(ws);
  const buildMs = performance.now() - buildStart;
  console.log(`  demo, five weeks generated: ${seconds(buildMs)} wall (${seconds(cpuSince(buildCpu))} CPU), ${count(ws.stores.supersend.events.length)} events (${eventsByType(ws, 0)})`);
  const adopted = ws.stores.engine.stepDue.size;
  const before = ws.stores.supersend.events.length;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const ran = await ws.scheduler.advanceTo(ws.clock.now() + 30 * DAY);
  const ms = performance.now() - start;
  const cpuMs = cpuSince(cpu);
  const produced = ws.stores.supersend.events.length - before;
  console.log(`  demo, 30 days: ${seconds(ms)} wall (${seconds(cpuMs)} CPU), ${count(adopted)} contacts on the agenda, ${count(ran)} engine runs, ${count(produced)} events (${eventsByType(ws, before)})`);
}

async function oneStep(size: number): Promise<void> {
  const ws = createWorkspace({ id: 'default', seed: 'bench' });
  ws.clock.freeze();
  const team = createTeam(ws, { name: 'Bench' });
  // Enough room for every contact today (global_max_per_day is at most 1,000 per sender).
  for (let i = 0; i < Math.ceil(size / 1000); i++) {
    createSender(ws, { team_id: team.id, email: `box${i}@bench.test`, send_as: `Box ${i}`, provider: 'google', domain_id: null, max_per_day: 1000, global_max_per_day: 1000 });
  }
  const campaign = createCampaign(ws, {
    name: 'Bench', TeamId: team.id, is_draft: false,
    days: { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: true, sunday: true },
    nodes: [
      { id: 'start', type: 'startNode', data: {} },
      { id: 'e1', type: 'emailNode', data: { subject_a: 'Hello', subject_b: 'Hi' } },
      { id: 'w1', type: 'waitNode', data: { wait: 3, wait_unit: 'days' } },
      { id: 'e2', type: 'emailNode', data: { subject_a: 'Following up' } },
    ],
    edges: [{ id: 'a', source: 'start', target: 'e1' }, { id: 'b', source: 'e1', target: 'w1' }, { id: 'c', source: 'w1', target: 'e2' }],
  });
  updateCampaign(ws, campaign.id, { status: 1 });
  const enrollStart = performance.now();
  for (let i = 0; i < size; i++) upsertContact(ws, { TeamId: team.id, CampaignId: campaign.id, email: `person${i}@bench.test` });
  const enrollMs = performance.now() - enrollStart;
  const before = ws.stores.supersend.events.length;
  const start = performance.now();
  const cpu = process.cpuUsage();
  await ws.scheduler.advanceTo(ws.clock.now() + ws.processingLatencyMs);
  const ms = performance.now() - start;
  const cpuMs = cpuSince(cpu);
  console.log(`  ${count(size)} contacts, one step: ${seconds(ms)} wall (${seconds(cpuMs)} CPU; enrolling took ${seconds(enrollMs)}), ${count(ws.stores.supersend.events.length - before)} events, ${count(ws.stores.engine.outcomes.size)} outcomes drawn for later`);
}

console.log('Campaign engine (in-process)');
await demoThirtyDays();
await oneStep(Number(process.env.BENCH_ENGINE_SIZE ?? 100_000));
