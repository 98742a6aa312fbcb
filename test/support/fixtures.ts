/**
 * Shared test fixtures: records made over HTTP (each call checks its status, so a broken fixture fails
 * where it is used), the workspace clock, and setup that stands in for engines the sandbox does not run.
 */
import { beforeAll, beforeEach, expect } from 'vitest';
import type { Enrollment } from '../../src/resources/supersend/records.js';
import type { Sender } from '../../src/resources/supersend/senders/store.js';
import { createSender } from '../../src/resources/supersend/senders/service.js';
import { createTestApi, type TestApi } from './api.js';
import { beforeChange } from '../../src/workspace/writes.js';

/** A JSON object as answered: tests read the fields they know are there (hence `any`, in tests only). */
export type Json = Record<string, any>;

export const iso = (ms: number): string => new Date(ms).toISOString();

/** Campaign `days` sending on every day of the week, for tests whose timing is not about the schedule (the default is Monday–Friday). */
export const EVERY_DAY = { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: true, sunday: true };

/** POST /v2/teams (name `Team` unless given); the team as answered. */
export async function newTeam(api: TestApi, body: Json = {}): Promise<Json> {
  const res = await api.post('/v2/teams').send({ name: 'Team', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

/** POST /v2/campaigns in the team; the campaign as answered. */
export async function newCampaign(api: TestApi, teamId: string, name = 'Campaign', extra: Json = {}): Promise<Json> {
  const res = await api.post('/v2/campaigns').send({ TeamId: teamId, name, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

/** POST /v2/contacts: enrolls (with CampaignId) or upserts a profile; the contact as answered. */
export async function enroll(api: TestApi, body: Json): Promise<Json> {
  const res = await api.post('/v2/contacts').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

/** Creates one record per name, in order, the workspace clock one second further each time (oldest first). */
export async function createSeries(api: TestApi, create: (name: string) => Promise<Json>, names: string[]): Promise<Json[]> {
  const out: Json[] = [];
  for (const name of names) {
    out.push(await create(name));
    api.sandbox.workspace('default')!.clock.advance(1000);
  }
  return out;
}

/** POST /__sandbox/clock/advance: runs the work that falls due; the clock as answered. */
export async function advanceClock(api: TestApi, seconds: number): Promise<Json> {
  const res = await api.post('/__sandbox/clock/advance').send({ seconds });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** Work scheduled on the workspace clock and not yet run (uploads, jobs), as GET /__sandbox/clock counts it. */
export async function pendingJobs(api: TestApi): Promise<number> {
  return (await api.get('/__sandbox/clock')).body.data.pending_jobs;
}

/** POST /__sandbox/clock `{action: set, at}`. */
export async function setClock(api: TestApi, at: string): Promise<void> {
  const res = await api.post('/__sandbox/clock').send({ action: 'set', at });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** Setup standing in for the sending engine: changes an enrollment in the default workspace's state. */
export function setEnrollment(api: TestApi, id: string, patch: Partial<Enrollment>): void {
  // Through beforeChange, as the engine changes a record: it also tells cached views the state moved.
  Object.assign(beforeChange(api.sandbox.workspace('default')!.stores.supersend.enrollments.get(id)!), patch);
}

/** GET /v2/teams/:id/usage; the usage as answered. */
export async function teamUsage(api: TestApi, teamId: string): Promise<Json> {
  const res = await api.get(`/v2/teams/${teamId}/usage`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** The default data set's teams by name (GET /v2/teams): `Acme Outbound` and `Globex Sales`. */
export async function seededTeams(api: TestApi): Promise<{ acme: string; globex: string }> {
  const res = await api.get('/v2/teams');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const id = (name: string) => res.body.data.find((t: Json) => t.name === name).id as string;
  return { acme: id('Acme Outbound'), globex: id('Globex Sales') };
}

/**
 * Registers the hooks of a file whose every test starts from a fresh sandbox on the default data set;
 * `take` receives its client and the seeded teams' ids. A worker's first seeded sandbox loads Faker and
 * compiles the response checker: paid once, with room for a busy machine, so each test's setup stays fast.
 */
export function eachSeededSandbox(take: (sandbox: { api: TestApi; acme: string; globex: string }) => void): void {
  beforeAll(async () => {
    await seededTeams(await createTestApi());
  }, 120_000);
  beforeEach(async () => {
    const api = await createTestApi();
    take({ api, ...(await seededTeams(api)) });
  });
}

/** The V1 contact row of an enrollment: engagement flags and sequence progress (status, node_id, next_step, reason, …). */
export async function contactRow(api: TestApi, id: string): Promise<Json> {
  const res = await api.get(`/v1/contact/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.Contact;
}

/** A team's events matching `query` (GET /v2/events), newest first, up to 100. */
export async function teamEvents(api: TestApi, teamId: string, query: string): Promise<Json[]> {
  const res = await api.get(`/v2/events?TeamId=${teamId}&limit=100&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** A list answered from state (200, `X-Sandbox-Source: state`): its `data`. */
export async function listFromState(api: TestApi, path: string): Promise<Json[]> {
  const res = await api.get(path);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.headers['x-sandbox-source']).toBe('state');
  return res.body.data;
}

/** Exports the workspace (GET /__sandbox/state) and imports it into a fresh sandbox (PUT); the new sandbox's client. */
export async function copiedWorkspace(api: TestApi): Promise<TestApi> {
  const exported = await api.get('/__sandbox/state');
  expect(exported.status).toBe(200);
  const copy = await createTestApi({ seedData: false });
  const imported = await copy.put('/__sandbox/state').send(exported.body);
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  return copy;
}

/**
 * Setup standing in for the data sets (V2 has no sender create): a connected mailbox of the team in the
 * default workspace, with SuperSend's defaults (max_per_day 40) unless `extra` says otherwise.
 */
export function newSender(api: TestApi, teamId: string, email: string, extra: Partial<Sender> = {}): Sender {
  const ws = api.sandbox.workspace('default')!;
  return createSender(ws, { team_id: teamId, email, send_as: email, provider: 'google', domain_id: null, ...extra });
}
