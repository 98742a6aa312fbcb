/**
 * Large valid work runs in slices that yield: while one workspace's clock advance imports many queued
 * rows, other workspaces are answered, and a request of the advancing workspace waits until the advance
 * is done (it sees every due job run). Ordering is asserted, never timings.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createClock } from '../../src/workspace/clock.js';
import { createScheduler } from '../../src/workspace/scheduler.js';

type Json = Record<string, any>;

async function target(api: TestApi): Promise<{ TeamId: string; CampaignId: string }> {
  const team = (await api.post('/v2/teams').send({ name: 'Acme' })).body.data;
  const campaign = (await api.post('/v2/campaigns').send({ TeamId: team.id, name: 'Outreach' })).body.data;
  return { TeamId: team.id, CampaignId: campaign.id };
}

/** Resolves to the order in which the promises settled. */
function settleOrder(named: Record<string, PromiseLike<unknown>>): Promise<string[]> {
  const order: string[] = [];
  return Promise.all(Object.entries(named).map(([name, p]) => Promise.resolve(p).then(() => order.push(name)))).then(() => order);
}

describe('work in slices', () => {
  it('answers other workspaces during a long clock advance; the advancing workspace waits for it', async () => {
    const root = await createTestApi({ seedData: false });
    const busy = root.as('test_advancing');
    const other = root.as('test_bystander');
    const busyTarget = await target(busy);
    await target(other);
    expect((await busy.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    const contacts = Array.from({ length: 10_000 }, (_, i) => ({ email: `row.${i}@example.test` }));
    for (let i = 0; i < 5; i++) expect((await busy.post('/v2/contacts/bulk').send({ contacts, ...busyTarget })).status).toBe(202);

    const workspace = root.sandbox.workspace('test:advancing')!;
    const frozenAt = workspace.clock.now();
    const advance = busy.post('/__sandbox/clock/advance').send({ seconds: 3600 }).then(res => res);
    // The next requests go once the advance is under way: the workspace clock has moved to a first job.
    while (workspace.clock.now() === frozenAt) await new Promise(resolve => setImmediate(resolve));
    expect(workspace.scheduler.pending().length).toBeGreaterThan(0);
    const bystander = other.get('/v2/teams').then(res => res);
    const ownClock = busy.get('/__sandbox/clock').then(res => res);
    const order = await settleOrder({ advance, bystander, ownClock });

    expect(order.indexOf('bystander')).toBeLessThan(order.indexOf('advance'));
    expect((await bystander).status).toBe(200);
    const advanced = (await advance).body.data as Json;
    expect(advanced.pending_jobs).toBe(0);
    // Per upload: its start, then 20 batches of 500 rows.
    expect(advanced.ran).toBe(5 * 21);
    // The workspace's own request saw the advance whole: nothing pending, the clock at its target.
    const clock = (await ownClock).body.data as Json;
    expect(clock.pending_jobs).toBe(0);
    expect(clock.now).toBe(advanced.now);
  }, 120_000);

  it('runs of one scheduler never overlap, and a run waits for the advance before it', async () => {
    const clock = createClock({ startAt: 0, frozen: true });
    const scheduler = createScheduler(clock);
    const log: string[] = [];
    for (let at = 1000; at <= 5000; at += 1000) {
      scheduler.at(at, `t${at}`, async slice => {
        log.push(`start ${at}`);
        await slice.pause();
        log.push(`end ${at}`);
      });
    }
    const advance = scheduler.advanceTo(3000);
    const due = scheduler.runDue();
    expect(await advance).toBe(3);
    // Due at 3000 once the advance is done: nothing left for the run queued behind it.
    expect(await due).toBe(0);
    expect(log).toEqual(['start 1000', 'end 1000', 'start 2000', 'end 2000', 'start 3000', 'end 3000']);
    clock.set(5000);
    expect(await scheduler.runDue()).toBe(2);
    expect(log.slice(6)).toEqual(['start 4000', 'end 4000', 'start 5000', 'end 5000']);
  });
});
