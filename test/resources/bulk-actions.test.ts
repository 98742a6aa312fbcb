/**
 * V1 bulk actions (openapi.yaml, v1BulkContactAction): POST /v1/contact/bulk-action with each of the 15
 * actions. Every rule is checked by the answer and by reading the state back over HTTP: the V1 list
 * filters (POST /v1/contact/all), GET /v1/contact/:id, the campaign's contact_metrics (GET
 * /v2/campaigns/:id) and the event log (GET /v2/events).
 *
 * Paused contacts come only from the sending engine, which this sandbox does not drive; the resume and
 * restart tests pause contacts through the sandbox state (`setEnrollment`), standing in for that engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { newCampaign, newTeam, setEnrollment } from '../support/fixtures.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const SENDER = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';

const NODES = [
  { id: 'n-start', type: 'startNode', data: { type: 12, label: 'Start' }, position: { x: 0, y: 0 } },
  { id: 'n-e1', type: 'emailNode', data: { type: 1, label: 'Intro', subject_a: 'Hi {{first_name}}', body_a: '<p>Hi</p>' }, position: { x: 0, y: 150 } },
  { id: 'n-e2', type: 'emailNode', data: { type: 1, label: 'Follow-up', subject_a: '', body_a: '<p>Bump</p>' }, position: { x: 0, y: 300 } },
];
const EDGES = [
  { id: 'e1', source: 'n-start', target: 'n-e1', type: 'buttonedge' },
  { id: 'e2', source: 'n-e1', target: 'n-e2', type: 'buttonedge' },
];

interface Metrics {
  total: number;
  not_started: number;
  in_progress: number;
  finished: number;
  paused: number;
}

let api: TestApi;
let teamId: string;
let otherTeamId: string;
let emailSeq = 0;

beforeAll(async () => {
  api = await createTestApi({ seedData: false });
  teamId = (await newTeam(api, { name: 'Outbound' })).id;
  otherTeamId = (await newTeam(api, { name: 'Elsewhere' })).id;
  await api.post('/__sandbox/clock').send({ action: 'freeze' }).expect(200);
});

async function createCampaign(name: string, team = teamId): Promise<string> {
  return (await newCampaign(api, team, name, { nodes: NODES, edges: EDGES, days: { monday: true } })).id;
}

/** Enrolls one person per local part (`<local>-<n>@acme.test`, unique per call) and returns the contact ids. */
async function enroll(campaignId: string, locals: string[], extra: Record<string, unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (const local of locals) {
    const res = await api.post('/v1/contact/create').send({ TeamId: teamId, CampaignId: campaignId, email: `${local}-${++emailSeq}@acme.test`, ...extra });
    expect(res.status).toBe(201);
    ids.push(res.body.contact.id);
  }
  return ids;
}

async function enrollEmail(campaignId: string, email: string): Promise<string> {
  const res = await api.post('/v1/contact/create').send({ TeamId: teamId, CampaignId: campaignId, email });
  expect(res.status).toBe(201);
  return res.body.contact.id;
}

/** A campaign with `n` fresh contacts. */
async function campaignWith(n: number, name = 'Bulk'): Promise<{ campaignId: string; ids: string[] }> {
  const campaignId = await createCampaign(name);
  const ids = await enroll(campaignId, Array.from({ length: n }, (_, i) => `person${i}`));
  return { campaignId, ids };
}

function bulk(body: Record<string, unknown>): Promise<Response> {
  return api.post('/v1/contact/bulk-action').send(body);
}

async function bulkOk(body: Record<string, unknown>): Promise<Response> {
  const res = await bulk(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.success).toBe(true);
  return res;
}

async function metrics(campaignId: string): Promise<Metrics> {
  const res = await api.get(`/v2/campaigns/${campaignId}`);
  expect(res.status).toBe(200);
  return res.body.data.contact_metrics;
}

async function contact(id: string): Promise<Record<string, unknown>> {
  const res = await api.get(`/v1/contact/${id}`);
  expect(res.status).toBe(200);
  return res.body.Contact;
}

async function listIds(campaignId: string, filters: Record<string, unknown> = {}): Promise<string[]> {
  const res = await api.post('/v1/contact/all').send({ TeamId: teamId, CampaignId: campaignId, limit: 100, ...filters });
  expect(res.status).toBe(200);
  return res.body.rows.map((r: { id: string }) => r.id).sort();
}

async function bulkEvents(campaignId: string): Promise<{ team_id?: string; details: Record<string, unknown> }[]> {
  const res = await api.get(`/v2/events?CampaignId=${campaignId}&type=bulk_action`);
  expect(res.status).toBe(200);
  return res.body.data;
}

async function advance(seconds: number): Promise<void> {
  await api.post('/__sandbox/clock/advance').send({ seconds }).expect(200);
}

const sorted = (ids: string[]) => [...ids].sort();

function expectV1Error(res: Response, status: number, message: string): void {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({ success: false, error: message });
}

describe('get_contacts', () => {
  it('returns the selected contacts as V1 rows with their count, ignoring ids of other campaigns', async () => {
    const { campaignId, ids } = await campaignWith(3);
    const other = await campaignWith(1, 'Other');
    const res = await bulkOk({ action: 'get_contacts', campaign_id: campaignId, contact_ids: [ids[0], ids[2], other.ids[0], UNKNOWN] });
    expect(res.body.count).toBe(2);
    expect(res.body.contacts.map((c: { id: string }) => c.id).sort()).toEqual(sorted([ids[0], ids[2]]));
    expect(res.body.contacts[0]).toMatchObject({ CampaignId: campaignId, TeamId: teamId, verified: false, finished: false });
  });

  it('without contact_ids applies the V1 filters to the campaign, or returns all its contacts', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'verify_contacts', campaign_id: campaignId, contact_ids: [ids[1]] });
    const filtered = await bulkOk({ action: 'get_contacts', campaign_id: campaignId, filters: { verified: true } });
    expect(filtered.body).toMatchObject({ success: true, count: 1 });
    expect(filtered.body.contacts[0]).toMatchObject({ id: ids[1], verified: true });
    const unverified = await bulkOk({ action: 'get_contacts', campaign_id: campaignId, filters: { verified: false } });
    expect(unverified.body.contacts.map((c: { id: string }) => c.id).sort()).toEqual(sorted([ids[0], ids[2]]));
    const all = await bulkOk({ action: 'get_contacts', campaign_id: campaignId });
    expect(all.body.count).toBe(3);
    // Newest first, as /v1/contact/all lists them.
    expect(all.body.contacts.map((c: { id: string }) => c.id)).toEqual([...ids].reverse());
  });

  it('changes nothing and records no event', async () => {
    const { campaignId } = await campaignWith(1);
    await bulkOk({ action: 'get_contacts', campaign_id: campaignId });
    expect(await bulkEvents(campaignId)).toEqual([]);
  });
});

describe('verify_contacts / unverify_contacts', () => {
  it('sets verified on the selected contacts only and touches their updated_at', async () => {
    const { campaignId, ids } = await campaignWith(3);
    const before = await contact(ids[2]);
    await advance(60);
    const res = await bulkOk({ action: 'verify_contacts', campaign_id: campaignId, contact_ids: [ids[0], ids[1]] });
    expect(res.body).toEqual({ success: true, message: 'Contact(s) verified status updated successfully', affected: 2, skipped: 0, ignored: 0 });
    expect(await listIds(campaignId, { verified: true })).toEqual(sorted([ids[0], ids[1]]));
    const changed = await contact(ids[0]);
    expect(changed.verified).toBe(true);
    expect(changed.updatedAt).not.toBe(before.updatedAt);
    expect((await contact(ids[2])).updatedAt).toBe(before.updatedAt);

    const again = await bulkOk({ action: 'verify_contacts', campaign_id: campaignId, contact_ids: [ids[0], ids[2]] });
    expect(again.body).toMatchObject({ affected: 1, skipped: 1 });

    const un = await bulkOk({ action: 'unverify_contacts', campaign_id: campaignId, contact_ids: [ids[0]] });
    expect(un.body).toEqual({ success: true, message: 'Contact(s) verified status updated successfully', affected: 1, skipped: 0, ignored: 0 });
    expect(await listIds(campaignId, { verified: true })).toEqual(sorted([ids[1], ids[2]]));
    expect((await contact(ids[0])).verified).toBe(false);
  });
});

describe('verify_passed_email_validation / unverify_failed_email_validation', () => {
  it('verifies only contacts whose email passed validation, unverifies only those that failed', async () => {
    const campaignId = await createCampaign('Validation');
    const [passed, failed, pending] = await enroll(campaignId, ['alice', 'invalid-bob', 'unknown-carl'], { validate_emails: true });
    const [unchecked] = await enroll(campaignId, ['dora']);
    expect((await contact(passed)).valid).toBe(true);
    expect((await contact(failed)).valid).toBe(false);

    const res = await bulkOk({ action: 'verify_passed_email_validation', campaign_id: campaignId });
    expect(res.body).toMatchObject({ message: 'Contact(s) verified status updated successfully', affected: 1, skipped: 3 });
    expect(await listIds(campaignId, { verified: true })).toEqual([passed]);

    await bulkOk({ action: 'verify_contacts', campaign_id: campaignId });
    expect(await listIds(campaignId, { verified: true })).toEqual(sorted([passed, failed, pending, unchecked]));
    const un = await bulkOk({ action: 'unverify_failed_email_validation', campaign_id: campaignId });
    expect(un.body).toMatchObject({ affected: 1, skipped: 3 });
    expect(await listIds(campaignId, { verified: false })).toEqual([failed]);
  });
});

describe('assign_step', () => {
  it('puts the contacts on the node: started, not finished, in progress in the metrics', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'finish', campaign_id: campaignId, contact_ids: [ids[1]] });
    const res = await bulkOk({ action: 'assign_step', campaign_id: campaignId, contact_ids: [ids[0], ids[1]], node_id: 'n-e2', step_number: 3 });
    expect(res.body).toEqual({ success: true, message: 'Contact(s) assigned to step successfully', affected: 2, skipped: 0, ignored: 0 });
    expect(await metrics(campaignId)).toEqual({ total: 3, not_started: 1, in_progress: 2, finished: 0, paused: 0 });
    expect(await listIds(campaignId, { node_id: 'n-e2' })).toEqual(sorted([ids[0], ids[1]]));
    expect(await listIds(campaignId, { started_sequence: true })).toEqual(sorted([ids[0], ids[1]]));
    expect(await contact(ids[1])).toMatchObject({ node_id: 'n-e2', started_sequence: true, finished: false });
  });

  it('requires node_id and step_number, and node_id must be a node of the campaign; nothing changes', async () => {
    const { campaignId, ids } = await campaignWith(2);
    expectV1Error(await bulk({ action: 'assign_step', campaign_id: campaignId, contact_ids: ids, step_number: 1 }), 400, 'node_id is required for assign_step');
    expectV1Error(await bulk({ action: 'assign_step', campaign_id: campaignId, contact_ids: ids, node_id: 'n-e1' }), 400, 'step_number is required for assign_step');
    const unknownNode = await bulk({ action: 'assign_step', campaign_id: campaignId, contact_ids: ids, node_id: 'n-nope', step_number: 1 });
    expect(unknownNode.status).toBe(400);
    expect(unknownNode.body.success).toBe(false);
    expect(unknownNode.body.error).toContain('node_id');
    expect(await metrics(campaignId)).toEqual({ total: 2, not_started: 2, in_progress: 0, finished: 0, paused: 0 });
    expect(await listIds(campaignId, { started_sequence: true })).toEqual([]);
    expect(await bulkEvents(campaignId)).toEqual([]);
  });
});

describe('finish / unfinish', () => {
  it('moves contacts from not_started to finished and back', async () => {
    const { campaignId, ids } = await campaignWith(3);
    const res = await bulkOk({ action: 'finish', campaign_id: campaignId, contact_ids: [ids[0], ids[1]] });
    expect(res.body).toEqual({ success: true, message: 'Contact(s) finished status updated successfully', affected: 2, skipped: 0, ignored: 0 });
    expect(await metrics(campaignId)).toEqual({ total: 3, not_started: 1, in_progress: 0, finished: 2, paused: 0 });
    expect(await listIds(campaignId, { finished: true })).toEqual(sorted([ids[0], ids[1]]));
    expect(await contact(ids[0])).toMatchObject({ finished: true, status: 'idle' });

    const un = await bulkOk({ action: 'unfinish', campaign_id: campaignId, contact_ids: [ids[0]] });
    expect(un.body).toMatchObject({ affected: 1 });
    expect(await metrics(campaignId)).toEqual({ total: 3, not_started: 2, in_progress: 0, finished: 1, paused: 0 });
    expect(await listIds(campaignId, { finished: true })).toEqual([ids[1]]);
  });

  it('with filters acts on the matching contacts only', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'verify_contacts', campaign_id: campaignId, contact_ids: [ids[2]] });
    const res = await bulkOk({ action: 'finish', campaign_id: campaignId, filters: { verified: true } });
    expect(res.body.affected).toBe(1);
    expect(await listIds(campaignId, { finished: true })).toEqual([ids[2]]);
  });
});

describe('resume', () => {
  it('unpauses only the paused contacts and clears paused_at / resume_at', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'assign_step', campaign_id: campaignId, node_id: 'n-e1', step_number: 1 });
    for (const id of [ids[0], ids[1]]) setEnrollment(api, id, { paused: true, paused_at: '2026-01-05T10:00:00.000Z', resume_at: '2026-02-01T10:00:00.000Z' });
    expect(await metrics(campaignId)).toEqual({ total: 3, not_started: 0, in_progress: 1, finished: 0, paused: 2 });

    const res = await bulkOk({ action: 'resume', campaign_id: campaignId });
    expect(res.body).toEqual({ success: true, message: 'Contact(s) resumed successfully', affected: 2, skipped: 1, ignored: 0 });
    expect(await metrics(campaignId)).toEqual({ total: 3, not_started: 0, in_progress: 3, finished: 0, paused: 0 });
    expect(await listIds(campaignId, { paused: true })).toEqual([]);
    expect(await contact(ids[0])).toMatchObject({ paused: false, paused_at: null, resume_at: null, node_id: 'n-e1' });
  });
});

describe('restart', () => {
  it('puts contacts back to the start of the sequence', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'assign_step', campaign_id: campaignId, node_id: 'n-e2', step_number: 2 });
    await bulkOk({ action: 'finish', campaign_id: campaignId, contact_ids: [ids[0]] });
    setEnrollment(api, ids[1], { paused: true, paused_at: '2026-01-05T10:00:00.000Z', failed: true, reason: 'smtp error', status: 'queued', next_step: 'n-e2' });
    expect(await metrics(campaignId)).toEqual({ total: 3, not_started: 0, in_progress: 1, finished: 1, paused: 1 });

    const res = await bulkOk({ action: 'restart', campaign_id: campaignId, contact_ids: [ids[0], ids[1]] });
    expect(res.body).toEqual({ success: true, message: 'Contact(s) restarted successfully', affected: 2, skipped: 0, ignored: 0 });
    expect(await metrics(campaignId)).toEqual({ total: 3, not_started: 2, in_progress: 1, finished: 0, paused: 0 });
    for (const id of [ids[0], ids[1]]) {
      expect(await contact(id)).toMatchObject({
        started_sequence: false, finished: false, paused: false, paused_at: null, node_id: null, next_step: null,
        failed: false, reason: null, status: 'idle',
      });
    }
    expect(await contact(ids[2])).toMatchObject({ started_sequence: true, node_id: 'n-e2' });
  });
});

describe('archive_unverified / archive_all / unarchive', () => {
  it('archives the unverified contacts: gone from the list and the metrics, archived on the contact', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'verify_contacts', campaign_id: campaignId, contact_ids: [ids[0]] });
    const res = await bulkOk({ action: 'archive_unverified', campaign_id: campaignId, contact_ids: ids });
    expect(res.body).toEqual({ success: true, message: 'Contact(s) archived status updated successfully', affected: 2, skipped: 1, ignored: 0 });
    expect(await listIds(campaignId)).toEqual([ids[0]]);
    expect((await metrics(campaignId)).total).toBe(1);
    expect((await contact(ids[1])).archived).toBe(true);
    expect((await contact(ids[0])).archived).toBe(false);
  });

  it('archive_all archives the selection; unarchive with filters brings back the matching archived ones', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'verify_contacts', campaign_id: campaignId, contact_ids: [ids[2]] });
    const archived = await bulkOk({ action: 'archive_all', campaign_id: campaignId });
    expect(archived.body.affected).toBe(3);
    expect(await listIds(campaignId)).toEqual([]);
    expect(await metrics(campaignId)).toEqual({ total: 0, not_started: 0, in_progress: 0, finished: 0, paused: 0 });

    const some = await bulkOk({ action: 'unarchive', campaign_id: campaignId, filters: { verified: true } });
    expect(some.body).toMatchObject({ message: 'Contact(s) archived status updated successfully', affected: 1 });
    expect(await listIds(campaignId)).toEqual([ids[2]]);

    const rest = await bulkOk({ action: 'unarchive', campaign_id: campaignId, contact_ids: [ids[0], ids[1]] });
    expect(rest.body.affected).toBe(2);
    expect(await listIds(campaignId)).toEqual(sorted(ids));
    expect((await metrics(campaignId)).total).toBe(3);
  });
});

describe('reassign_active_sender', () => {
  it('sets the sender of contacts that have not finished; null clears it', async () => {
    const { campaignId, ids } = await campaignWith(3);
    await bulkOk({ action: 'finish', campaign_id: campaignId, contact_ids: [ids[2]] });
    const res = await bulkOk({ action: 'reassign_active_sender', campaign_id: campaignId, sender_id: SENDER });
    expect(res.body).toEqual({ success: true, message: 'Active sender reassigned successfully', affected: 2, skipped: 1, ignored: 0 });
    expect(await listIds(campaignId, { senderIds: [SENDER] })).toEqual(sorted([ids[0], ids[1]]));
    expect((await contact(ids[0])).SenderId).toBe(SENDER);
    expect((await contact(ids[2])).SenderId).toBeNull();

    const cleared = await bulkOk({ action: 'reassign_active_sender', campaign_id: campaignId, contact_ids: [ids[0]], sender_id: null });
    expect(cleared.body.affected).toBe(1);
    expect((await contact(ids[0])).SenderId).toBeNull();
    expect(await listIds(campaignId, { senderIds: [SENDER] })).toEqual([ids[1]]);
  });
});

describe('transfer', () => {
  it('moves the contacts to the target campaign, keeping interest; metrics of source and target add up', async () => {
    const { campaignId: source, ids } = await campaignWith(3, 'Source');
    const target = await createCampaign('Target');
    await enroll(target, ['already']);
    await api.put(`/v1/contact/${ids[0]}`).send({ interest: 'interested' }).expect(200);
    await bulkOk({ action: 'assign_step', campaign_id: source, contact_ids: [ids[0]], node_id: 'n-e2', step_number: 2 });
    const before = { source: await metrics(source), target: await metrics(target) };

    const res = await bulkOk({ action: 'transfer', campaign_id: source, to_campaign_id: target, contact_ids: [ids[0], ids[1]] });
    expect(res.body).toEqual({ success: true, message: 'Contact(s) transferred successfully', affected: 2, skipped: 0, ignored: 0 });

    const after = { source: await metrics(source), target: await metrics(target) };
    expect(after.source.total).toBe(1);
    expect(after.target.total).toBe(3);
    expect(after.source.total + after.target.total).toBe(before.source.total + before.target.total);
    expect(await listIds(source)).toEqual([ids[2]]);
    expect(await listIds(target)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    const moved = await contact(ids[0]);
    expect(moved).toMatchObject({ CampaignId: target, interest: 'interested', node_id: null, started_sequence: false });
    expect((moved.Campaign as { id: string }).id).toBe(target);
    // The person's team profile lists the enrollment under the target campaign.
    const profile = await api.get(`/v1/contact/profile/${moved.ContactProfileId}?TeamId=${teamId}`);
    expect(profile.body.associated_campaigns.map((c: { id: string }) => c.id)).toEqual([target]);
  });

  it('skips a person already enrolled in the target instead of duplicating them', async () => {
    const source = await createCampaign('Source');
    const target = await createCampaign('Target');
    const dup = await enrollEmail(source, 'twice@acme.test');
    const inTarget = await enrollEmail(target, 'twice@acme.test');
    const [single] = await enroll(source, ['single']);

    const res = await bulkOk({ action: 'transfer', campaign_id: source, to_campaign_id: target });
    expect(res.body).toMatchObject({ affected: 1, skipped: 1 });
    expect(await listIds(source)).toEqual([dup]);
    expect(await listIds(target)).toEqual(sorted([inTarget, single]));
    expect(await metrics(target)).toMatchObject({ total: 2 });
  });

  it('requires to_campaign_id, an existing target of the same team, other than the source; nothing moves', async () => {
    const { campaignId: source, ids } = await campaignWith(2, 'Source');
    const foreign = await createCampaign('Foreign', otherTeamId);
    expectV1Error(await bulk({ action: 'transfer', campaign_id: source, contact_ids: ids }), 400, 'to_campaign_id is required for transfer');
    expectV1Error(await bulk({ action: 'transfer', campaign_id: source, to_campaign_id: UNKNOWN, contact_ids: ids }), 404, 'Target campaign not found');
    const otherTeam = await bulk({ action: 'transfer', campaign_id: source, to_campaign_id: foreign, contact_ids: ids });
    expect(otherTeam.status).toBe(400);
    expect(otherTeam.body.error).toContain('to_campaign_id');
    const same = await bulk({ action: 'transfer', campaign_id: source, to_campaign_id: source, contact_ids: ids });
    expect(same.status).toBe(400);
    expect(same.body.error).toContain('to_campaign_id');
    expect(await listIds(source)).toEqual(sorted(ids));
    expect((await metrics(foreign)).total).toBe(0);
    expect(await bulkEvents(source)).toEqual([]);
  });
});

describe('selection and errors', () => {
  it('answers 404 Campaign not found for an unknown campaign_id', async () => {
    expectV1Error(await bulk({ action: 'finish', campaign_id: UNKNOWN, contact_ids: [UNKNOWN] }), 404, 'Campaign not found');
    expectV1Error(await bulk({ action: 'get_contacts', campaign_id: UNKNOWN }), 404, 'Campaign not found');
  });

  it('ignores and counts ids of other campaigns and unknown ids, leaving those contacts alone', async () => {
    const { campaignId, ids } = await campaignWith(1);
    const other = await campaignWith(1, 'Other');
    const res = await bulkOk({ action: 'finish', campaign_id: campaignId, contact_ids: [ids[0], other.ids[0], UNKNOWN] });
    expect(res.body).toMatchObject({ affected: 1, skipped: 0, ignored: 2 });
    expect((await contact(other.ids[0])).finished).toBe(false);
    expect(await metrics(other.campaignId)).toMatchObject({ finished: 0, not_started: 1 });
    expect(await metrics(campaignId)).toMatchObject({ finished: 1, not_started: 0 });
  });

  it('an empty contact_ids selects nothing (it does not fall back to the filters)', async () => {
    const { campaignId } = await campaignWith(2);
    const res = await bulkOk({ action: 'archive_all', campaign_id: campaignId, contact_ids: [] });
    expect(res.body).toMatchObject({ affected: 0, skipped: 0, ignored: 0 });
    expect((await metrics(campaignId)).total).toBe(2);
  });

  it('rejects an unknown action and unknown fields with a 400', async () => {
    const { campaignId } = await campaignWith(1);
    const bad = await bulk({ action: 'explode', campaign_id: campaignId });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('action');
    const extra = await bulk({ action: 'finish', campaign_id: campaignId, everything: true });
    expect(extra.status).toBe(400);
    expect((await metrics(campaignId)).finished).toBe(0);
  });

  it('records one bulk_action event per applied action, with the action and the affected count', async () => {
    const { campaignId, ids } = await campaignWith(3);
    const target = await createCampaign('Target');
    await bulkOk({ action: 'verify_contacts', campaign_id: campaignId, contact_ids: [ids[0], ids[1]] });
    await bulkOk({ action: 'transfer', campaign_id: campaignId, to_campaign_id: target, contact_ids: [ids[2]] });
    await bulkOk({ action: 'finish', campaign_id: campaignId, contact_ids: [UNKNOWN] });
    const events = await bulkEvents(campaignId);
    expect(events.map(e => e.details)).toEqual([
      { action: 'finish', affected: 0 },
      { action: 'transfer', affected: 1, to_campaign_id: target },
      { action: 'verify_contacts', affected: 2 },
    ]);
    const all = await api.get(`/v2/events?TeamId=${teamId}&type=bulk_action&CampaignId=${campaignId}`);
    expect(all.body.data).toHaveLength(3);
    expect(all.body.data.every((e: { campaign_id: string; type: string }) => e.campaign_id === campaignId && e.type === 'bulk_action')).toBe(true);
  });
});

describe('parameter checks without request validation', () => {
  it('the service itself refuses a transfer without to_campaign_id and an assign_step without node_id', async () => {
    const loose = await createTestApi({ seedData: false, validation: 'off' });
    const team = (await loose.post('/v2/teams').send({ name: 'Loose' })).body.data.id;
    const campaign = (await loose.post('/v2/campaigns').send({ TeamId: team, name: 'L', nodes: NODES, edges: EDGES, days: { monday: true } })).body.data.id;
    const created = await loose.post('/v1/contact/create').send({ TeamId: team, CampaignId: campaign, email: 'loose@acme.test' });
    const id = created.body.contact.id;
    const transfer = await loose.post('/v1/contact/bulk-action').send({ action: 'transfer', campaign_id: campaign, contact_ids: [id] });
    expect(transfer.status).toBe(400);
    expect(transfer.body).toEqual({ success: false, error: 'to_campaign_id is required for transfer' });
    const step = await loose.post('/v1/contact/bulk-action').send({ action: 'assign_step', campaign_id: campaign, contact_ids: [id], step_number: 1 });
    expect(step.body).toEqual({ success: false, error: 'node_id is required for assign_step' });
    const metricsRes = await loose.get(`/v2/campaigns/${campaign}`);
    expect(metricsRes.body.data.contact_metrics).toMatchObject({ total: 1, not_started: 1 });
  });
});
