/**
 * Writes apply whole or not at all (src/workspace/writes.ts). For each kind of write, the test hook
 * `writes.failNextWriteAfter(n)` makes the write throw when it is about to make change n + 1, for every n
 * from 0 until the write gets through: each refused attempt answers 500 and leaves the exported state
 * (GET /__sandbox/state) deep-equal to what it was; the write that gets through then changes it. So no
 * write can be left half-applied at any of its steps. A handler that throws after its changes, or whose
 * answer cannot be rendered, is undone the same way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import supertest, { type Response, type Test } from 'supertest';
import { createTestApi, SECRET_KEY, SUPERSEND_KEY, type TestApi } from '../support/api.js';
import { apiHandlers } from '../../src/resources/handlers.js';
import { createSender } from '../../src/resources/supersend/senders/service.js';

const T0 = '2026-03-02T09:00:00.000Z';
/** More steps than any write below makes; a write still failing after this many is a loop, not a write. */
const MAX_STEPS = 200;

async function ok(res: Promise<Response> | Response, status = 200): Promise<Response> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r;
}

type Send = (client: Client) => Test;

/** Requests that may answer 500 (an injected fault is no documented answer), so no contract check here. */
interface Client {
  post(path: string): Test;
  put(path: string): Test;
  patch(path: string): Test;
  delete(path: string): Test;
}

function rawClient(api: TestApi): Client {
  const agent = supertest(api.sandbox.app);
  const auth = (test: Test, path: string) => test.set('Authorization', `Bearer ${path.startsWith('/contacts') ? SECRET_KEY : SUPERSEND_KEY}`);
  return {
    post: path => auth(agent.post(path), path),
    put: path => auth(agent.put(path), path),
    patch: path => auth(agent.patch(path), path),
    delete: path => auth(agent.delete(path), path),
  };
}

async function exportState(api: TestApi): Promise<unknown> {
  return (await ok(api.get('/__sandbox/state'))).body;
}

/**
 * Fails the write after 0, 1, 2, … changes until it gets through; answers how many changes it made and
 * the successful answer. Every failed attempt must leave the state exactly as it was.
 */
async function failAtEveryStep(api: TestApi, send: Send, status: number): Promise<{ steps: number; res: Response }> {
  const client = rawClient(api);
  const before = await exportState(api);
  const pendingBefore = (await ok(api.get('/__sandbox/clock'))).body.data.pending_jobs;
  for (let n = 0; n < MAX_STEPS; n++) {
    api.sandbox.workspace('default')!.writes.failNextWriteAfter(n);
    const res = await send(client);
    if (res.status !== 500) {
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(await exportState(api)).not.toEqual(before);
      return { steps: n, res };
    }
    expect(await exportState(api), `state after a fault at change ${n + 1}`).toEqual(before);
    expect((await ok(api.get('/__sandbox/clock'))).body.data.pending_jobs).toBe(pendingBefore);
  }
  throw new Error(`the write still failed after ${MAX_STEPS} steps`);
}

interface World {
  team: string;
  draft: string;
  active: string;
  target: string;
  contacts: string[];
}

let api: TestApi;
let world: World;

beforeAll(async () => {
  api = await createTestApi({ seedData: false });
  await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
  await ok(api.post('/__sandbox/clock').send({ action: 'set', at: T0 }));
  const team = (await ok(api.post('/v2/teams').send({ name: 'Northwind Outbound' }), 201)).body.data.id as string;
  await ok(api.post('/v2/labels').send({ name: 'Hot Lead', color: '#2E7D32', team_id: team, applies_to: 'contact' }), 201);
  const draft = (await ok(api.post('/v2/campaigns').send({ TeamId: team, name: 'Draft' }), 201)).body.data.id as string;
  const active = (await ok(api.post('/v2/campaigns').send({ TeamId: team, name: 'Live', is_draft: false }), 201)).body.data.id as string;
  const target = (await ok(api.post('/v2/campaigns').send({ TeamId: team, name: 'Target' }), 201)).body.data.id as string;
  const contacts: string[] = [];
  for (const [i, email] of ['ada@analytical.test', 'bob@builder.test', 'cy@cyber.test', 'dee@deep.test'].entries()) {
    const campaign = i < 3 ? draft : active;
    contacts.push((await ok(api.post('/v2/contacts').send({ TeamId: team, CampaignId: campaign, email, labels: ['Hot Lead'] }), 201)).body.data.id);
  }
  await ok(api.post('/v2/contacts').send({ TeamId: team, CampaignId: active, email: 'ada@analytical.test' }), 201);
  await ok(api.post('/contacts').send({ email: 'zed@project.test', data: { plan: 'pro' } }), 201);
  await ok(api.post('/contacts').send({ email: 'amy@project.test' }), 201);
  world = { team, draft, active, target, contacts };
});

describe('a write that fails at any step leaves the workspace as it was', () => {
  it('V2 contact create (profile, labels, validation credits, enrollment, event)', async () => {
    const { steps, res } = await failAtEveryStep(api, c => c.post('/v2/contacts').send({
      TeamId: world.team, CampaignId: world.draft, email: 'eve@example.test', first_name: 'Eve', labels: ['Hot Lead'], validate_emails: true,
    }), 201);
    expect(steps).toBeGreaterThan(5);
    world.contacts.push(res.body.data.id);
  });

  it('V2 contact update (email re-indexed on the profile)', async () => {
    const { steps } = await failAtEveryStep(api, c => c.patch(`/v2/contacts/${world.contacts[1]}`).send({
      email: 'robert@builder.test', first_name: 'Robert', interest: 'interested', custom: { tier: 'gold' },
    }), 200);
    expect(steps).toBeGreaterThan(3);
    const found = await ok(api.get(`/v2/contacts?TeamId=${world.team}&email=robert@builder.test`));
    expect(found.body.data.map((c: { id: string }) => c.id)).toEqual([world.contacts[1]]);
  });

  it('V1 contact create', async () => {
    await failAtEveryStep(api, c => c.post('/v1/contact/create').send({ TeamId: world.team, CampaignId: world.target, email: 'fay@example.test' }), 201);
  });

  it('V1 bulk action transfer (campaign membership order kept)', async () => {
    const { steps } = await failAtEveryStep(api, c => c.post('/v1/contact/bulk-action').send({
      action: 'transfer', campaign_id: world.draft, to_campaign_id: world.target, contact_ids: [world.contacts[0], world.contacts[2]],
    }), 200);
    expect(steps).toBeGreaterThan(5);
  });

  it('V1 bulk action over the filters', async () => {
    await failAtEveryStep(api, c => c.post('/v1/contact/bulk-action').send({ action: 'verify_contacts', campaign_id: world.target }), 200);
  });

  it('team update (nested preferences)', async () => {
    await failAtEveryStep(api, c => c.patch(`/v2/teams/${world.team}`).send({
      name: 'Northwind', inbox_auto_tag_settings: { auto_tag_bounced: true },
    }), 200);
  });

  it('inbox reply link click (click store, rollup, contact flag, event)', async () => {
    const { steps } = await failAtEveryStep(api, c => c.post('/__sandbox/link-clicks').send({
      contact_id: world.contacts[3], original_url: 'https://northwind.test/pricing',
    }), 201);
    expect(steps).toBeGreaterThan(5);
  });

  it('upload accept (the upload and its queued work)', async () => {
    await failAtEveryStep(api, c => c.post('/v2/contacts/bulk').send({
      TeamId: world.team, CampaignId: world.active, contacts: [{ email: 'gus@upload.test' }, { email: 'hal@upload.test' }],
    }), 202);
  });

  it('label delete (detached from every profile)', async () => {
    const labels = await ok(api.get(`/v2/labels?team_id=${world.team}`));
    const id = labels.body.data[0].id as string;
    const { steps } = await failAtEveryStep(api, c => c.delete(`/v2/labels/${id}`), 200);
    expect(steps).toBeGreaterThan(3);
  });

  it('campaign delete: a draft goes for good with its enrollments', async () => {
    const { steps, res } = await failAtEveryStep(api, c => c.delete(`/v2/campaigns/${world.draft}`), 200);
    expect(res.body.message).toMatch(/deleted/i);
    expect(steps).toBeGreaterThan(3);
  });

  it('campaign delete: a live campaign is archived with its enrollments', async () => {
    const { steps } = await failAtEveryStep(api, c => c.delete(`/v2/campaigns/${world.active}`), 200);
    expect(steps).toBeGreaterThan(2);
  });

  it('secret-key upsert: a new contact and an existing one', async () => {
    await failAtEveryStep(api, c => c.post('/contacts').send({ email: 'kim@project.test', data: { plan: 'free' } }), 201);
    await failAtEveryStep(api, c => c.post('/contacts').send({ email: 'Zed@Project.test', subscribed: false, data: { seats: 3 } }), 200);
  });

  it('secret-key update and delete', async () => {
    const listed = await ok(api.get('/contacts'));
    const [first, second] = listed.body.data as { id: string }[];
    await failAtEveryStep(api, c => c.patch(`/contacts/${first.id}`).send({ email: 'renamed@project.test', data: { plan: null } }), 200);
    await failAtEveryStep(api, c => c.delete(`/contacts/${second.id}`), 204);
  });

  it('secret-key jobs: an import and a bulk action are queued whole or not at all', async () => {
    await failAtEveryStep(api, c => c.post('/contacts/import').attach('file', Buffer.from('email\nlee@csv.test\n'), { filename: 'c.csv', contentType: 'text/csv' }), 202);
    await failAtEveryStep(api, c => c.post('/contacts/bulk-unsubscribe').send({ mode: 'query', filter: { search: 'project' } }), 202);
  });

  it('blacklist add and delete (entry, item index, creation order)', async () => {
    const { res } = await failAtEveryStep(api, c => c.post('/v2/blacklist').send({ item: 'Rival.test', level: 'campaign', campaign_id: world.active }), 201);
    await failAtEveryStep(api, c => c.delete(`/v2/blacklist/${res.body.data.id}`), 200);
  });

  it('placement test create (credits spent, the test and its planned results)', async () => {
    const ws = api.sandbox.workspace('default')!;
    const sender = createSender(ws, { team_id: world.team, email: 'ann@northwind.test', send_as: 'Ann', provider: 'google', domain_id: null });
    const { steps } = await failAtEveryStep(api, c => c.post('/v2/placement-tests').send({ team_id: world.team, sender_id: sender.id, seed_count: 3 }), 201);
    expect(steps).toBeGreaterThan(1);
  });

  it('PUT /__sandbox/state replaces everything or nothing', async () => {
    const other = await createTestApi({ seed: 'other' });
    const snapshot = await exportState(other);
    const { steps } = await failAtEveryStep(api, c => c.put('/__sandbox/state').send(snapshot as object), 200);
    expect(steps).toBeGreaterThan(3);
    const after = (await exportState(api)) as { supersend: unknown };
    expect(after.supersend).toEqual((snapshot as { supersend: unknown }).supersend);
  });

  it('queued work still runs after failed writes, and every list still answers', async () => {
    await ok(api.post('/__sandbox/clock/advance').send({ seconds: 30 }));
    expect((await ok(api.get('/__sandbox/clock'))).body.data.pending_jobs).toBe(0);
    await ok(api.get('/contacts'));
    await ok(api.get('/v2/teams'));
    await ok(api.get('/v2/events'));
  });
});

describe('a handler that throws after changing state, or whose answer cannot be rendered', () => {
  let real: ReturnType<typeof apiHandlers>;

  beforeAll(() => {
    real = apiHandlers(0, 'test');
  });

  async function teamsOf(test: TestApi): Promise<string[]> {
    return (await ok(test.get('/v2/teams'))).body.data.map((t: { name: string }) => t.name);
  }

  it('throws after its changes: nothing is kept', async () => {
    const test = await createTestApi({
      seedData: false,
      handlers: {
        createTeam: async ctx => {
          await real.createTeam(ctx);
          throw new Error('handler bug after the change');
        },
      },
    });
    await ok(test.post('/__sandbox/clock').send({ action: 'freeze' }));
    const before = await exportState(test);
    const res = await rawClient(test).post('/v2/teams').send({ name: 'Half made' });
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal_error');
    expect(await exportState(test)).toEqual(before);
    expect(await teamsOf(test)).toEqual([]);
  });

  it('answers a body that cannot be serialised: the change is undone', async () => {
    const test = await createTestApi({
      seedData: false,
      handlers: {
        createTeam: async ctx => ({ ...(await real.createTeam(ctx)), body: { id: BigInt(1) } }),
      },
    });
    await ok(test.post('/__sandbox/clock').send({ action: 'freeze' }));
    const before = await exportState(test);
    const res = await rawClient(test).post('/v2/teams').send({ name: 'Unrenderable' });
    expect(res.status).toBe(500);
    expect(await exportState(test)).toEqual(before);
    expect(await teamsOf(test)).toEqual([]);
  });
});
