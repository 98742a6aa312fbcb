import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { loadContract } from '../../src/contract/contract.js';
import { createSandbox } from '../../src/sandbox.js';

/** Operations the stateful core serves; each must answer from state, never from documented examples. */
const STATEFUL = [
  'listTeams', 'getTeam', 'createTeam', 'updateTeam', 'getTeamUsage',
  'createContact', 'listContacts', 'getContact', 'updateContact', 'deleteContact', 'deleteContactByIdentifier',
  'listLabels', 'getLabel', 'createLabel', 'updateLabel', 'deleteLabel',
  'createCampaign', 'listCampaigns', 'getCampaign', 'updateCampaign', 'deleteCampaign', 'listCampaignSubsequences', 'getCampaignParent',
  'v1CreateContact', 'v1ListContacts', 'v1GetContact', 'v1UpdateContact', 'v1GetContactProfile',
  'v1CreateCampaign', 'v1ListCampaigns', 'v1GetCampaign', 'v1UpdateCampaign', 'v1DeleteCampaign', 'v1CloneCampaign',
  'skListContacts', 'skCreateContact', 'skGetContact', 'skUpdateContact', 'skDeleteContact',
  'getHealth', 'getOpenapiYaml', 'getOpenapiJson',
];

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('stateful operations', () => {
  it('are all documented operations', async () => {
    const ids = new Set((await loadContract()).operations.map(o => o.operationId));
    expect(STATEFUL.filter(id => !ids.has(id))).toEqual([]);
  });

  it('answer from state, marked X-Sandbox-Source: state', async () => {
    const teams = await api.get('/v2/teams');
    expect(teams.headers['x-sandbox-source']).toBe('state');
    const team = teams.body.data[0];
    expect(team.name).toBe('Acme Outbound');
    const campaigns = await api.get(`/v2/campaigns?TeamId=${team.id}`);
    expect(campaigns.headers['x-sandbox-source']).toBe('state');
    expect(campaigns.body.data.map((c: { name: string }) => c.name)).toContain('Q1 CTO Outreach');
    const sk = await api.get('/contacts');
    expect(sk.headers['x-sandbox-source']).toBe('state');
  });

  it('have a handler registered for each of them', async () => {
    const sandbox = await createSandbox({ seedData: false });
    expect(STATEFUL.filter(id => !sandbox.statefulOperations.has(id))).toEqual([]);
    // A handler answers a request it cannot serve with a declared 4xx, never with an example body.
    const res = await api.get('/v2/campaigns/5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('campaign_not_found');
  });
});

describe('a disabled secret-key project', () => {
  it('refuses writes with 403 PROJECT_DISABLED and still answers reads', async () => {
    const local = await createTestApi();
    const before = (await local.get('/contacts')).body.total;
    local.sandbox.workspace('default')!.project.disabled = true;
    const write = await local.post('/contacts').send({ email: 'new.person@example.com' });
    expect(write.status).toBe(403);
    expect(write.body.error).toMatchObject({ code: 'PROJECT_DISABLED', statusCode: 403 });
    const read = await local.get('/contacts');
    expect(read.status).toBe(200);
    expect(read.body.total).toBe(before);
  });
});
