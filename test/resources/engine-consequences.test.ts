/**
 * What engagement outcomes and social steps do beyond the contact's flags, over HTTP on a frozen clock:
 * replies and autoresponses arrive in the Super Inbox (GET /v2/conversations), the campaign's blacklist
 * flags add system entries (GET /v2/blacklist), and LinkedIn / Twitter steps act through the campaign's
 * identity or are skipped with their reason (GET /v1/contact/:id, GET /v2/events, V1 overview metrics).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { EVERY_DAY, contactRow, teamEvents, advanceClock, enroll, newCampaign, newSender, newTeam, seededTeams, setClock, type Json } from '../support/fixtures.js';
import { OUT_OF_OFFICE, REPLY_BODIES } from '../../src/resources/supersend/engine/replies.js';

const START = '2026-03-02T09:00:00.000Z';
const HOUR = 3600;
const DAY = 24 * HOUR;

let api: TestApi;
let team: string;

/** start → email 1 → wait 2 days → email 2. */
const TWO_EMAILS = {
  nodes: [
    { id: 'start', type: 'startNode', data: {} },
    { id: 'e1', type: 'emailNode', data: { subject_a: 'Hello there', body_a: '<p>a</p>' } },
    { id: 'w1', type: 'waitNode', data: { wait: 2, wait_unit: 'days' } },
    { id: 'e2', type: 'emailNode', data: { subject_a: 'Following up', body_a: '<p>f</p>' } },
  ],
  edges: [
    { id: 'a', source: 'start', target: 'e1' },
    { id: 'b', source: 'e1', target: 'w1' },
    { id: 'c', source: 'w1', target: 'e2' },
  ],
};

/** start → each of `types` in turn (one minute apart) → end. */
function socialSequence(...types: string[]): Json {
  const nodes = [{ id: 'start', type: 'startNode', data: {} }, ...types.map((type, i) => ({ id: `s${i}`, type, data: { wait: 1, wait_unit: 'minutes' } }))];
  const edges = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: nodes[i].id, target: node.id }));
  return { nodes, edges };
}

async function activeCampaign(sequence: Json = TWO_EMAILS, settings: Json = {}, teamId = team): Promise<string> {
  const campaign = await newCampaign(api, teamId, 'Outreach', { ...sequence, days: EVERY_DAY, ...settings });
  const res = await api.patch(`/v2/campaigns/${campaign.id}`).send({ status: 1, is_draft: false });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return campaign.id;
}

/** PUT /v1/campaign/:id with the V1-only settings (LinkedinId, SenderIds). */
async function v1Settings(campaignId: string, body: Json): Promise<void> {
  const res = await api.put(`/v1/campaign/${campaignId}`).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function draftThenActive(sequence: Json, v1: Json, teamId = team): Promise<string> {
  const campaign = await newCampaign(api, teamId, 'Social', sequence);
  await v1Settings(campaign.id, v1);
  const res = await api.patch(`/v2/campaigns/${campaign.id}`).send({ status: 1, is_draft: false });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return campaign.id;
}

const contact = (id: string) => contactRow(api, id);

const events = (query: string, teamId = team) => teamEvents(api, teamId, query);

async function conversations(teamId = team): Promise<Json[]> {
  const res = await api.get(`/v2/conversations?team_id=${teamId}&channel=email`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

async function messages(conversationId: string): Promise<Json[]> {
  const res = await api.get(`/v2/conversations/${conversationId}/messages`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

async function blacklist(query = ''): Promise<Json[]> {
  const res = await api.get(`/v2/blacklist?team_id=${team}&sort_order=asc&limit=100${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

async function overview(campaignId: string, teamId = team): Promise<Json> {
  const res = await api.get(`/v1/campaigns/overview?TeamId=${teamId}&includeMetrics=true`);
  expect(res.status).toBe(200);
  return res.body.campaigns.find((c: Json) => c.id === campaignId);
}

async function engagement(body: Json): Promise<Json> {
  const res = await api.post('/__sandbox/engagements').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

async function quietModel(): Promise<void> {
  const res = await api.put('/__sandbox/engagement').send({ open_rate: 0, click_rate: 0, reply_rate: 0, autoresponse_rate: 0, bounce_rate: 0, unsubscribe_rate: 0 });
  expect(res.status).toBe(200);
}

async function connectIdentity(body: Json): Promise<Json> {
  const res = await api.post('/__sandbox/identities').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

async function freshSandbox(): Promise<void> {
  api = await createTestApi({ seedData: false });
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  await setClock(api, START);
  team = (await newTeam(api, { name: 'Northwind Outbound' })).id;
  // Campaigns send through their team's senders: one mailbox, far from its daily limit here.
  newSender(api, team, 'alex@northwind.test');
  await quietModel();
}

const replies = (category: string, signedBy: string) => REPLY_BODIES[category].map(body => `Hi,\n\n${body}\n\n${signedBy}`);

describe('a whole lifecycle on a frozen clock', () => {
  beforeEach(freshSandbox);

  it('enroll → sent → reply → inbox message → metrics → blacklist entry → no further sends to the replier or a colleague', async () => {
    const campaign = await activeCampaign();
    const ada = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'interested.ada@analytical.test', first_name: 'Ada' });
    await advanceClock(api, 1);
    // The first email went out; the follow-up is scheduled two days on.
    expect((await events(`ContactId=${ada.id}`)).map(e => e.type).reverse()).toEqual(['contact_added', 'sent', 'scheduled']);
    expect(await overview(campaign)).toMatchObject({ emailSentCount: 1, replyCount: 0 });

    await advanceClock(api, 3 * HOUR);
    const [reply] = await events(`ContactId=${ada.id}&type=reply`);
    expect(reply.details.category).toBe('interested');
    const [conversation] = await conversations();
    expect((await messages(conversation.id)).map(m => [m.id, m.is_from_self])).toEqual([[reply.email_id, false]]);
    expect(await contact(ada.id)).toMatchObject({ replied: true, finished: true, interest: 'interested' });
    expect(await overview(campaign)).toMatchObject({ emailSentCount: 1, replyCount: 1 });
    expect((await blacklist()).map(b => [b.item, b.level, b.reason])).toEqual([['analytical.test', 'campaign', 'reply']]);

    // A colleague enrolled afterwards is blocked by the domain entry; the replier gets no follow-up.
    const bo = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'bo@analytical.test' });
    await advanceClock(api, 3 * DAY);
    expect(await events(`ContactId=${bo.id}&type=sent`)).toEqual([]);
    expect(await contact(bo.id)).toMatchObject({ finished: true, reason: 'BLACKLISTED' });
    expect((await events(`ContactId=${ada.id}&type=sent`)).length).toBe(1);
    expect(await overview(campaign)).toMatchObject({ emailSentCount: 1, replyCount: 1 });
  });
});

describe('replies and autoresponses in the Super Inbox', () => {
  beforeEach(freshSandbox);

  it('a forced reply opens the contact\'s email conversation with one unread inbound message of its category', async () => {
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'reply.bo@ex.test', first_name: 'Bo', last_name: 'Lind' });
    await advanceClock(api, 1);
    expect(await conversations()).toEqual([]);
    await advanceClock(api, 3 * HOUR);

    const [conversation, ...others] = await conversations();
    expect(others).toEqual([]);
    expect(conversation).toMatchObject({
      platform_type: 'email', title: 'Hello there', is_unread: true, unread_count: 1, is_archived: false, team_id: team,
      identity: null, last_activity_at: '2026-03-02T11:00:01.000Z',
      participants: [{ display_name: 'Bo Lind', username: 'reply.bo@ex.test', is_self: false }],
    });
    const [message] = await messages(conversation.id);
    expect(message).toMatchObject({ subject: 'Re: Hello there', is_from_self: false, is_read: false, status: 'received', timestamp: '2026-03-02T11:00:01.000Z' });
    expect(replies('question', 'Bo')).toContain(message.text);
    expect(conversation.last_message).toEqual({ text: message.text, timestamp: '2026-03-02T11:00:01.000Z' });

    const [reply] = await events(`ContactId=${c.id}&type=reply`);
    expect(reply).toMatchObject({ thread_id: conversation.id, email_id: message.id, details: { category: 'question', text: null, conversation_id: conversation.id, message_id: message.id } });
    const unread = await api.get(`/v2/conversations?team_id=${team}&channel=email&read_status=unread`);
    expect(unread.body.data.map((x: Json) => x.id)).toEqual([conversation.id]);
  });

  it('an engagement with text puts exactly that text in the inbox; a second reply joins the same conversation', async () => {
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test', first_name: 'Ada' });
    await advanceClock(api, 1);
    const first = await engagement({ contact_id: c.id, type: 'reply', category: 'meeting_request', text: 'Tuesday works' });
    await advanceClock(api, 60);
    const second = await engagement({ contact_id: c.id, type: 'reply', text: 'Or Wednesday at 10' });

    const [conversation, ...others] = await conversations();
    expect(others).toEqual([]);
    expect(conversation).toMatchObject({ unread_count: 2, is_unread: true, last_message: { text: 'Or Wednesday at 10', timestamp: '2026-03-02T09:01:01.000Z' } });
    expect((await messages(conversation.id)).map(m => [m.text, m.is_from_self, m.is_read])).toEqual([
      ['Tuesday works', false, false],
      ['Or Wednesday at 10', false, false],
    ]);
    const [firstMessage, secondMessage] = await messages(conversation.id);
    expect(first.details).toEqual({ category: 'meeting_request', text: 'Tuesday works', conversation_id: conversation.id, message_id: firstMessage.id });
    expect(second.details).toEqual({ category: 'needs_review', text: 'Or Wednesday at 10', conversation_id: conversation.id, message_id: secondMessage.id });

    const read = await api.patch(`/v2/conversations/${conversation.id}`).send({ mark_all_read: true });
    expect(read.status).toBe(200);
    expect((await conversations())[0]).toMatchObject({ unread_count: 0, is_unread: false });
  });

  it('an autoresponse is an out-of-office message naming the day the contact is back, and the contact is paused', async () => {
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ooo.gus@ex.test', first_name: 'Gus' });
    await advanceClock(api, 1);
    await advanceClock(api, 60);
    expect(await contact(c.id)).toMatchObject({ paused: true, resume_at: '2026-03-07T09:01:01.000Z', finished: false });
    const [conversation] = await conversations();
    expect(conversation).toMatchObject({ title: 'Hello there', unread_count: 1 });
    const [message] = await messages(conversation.id);
    expect(OUT_OF_OFFICE.map(text => `${text('March 7, 2026')}\n\nGus`)).toContain(message.text);
    const [autoresponse] = await events(`ContactId=${c.id}&type=autoresponse`);
    expect(autoresponse).toMatchObject({ thread_id: conversation.id, email_id: message.id });
  });

  it('the drawn reply text comes from the seeded random source: the same seed and steps give the same text', async () => {
    const run = async () => {
      await freshSandbox();
      const campaign = await activeCampaign();
      await enroll(api, { TeamId: team, CampaignId: campaign, email: 'interested.kai@ex.test', first_name: 'Kai' });
      await enroll(api, { TeamId: team, CampaignId: campaign, email: 'reply.lu@ex.test', first_name: 'Lu' });
      await advanceClock(api, 1);
      await advanceClock(api, 3 * HOUR);
      const texts: string[] = [];
      for (const conversation of await conversations()) texts.push(...(await messages(conversation.id)).map(m => m.text));
      return texts;
    };
    const first = await run();
    expect(first).toHaveLength(2);
    expect(await run()).toEqual(first);
    expect([...replies('interested', 'Kai'), ...replies('question', 'Lu')]).toEqual(expect.arrayContaining(first));
  });
});

describe('the campaign\'s blacklist flags', () => {
  beforeEach(freshSandbox);

  it('a hard bounce adds the address at team level with reason bounce; a soft bounce does not', async () => {
    const campaign = await activeCampaign();
    await enroll(api, { TeamId: team, CampaignId: campaign, email: 'Bounce.Cy@Ex.test' });
    await enroll(api, { TeamId: team, CampaignId: campaign, email: 'softbounce.ed@ex.test' });
    await advanceClock(api, 1);
    await advanceClock(api, 5 * 60);
    expect(await blacklist()).toEqual([{
      object: 'blacklist_item', id: expect.any(String), item: 'bounce.cy@ex.test', type: 'email', level: 'team', team_wide: true,
      team: { id: team, name: 'Northwind Outbound' }, campaign: null, created_by: null, reason: 'bounce',
      created_at: '2026-03-02T09:02:01.000Z', updated_at: '2026-03-02T09:02:01.000Z',
    }]);
  });

  it('an unsubscribe adds the address with reason unsubscribe', async () => {
    const campaign = await activeCampaign();
    await enroll(api, { TeamId: team, CampaignId: campaign, email: 'unsub.fay@ex.test' });
    await advanceClock(api, 1);
    await advanceClock(api, 2 * HOUR);
    expect((await blacklist()).map(b => [b.item, b.type, b.level, b.reason, b.created_by])).toEqual([['unsub.fay@ex.test', 'email', 'team', 'unsubscribe', null]]);
  });

  it('a reply adds the contact\'s domain at campaign level with reason reply, once; free-mail domains are left alone', async () => {
    const campaign = await activeCampaign();
    await enroll(api, { TeamId: team, CampaignId: campaign, email: 'interested.ada@analytical.test' });
    await enroll(api, { TeamId: team, CampaignId: campaign, email: 'reply.cy@analytical.test' });
    await enroll(api, { TeamId: team, CampaignId: campaign, email: 'reply.di@gmail.com' });
    await advanceClock(api, 1);
    await advanceClock(api, 3 * HOUR);
    expect(await events('type=reply')).toHaveLength(3);
    expect(await blacklist()).toEqual([{
      object: 'blacklist_item', id: expect.any(String), item: 'analytical.test', type: 'domain', level: 'campaign', team_wide: false,
      team: { id: team, name: 'Northwind Outbound' }, campaign: { id: campaign, name: 'Outreach' }, created_by: null, reason: 'reply',
      created_at: '2026-03-02T11:00:01.000Z', updated_at: '2026-03-02T11:00:01.000Z',
    }]);
  });

  it('with the flags off nothing is added', async () => {
    const campaign = await activeCampaign(TWO_EMAILS, { blacklistIfBounced: false, blacklistIfUnsubscribe: false, blacklistDomainOnReply: false });
    for (const email of ['bounce.cy@ex.test', 'unsub.fay@ex.test', 'interested.ada@analytical.test']) await enroll(api, { TeamId: team, CampaignId: campaign, email });
    await advanceClock(api, 1);
    await advanceClock(api, 3 * HOUR);
    expect((await events('')).map(e => e.type).filter(t => ['bounce', 'unsubscribe', 'reply'].includes(t)).sort()).toEqual(['bounce', 'reply', 'unsubscribe']);
    expect(await blacklist()).toEqual([]);
  });

  it('an entry that already covers the address is not duplicated', async () => {
    const campaign = await activeCampaign();
    const a = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ann@ex.test' });
    const b = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ben@ex.test' });
    const org = await api.post('/v2/blacklist').send({ item: 'ben@ex.test', level: 'organization' });
    expect(org.status).toBe(201);
    await advanceClock(api, 1);
    await engagement({ contact_id: a.id, type: 'bounce', category: 'invalid_recipient' });
    await engagement({ contact_id: a.id, type: 'unsubscribe' });
    await engagement({ contact_id: b.id, type: 'bounce', category: 'policy_block' });
    expect((await blacklist()).map(x => [x.item, x.reason])).toEqual([['ann@ex.test', 'bounce']]);
    const all = await api.get('/v2/blacklist?level=organization');
    expect(all.body.data.map((x: Json) => [x.item, x.reason])).toEqual([['ben@ex.test', 'manual']]);
  });
});

describe('LinkedIn and Twitter steps', () => {
  beforeEach(freshSandbox);

  it('skip with NO_LINKEDIN_URL, INVALID_LINKEDIN_URL, NO_LINKEDIN_IDENTITY, NO_TWITTER_URL, NO_TWITTER_IDENTITY; the contact stays', async () => {
    const linkedin = await activeCampaign(socialSequence('linkedinConnectionNode', 'emailNode'));
    const twitter = await activeCampaign(socialSequence('twitterFollowNode', 'emailNode'));
    const cases: [string, Json, string][] = [
      [linkedin, { email: 'a@ex.test' }, 'NO_LINKEDIN_URL'],
      [linkedin, { email: 'b@ex.test', linkedin_url: 'https://example.com/in/b' }, 'INVALID_LINKEDIN_URL'],
      [linkedin, { email: 'c@ex.test', linkedin_url: 'https://www.linkedin.com/in/c-person' }, 'NO_LINKEDIN_IDENTITY'],
      [twitter, { email: 'd@ex.test' }, 'NO_TWITTER_URL'],
      [twitter, { email: 'e@ex.test', custom: { twitter: 'https://twitter.com/e_person' } }, 'NO_TWITTER_IDENTITY'],
    ];
    const ids = [];
    for (const [campaign, body] of cases) ids.push((await enroll(api, { TeamId: team, CampaignId: campaign, ...body })).id);
    await advanceClock(api, 1);
    for (const [i, [, , reason]] of cases.entries()) {
      expect(await contact(ids[i])).toMatchObject({ reason, started_sequence: true, finished: false, node_id: 's1' });
    }
    await advanceClock(api, 60);
    for (const id of ids) expect((await events(`ContactId=${id}&type=sent`)).map(e => e.channel)).toEqual(['email']);
    expect(await events('channel=linkedin')).toEqual([]);
    expect(await overview(linkedin)).toMatchObject({ linkedInSentCount: 0, emailSentCount: 3 });
  });

  it('a disconnected identity skips with LINKEDIN_NOT_CONNECTED', async () => {
    const identity = await connectIdentity({ team_id: team, type: 'linkedin', handle: 'alex-kim', status: 'disconnected', error: 'Session expired' });
    const campaign = await draftThenActive(socialSequence('linkedinMessageNode'), { LinkedinId: identity.id });
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, linkedin_url: 'https://www.linkedin.com/in/ada-l' });
    await advanceClock(api, 1);
    expect(await contact(c.id)).toMatchObject({ reason: 'LINKEDIN_NOT_CONNECTED' });
    expect(await events('channel=linkedin')).toEqual([]);
  });

  it('acts through the campaign\'s connected identity: a sent event on linkedin, linkedInSentCount moves; a second request is LINKEDIN_ALREADY_CONNECTED', async () => {
    const identity = await connectIdentity({ team_id: team, type: 'linkedin', handle: 'alex-kim', first_name: 'Alex' });
    const sequence = socialSequence('linkedinProfileVisitNode', 'linkedinConnectionNode', 'linkedinConnectionWithMessageNode');
    const campaign = await draftThenActive(sequence, { LinkedinId: identity.id });
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, linkedin_url: 'https://www.linkedin.com/in/Ada-L/?trk=x' });
    await advanceClock(api, 1);
    expect(await overview(campaign)).toMatchObject({ linkedInSentCount: 0, contactedCount: 1, emailSentCount: 0 });
    await advanceClock(api, 60);
    await advanceClock(api, 60);
    await advanceClock(api, 60);

    const sent = (await events(`ContactId=${c.id}&type=sent`)).reverse();
    expect(sent.map(e => [e.channel, e.details.node_type, e.date])).toEqual([
      ['linkedin', 'linkedinProfileVisitNode', '2026-03-02T09:00:01.000Z'],
      // The identity's 90 s cooldown (its settings) holds the second action: the visit was at 09:00:01.
      ['linkedin', 'linkedinConnectionNode', '2026-03-02T09:01:31.000Z'],
    ]);
    expect(sent[1]).toMatchObject({ campaign_id: campaign, contact_id: c.id, sequence_step: 3, details: { identity_id: identity.id, target: 'https://www.linkedin.com/in/ada-l' } });
    expect(await contact(c.id)).toMatchObject({ reason: 'LINKEDIN_ALREADY_CONNECTED', finished: true });
    expect(await overview(campaign)).toMatchObject({ linkedInSentCount: 1, emailSentCount: 0 });

    // The same person in another campaign of the identity: already connected too.
    const other = await draftThenActive(socialSequence('linkedinConnectionNode'), { LinkedinId: identity.id });
    const again = await enroll(api, { TeamId: team, CampaignId: other, linkedin_url: 'https://linkedin.com/in/ada-l' });
    await advanceClock(api, 1);
    expect(await contact(again.id)).toMatchObject({ reason: 'LINKEDIN_ALREADY_CONNECTED' });
    expect(await overview(other)).toMatchObject({ linkedInSentCount: 0 });
  });

  it('the blacklist blocks a LinkedIn step that would act, by LinkedIn URL or by address: no sent event, the contact finishes BLACKLISTED', async () => {
    const identity = await connectIdentity({ team_id: team, type: 'linkedin', handle: 'alex-kim' });
    const campaign = await draftThenActive(socialSequence('linkedinConnectionNode'), { LinkedinId: identity.id });
    expect((await api.post('/v2/blacklist').send({ item: 'https://www.linkedin.com/in/ada-l', level: 'team', team_id: team })).status).toBe(201);
    expect((await api.post('/v2/blacklist').send({ item: 'bo@rival.test', level: 'organization' })).status).toBe(201);
    const ada = await enroll(api, { TeamId: team, CampaignId: campaign, linkedin_url: 'https://linkedin.com/in/Ada-L' });
    const bo = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'bo@rival.test', linkedin_url: 'https://www.linkedin.com/in/bo-k' });
    const cy = await enroll(api, { TeamId: team, CampaignId: campaign, linkedin_url: 'https://www.linkedin.com/in/cy-m' });
    await advanceClock(api, 1);
    for (const blocked of [ada, bo]) expect(await contact(blocked.id)).toMatchObject({ finished: true, reason: 'BLACKLISTED' });
    expect((await events('channel=linkedin&type=sent')).map(e => e.contact_id)).toEqual([cy.id]);
    expect(await overview(campaign)).toMatchObject({ linkedInSentCount: 1 });
  });

  it("a LinkedIn URL entry blocks the contact's emails too", async () => {
    const campaign = await activeCampaign();
    expect((await api.post('/v2/blacklist').send({ item: 'https://www.linkedin.com/in/ada-l', level: 'organization' })).status).toBe(201);
    const ada = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@northwind-client.test', linkedin_url: 'https://www.linkedin.com/in/ada-l' });
    await advanceClock(api, 1);
    expect(await contact(ada.id)).toMatchObject({ finished: true, reason: 'BLACKLISTED' });
    expect(await events(`ContactId=${ada.id}&type=sent`)).toEqual([]);
  });

  it("an identity acts within its daily limit, hours and cooldown; beyond them the step waits (IDENTITY_DAILY_LIMIT for the limit)", async () => {
    const identity = await connectIdentity({ team_id: team, type: 'linkedin', handle: 'alex-kim' });
    const patched = await api.patch(`/v2/identities/${identity.id}`).send({ settings: { max_connection_requests_per_day: 2, action_cooldown_seconds: 30 } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const campaign = await draftThenActive(socialSequence('linkedinConnectionNode'), { LinkedinId: identity.id });
    const people = [];
    for (const handle of ['ada-l', 'bo-k', 'cy-m']) people.push(await enroll(api, { TeamId: team, CampaignId: campaign, linkedin_url: `https://www.linkedin.com/in/${handle}` }));
    await advanceClock(api, 120);
    const sentAt = async () => (await events('channel=linkedin&type=sent')).map(e => e.date).reverse();
    // One at 09:00:01, the next after the 30 s cooldown; the third is over the day's 2 requests.
    expect(await sentAt()).toEqual(['2026-03-02T09:00:01.000Z', '2026-03-02T09:00:31.000Z']);
    expect(await contact(people[2].id)).toMatchObject({ status: 'queued', reason: 'IDENTITY_DAILY_LIMIT', next_step: '2026-03-03T09:00:00.000Z', finished: false });
    await advanceClock(api, DAY);
    expect((await sentAt())[2]).toBe('2026-03-03T09:00:00.000Z');
    expect(await contact(people[2].id)).toMatchObject({ reason: null, finished: true });

    // Outside its hours (09:00–17:00 on weekdays, UTC): Tuesday 18:00 waits for Wednesday 09:00.
    await setClock(api, '2026-03-03T18:00:00.000Z');
    const late = await enroll(api, { TeamId: team, CampaignId: campaign, linkedin_url: 'https://www.linkedin.com/in/di-n' });
    await advanceClock(api, 60);
    expect(await contact(late.id)).toMatchObject({ status: 'queued', next_step: '2026-03-04T09:00:00.000Z', reason: null });
  });

  it('the connections travel in the snapshot', async () => {
    const identity = await connectIdentity({ team_id: team, type: 'linkedin', handle: 'alex-kim' });
    const campaign = await draftThenActive(socialSequence('linkedinConnectionNode'), { LinkedinId: identity.id });
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, linkedin_url: 'https://www.linkedin.com/in/ada-l' });
    await advanceClock(api, 1);
    const snapshot = (await api.get('/__sandbox/state')).body;
    expect(snapshot.supersend.social).toEqual({
      connections: [{ identity_id: identity.id, linkedin_url: 'https://www.linkedin.com/in/ada-l', at: Date.parse('2026-03-02T09:00:01.000Z') }],
      linkedin_reached: [{ campaign_id: campaign, contact_id: c.id }],
      identity_days: [{ identity_id: identity.id, day: '2026-03-02', counts: { connection: 1 }, last_at: Date.parse('2026-03-02T09:00:01.000Z') }],
    });
    const copy = await createTestApi({ seedData: false });
    expect((await copy.put('/__sandbox/state').send(snapshot)).status).toBe(200);
    expect((await copy.get('/__sandbox/state')).body.supersend.social).toEqual(snapshot.supersend.social);
  });
});

describe('LinkedIn and Twitter steps through the sender profile (default data set)', () => {
  let acme: string;
  let senders: Json[];
  let profiles: Json[];

  beforeAll(async () => {
    await seededTeams(await createTestApi());
  }, 120_000);

  beforeEach(async () => {
    api = await createTestApi();
    ({ acme } = await seededTeams(api));
    team = acme;
    expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    // A Monday afternoon in Europe, morning in America: inside every seeded identity's working hours.
    await setClock(api, '2026-03-02T15:00:00.000Z');
    await quietModel();
    senders = (await api.get('/v2/senders?limit=100')).body.data;
    profiles = (await api.get(`/v2/sender-profiles?team_id=${acme}`)).body.data;
  });

  const senderId = (email: string) => senders.find(s => s.email === email)!.id;
  const profile = (name: string) => profiles.find(p => p.name === name)!;

  it('the profile of the campaign\'s sender acts on LinkedIn and Twitter; a profile without a LinkedIn identity skips', async () => {
    const rotation = profile('Alex rotation');
    const campaign = await draftThenActive(socialSequence('linkedinMessageNode', 'twitterFollowNode'), { SenderIds: [senderId('alex@acme-outbound.test')] }, acme);
    const c = await enroll(api, { TeamId: acme, CampaignId: campaign, email: 'zed@zed-co.test', linkedin_url: 'https://www.linkedin.com/in/zed-z', custom: { twitter: 'zed_z' } });
    await advanceClock(api, 1);
    await advanceClock(api, 60);
    const sent = (await events(`ContactId=${c.id}&type=sent`, acme)).reverse();
    expect(sent.map(e => [e.channel, e.details.node_type, e.details.identity_id])).toEqual([
      ['linkedin', 'linkedinMessageNode', rotation.linkedin_identity.id],
      ['twitter', 'twitterFollowNode', rotation.twitter_identity.id],
    ]);
    expect(await contact(c.id)).toMatchObject({ reason: null, finished: true });
    expect(await overview(campaign, acme)).toMatchObject({ linkedInSentCount: 1, emailSentCount: 1 });

    const overflow = await draftThenActive(socialSequence('linkedinMessageNode'), { SenderIds: [senderId('sam@acme-outbound.test')] }, acme);
    const d = await enroll(api, { TeamId: acme, CampaignId: overflow, email: 'yan@zed-co.test', linkedin_url: 'https://www.linkedin.com/in/yan-y' });
    await advanceClock(api, 1);
    expect(profile('Acme Outbound overflow').linkedin_identity).toBeNull();
    expect(await contact(d.id)).toMatchObject({ reason: 'NO_LINKEDIN_IDENTITY' });
  });

  it('a disconnected Twitter identity on the profile skips with TWITTER_NOT_CONNECTED', async () => {
    const rotation = profile('Alex rotation');
    await connectIdentity({ team_id: acme, type: 'twitter', handle: 'alex_backup', status: 'disconnected', sender_profile_id: rotation.id });
    const campaign = await draftThenActive(socialSequence('twitterDMNode'), { SenderIds: [senderId('alex@acme-outbound.test')] }, acme);
    const c = await enroll(api, { TeamId: acme, CampaignId: campaign, email: 'xia@zed-co.test', custom: { twitter: 'xia_x' } });
    await advanceClock(api, 1);
    expect(await contact(c.id)).toMatchObject({ reason: 'TWITTER_NOT_CONNECTED' });
    expect(await events('channel=twitter', acme)).toEqual([]);
  });
});
