/**
 * V2 placement tests: creation rules (seed count, an active sender of the team, credits from the pool shared
 * with email verification), the course on the workspace clock (pending → sending → sent → completed) with
 * per-seed results, score and summary, list filters, sort, summary and conditional filters, and the tests
 * in a snapshot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { advanceClock, newTeam, setClock, type Json } from '../support/fixtures.js';
import { createSender } from '../../src/resources/supersend/senders/service.js';
import type { Sender, SenderProvider } from '../../src/resources/supersend/senders/store.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const START = '2026-03-10T12:00:00.000Z';

// A worker's first sandbox loads Faker and compiles the response checker: paid once here, with room for a
// busy machine, so each test's own setup stays within the hook timeout.
beforeAll(async () => {
  await createTestApi();
}, 120_000);

/** Setup standing in for the seeds (V2 has no sender create): a mailbox of the team in the default workspace. */
function mailbox(api: TestApi, teamId: string, email: string, extra: Partial<Sender> & { provider?: SenderProvider } = {}): Sender {
  const ws = api.sandbox.workspace('default')!;
  return createSender(ws, { team_id: teamId, email, send_as: `Maya Patel <${email}>`, provider: 'google', domain_id: null, health_score: 90, ...extra });
}

function setCredits(api: TestApi, credits: number): void {
  api.sandbox.workspace('default')!.stores.supersend.org.verification_credits = credits;
}

async function create(api: TestApi, body: Json, status = 201): Promise<Json> {
  const res = await api.post('/v2/placement-tests').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return status === 201 ? res.body.data : res.body.error;
}

async function getTest(api: TestApi, id: string): Promise<Json> {
  const res = await api.get(`/v2/placement-tests/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

async function list(api: TestApi, query = ''): Promise<Json> {
  const res = await api.get(`/v2/placement-tests${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function freshApi(): Promise<TestApi> {
  const api = await createTestApi({ seedData: false });
  await api.post('/__sandbox/clock').send({ action: 'freeze' });
  await setClock(api, START);
  return api;
}

describe('POST /v2/placement-tests', () => {
  let api: TestApi;
  let team: Json;
  let sender: Sender;
  beforeAll(async () => {
    api = await freshApi();
    team = await newTeam(api, { name: 'Brightline' });
    sender = mailbox(api, team.id, 'maya@trybrightline.test');
  });

  it('creates a pending test with defaults, spending one credit per seed', async () => {
    setCredits(api, 25);
    const test = await create(api, { team_id: team.id, sender_id: sender.id });
    expect(test).toEqual({
      object: 'placement_test', id: expect.any(String), name: 'Untitled Test', status: 'pending', tracking_code: expect.stringMatching(/^ss-[0-9a-f]{6}$/),
      credit_cost: 10, total_seeds: 10, auto_send: false,
      seed_addresses: Array.from({ length: 10 }, (_, i) => ({
        email: (i + 1) % 3 === 0 ? `seed-${String(i + 1).padStart(2, '0')}@outlook-seeds.supersend.io` : `seed-${String(i + 1).padStart(2, '0')}@inboxcheck.supersend.io`,
      })),
      sender_id: sender.id, team_id: team.id, created_at: START,
    });
    const got = await getTest(api, test.id);
    expect(got).toMatchObject({
      status: 'pending', score: null, sent_at: null, completed_at: null, placement_results: [],
      results_summary: { inbox: 0, spam: 0, not_received: 0, bounced: 0 },
      sender: { id: sender.id, email: 'maya@trybrightline.test', provider: 'google' },
      created_by: { name: 'Sandbox User', email: 'owner@sandbox.test' },
      test_email_from: 'Maya Patel <maya@trybrightline.test>', test_email_subject: null, is_auto_test: false,
    });
    // 15 credits are left: a 16-seed test is refused with both figures, and nothing is created.
    const short = await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 16 }, 402);
    expect(short).toMatchObject({ code: 'insufficient_credits', requiredCredits: 16, availableCredits: 15 });
    expect((await list(api)).pagination.total).toBe(1);
    await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 15, name: 'Last credits' });
    expect(await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 1 }, 402)).toMatchObject({ requiredCredits: 1, availableCredits: 0 });
    expect((await list(api)).pagination.total).toBe(2);
  });

  it('spends from the pool email verification uses', async () => {
    setCredits(api, 3);
    await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 2 });
    const verify = await api.post('/v2/email-validation/verify').send({ email: 'ada@example.com' });
    expect(verify.status).toBe(200);
    const again = await api.post('/v2/email-validation/verify').send({ email: 'ada@example.com' });
    expect(again.status).toBe(402);
    expect(again.body.error).toMatchObject({ availableCredits: 0 });
  });

  it('requires an active sender of the team, and a seed count from 1 to 50', async () => {
    setCredits(api, 1000);
    const other = await newTeam(api, { name: 'Other' });
    const foreign = mailbox(api, other.id, 'sam@other.test');
    const disabled = mailbox(api, team.id, 'off@trybrightline.test', { disabled: true });
    const before = (await list(api)).pagination.total;
    expect(await create(api, { team_id: team.id, sender_id: foreign.id }, 400)).toMatchObject({ param: 'sender_id' });
    expect(await create(api, { team_id: team.id, sender_id: disabled.id }, 400)).toMatchObject({ param: 'sender_id' });
    expect(await create(api, { team_id: team.id, sender_id: UNKNOWN_ID }, 400)).toMatchObject({ param: 'sender_id' });
    expect(await create(api, { team_id: team.id }, 400)).toMatchObject({ param: 'sender_id' });
    expect(await create(api, { sender_id: sender.id }, 400)).toMatchObject({ param: 'team_id' });
    expect(await create(api, { team_id: UNKNOWN_ID, sender_id: sender.id }, 403)).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
    expect(await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 0 }, 400)).toMatchObject({ param: 'seed_count' });
    expect(await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 51 }, 400)).toMatchObject({ param: 'seed_count' });
    expect((await list(api)).pagination.total).toBe(before);
    expect((await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 50 })).total_seeds).toBe(50);
  });

  it('answers 404 for an unknown test', async () => {
    const res = await api.get(`/v2/placement-tests/${UNKNOWN_ID}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ type: 'not_found_error', code: 'placement_test_not_found' });
  });
});

describe('the course of a test on the workspace clock', () => {
  it('goes pending → sending → sent → completed, results appearing as the seeds are checked', async () => {
    const api = await freshApi();
    const team = await newTeam(api);
    const sender = mailbox(api, team.id, 'maya@course.test');
    const { id } = await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 12, name: 'Course' });
    expect((await getTest(api, id)).status).toBe('pending');

    await advanceClock(api, 1);
    const sending = await getTest(api, id);
    expect(sending).toMatchObject({ status: 'sending', sent_at: null, placement_results: [], updated_at: '2026-03-10T12:00:01.000Z' });

    await advanceClock(api, 5 * 60);
    const sent = await getTest(api, id);
    expect(sent).toMatchObject({ status: 'sent', sent_at: '2026-03-10T12:05:01.000Z', completed_at: null, score: null, updated_at: sent.sent_at });
    expect(sent.placement_results).toHaveLength(12);
    expect(sent.placement_results.every((r: Json) => r.placement === 'not_received' && r.checked_at === null && r.check_attempts === 0)).toBe(true);
    expect(sent.results_summary).toEqual({ inbox: 0, spam: 0, not_received: 12, bounced: 0 });

    await advanceClock(api, 5 * 60);
    const checkedOnce = await getTest(api, id);
    expect(checkedOnce.status).toBe('sent');
    const settled = checkedOnce.placement_results.filter((r: Json) => r.checked_at !== null);
    expect(settled.every((r: Json) => r.check_attempts === 1 && r.checked_at === '2026-03-10T12:10:01.000Z')).toBe(true);

    await advanceClock(api, 10 * 60);
    const done = await getTest(api, id);
    expect(done).toMatchObject({ status: 'completed', completed_at: '2026-03-10T12:20:01.000Z', updated_at: '2026-03-10T12:20:01.000Z' });
    const counts = { inbox: 0, spam: 0, not_received: 0, bounced: 0 } as Record<string, number>;
    for (const r of done.placement_results) {
      counts[r.placement] += 1;
      expect(r.checked_at).not.toBeNull();
      expect(r.received_at === null).toBe(r.placement === 'not_received' || r.placement === 'bounced');
      expect(r.metadata.provider).toBe(r.seed_email.includes('outlook') ? 'outlook' : 'gmail');
    }
    expect(done.results_summary).toEqual(counts);
    expect(done.score).toBe(Math.round((100 * counts.inbox) / 12));
    expect(done.seed_addresses.map((s: Json) => s.email)).toEqual(done.placement_results.map((r: Json) => r.seed_email));
  });

  it('starts sending at once with auto_send', async () => {
    const api = await freshApi();
    const team = await newTeam(api);
    const sender = mailbox(api, team.id, 'maya@auto.test');
    const test = await create(api, { team_id: team.id, sender_id: sender.id, auto_send: true });
    expect(test.status).toBe('sending');
    expect((await getTest(api, test.id)).status).toBe('sending');
  });

  it('draws the same outcomes for the same seed, weighted by the sender health and provider', async () => {
    const outcomes = async (health: number, provider: SenderProvider) => {
      const api = await freshApi();
      const team = await newTeam(api);
      const sender = mailbox(api, team.id, 'maya@weights.test', { health_score: health, provider });
      const { id } = await create(api, { team_id: team.id, sender_id: sender.id, seed_count: 50 });
      await advanceClock(api, 60 * 60);
      return getTest(api, id);
    };
    const healthy = await outcomes(99, 'google');
    const again = await outcomes(99, 'google');
    expect(again.placement_results.map((r: Json) => r.placement)).toEqual(healthy.placement_results.map((r: Json) => r.placement));
    expect(again.score).toBe(healthy.score);
    const poor = await outcomes(20, 'smtp');
    expect(healthy.results_summary.inbox).toBeGreaterThan(40);
    expect(poor.results_summary.inbox).toBeLessThan(20);
    expect(poor.score).toBeLessThan(healthy.score);
  });
});

describe('GET /v2/placement-tests', () => {
  let api: TestApi;
  let team: Json;
  let other: Json;
  let google: Sender;
  let smtp: Sender;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await freshApi();
    setCredits(api, 1000);
    team = await newTeam(api, { name: 'Acme' });
    other = await newTeam(api, { name: 'Globex' });
    google = mailbox(api, team.id, 'ann@acme.test', { health_score: 99 });
    smtp = mailbox(api, team.id, 'bob@acme.test', { provider: 'smtp', health_score: 30 });
    const globex = mailbox(api, other.id, 'cy@globex.test');
    ids.alpha = (await create(api, { team_id: team.id, sender_id: google.id, name: 'Alpha check', seed_count: 20 })).id;
    await advanceClock(api, 3600);
    ids.beta = (await create(api, { team_id: team.id, sender_id: smtp.id, name: 'Beta check', seed_count: 20 })).id;
    await advanceClock(api, 3600);
    ids.gamma = (await create(api, { team_id: team.id, sender_id: google.id, name: 'Gamma', auto_send: true })).id;
    ids.delta = (await create(api, { team_id: other.id, sender_id: globex.id, name: 'Delta' })).id;
  });

  it('lists newest first with each test at the clock instant, and a summary of the matched tests', async () => {
    const page = await list(api, `?team_id=${team.id}`);
    expect(page.data.map((t: Json) => t.name)).toEqual(['Gamma', 'Beta check', 'Alpha check']);
    expect(page.data.map((t: Json) => t.status)).toEqual(['sending', 'completed', 'completed']);
    const [alpha, beta] = [await getTest(api, ids.alpha), await getTest(api, ids.beta)];
    const { placement_results: _r, seed_addresses: _s, test_email_body: _b, test_email_from: _f, test_email_subject: _j, ...alphaListed } = alpha;
    expect(page.data[2]).toEqual(alphaListed);
    expect(page.summary).toEqual({
      total_tests: 3, completed_tests: 2, average_score: Math.round(10 * (alpha.score + beta.score) / 2) / 10, tests_this_month: 3,
      last_test: { id: ids.gamma, name: 'Gamma', score: null, status: 'sending', created_at: '2026-03-10T14:00:00.000Z' },
    });
    const bare = await list(api, `?team_id=${team.id}&include_summary=false`);
    expect(bare).not.toHaveProperty('summary');
    expect(bare.pagination).toEqual({ total: 3, limit: 50, offset: 0, has_more: false });
  });

  it('filters by team, sender, status and name', async () => {
    const names = async (q: string) => (await list(api, q)).data.map((t: Json) => t.name);
    expect(await names('')).toEqual(['Delta', 'Gamma', 'Beta check', 'Alpha check']);
    expect(await names(`?sender_id=${smtp.id}`)).toEqual(['Beta check']);
    expect(await names('?status=completed')).toEqual(['Beta check', 'Alpha check']);
    expect(await names('?status=pending')).toEqual(['Delta']);
    expect(await names('?search=CHECK')).toEqual(['Beta check', 'Alpha check']);
    const denied = await api.get(`/v2/placement-tests?team_id=${UNKNOWN_ID}`);
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
  });

  it('sorts by name, score (tests without one last), status and dates', async () => {
    const names = async (q: string) => (await list(api, `?team_id=${team.id}&${q}`)).data.map((t: Json) => t.name);
    expect(await names('sort_by=name&sort_order=asc')).toEqual(['Alpha check', 'Beta check', 'Gamma']);
    const [alpha, beta] = [await getTest(api, ids.alpha), await getTest(api, ids.beta)];
    const byScore = [alpha, beta].sort((a, b) => b.score - a.score).map(t => t.name);
    expect(await names('sort_by=score')).toEqual([...byScore, 'Gamma']);
    expect(await names('sort_by=score&sort_order=asc')).toEqual([...byScore.reverse(), 'Gamma']);
    expect(await names('sort_by=status&sort_order=asc')).toEqual(['Alpha check', 'Beta check', 'Gamma']);
    expect(await names('sort_by=completed_at&sort_order=desc')).toEqual(['Beta check', 'Alpha check', 'Gamma']);
    expect(await names('sort_by=created_at&sort_order=asc')).toEqual(['Alpha check', 'Beta check', 'Gamma']);
  });

  it('applies conditional filters on score and dates; malformed ones are a 400 naming the param', async () => {
    const [alpha, beta] = [await getTest(api, ids.alpha), await getTest(api, ids.beta)];
    const q = (filters: unknown) => `?team_id=${team.id}&conditional_filters=${encodeURIComponent(JSON.stringify(filters))}`;
    const names = async (filters: unknown) => (await list(api, q(filters))).data.map((t: Json) => t.name);
    const high = Math.max(alpha.score, beta.score);
    expect(await names([{ field: 'score', operator: 'gte', value: high }])).toEqual([alpha.score === high ? 'Alpha check' : 'Beta check']);
    expect(await names([{ field: 'score', operator: 'lte', value: 100 }])).toEqual(['Beta check', 'Alpha check']);
    expect(await names({ field: 'created_at', operator: 'gt', value: '2026-03-10T12:30:00Z' })).toEqual(['Gamma', 'Beta check']);
    expect(await names([{ field: 'sent_at', operator: 'lt', value: '2026-03-10T13:00:00Z' }, { field: 'score', operator: 'gte', value: 0 }])).toEqual(['Alpha check']);
    for (const bad of ['{not json', JSON.stringify([{ field: 'opens', operator: 'gt', value: 1 }]), JSON.stringify([{ field: 'score', operator: 'over', value: 1 }]), JSON.stringify([{ field: 'score', operator: 'gt', value: 'high' }]), JSON.stringify([{ field: 'sent_at', operator: 'gt', value: 'yesterday' }])]) {
      const res = await api.get(`/v2/placement-tests?conditional_filters=${encodeURIComponent(bad)}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_error', param: 'conditional_filters' });
    }
  });

  it('round-trips through a workspace snapshot, and the tests move on in the copy', async () => {
    const state = await api.get('/__sandbox/state');
    expect(state.body.supersend.placement_tests).toHaveLength(4);
    const copy = await createTestApi({ seedData: false });
    const put = await copy.put('/__sandbox/state').send(state.body);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.data.counts.placement_tests).toBe(4);
    const strip = (body: Json) => ({ ...body, request_id: undefined });
    expect(strip(await list(copy))).toEqual(strip(await list(api)));
    expect(strip(await getTest(copy, ids.beta))).toEqual(strip(await getTest(api, ids.beta)));
    await advanceClock(copy, 3600);
    expect((await getTest(copy, ids.gamma)).status).toBe('completed');
  });
});

describe('the default data set', () => {
  it('holds tests in every status, the ones under way moving on from the moment it is loaded', { timeout: 120_000 }, async () => {
    const seeded = await createTestApi();
    await seeded.post('/__sandbox/clock').send({ action: 'freeze' });
    const statuses = async () => (await list(seeded, '?limit=100')).data.map((t: Json) => t.status);
    expect(new Set(await statuses())).toEqual(new Set(['pending', 'sending', 'sent', 'completed', 'failed']));
    const senders = new Map<string, Json>();
    for (const t of (await list(seeded, '?limit=100')).data) senders.set(t.id, t.sender);
    expect([...senders.values()].every(s => s !== null)).toBe(true);
    await advanceClock(seeded, 40 * 60);
    expect(new Set(await statuses())).toEqual(new Set(['completed', 'failed']));
  });
});
