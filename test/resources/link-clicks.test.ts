/**
 * Inbox reply link clicks (openapi.yaml: listCampaignInboxLinkClicks, listContactInboxLinkClicks; the
 * control document: ctlRecordLinkClick): clicks are made with POST /__sandbox/link-clicks and read back
 * through both lists, the campaign's reply_link_clicks rollup, the contact's flag and the event log.
 * The clock is frozen a minute before UTC midnight, so the day boundary can be crossed on purpose.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { advanceClock, enroll, setClock } from '../support/fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const NEAR_MIDNIGHT = '2026-03-02T23:59:00.000Z';
const PRICING = 'https://northwind.test/pricing';
const DEMO = 'https://northwind.test/demo?ref=reply#book';
const UTM = 'utm_source=supersend&utm_medium=inbox_reply&utm_campaign=q1-cto-outreach';

let api: TestApi;
let team: string;
let otherTeam: string;
let campaign: string;
let otherCampaign: string;
/** Ada (email) and Lin (LinkedIn only) in the campaign; Bob in another campaign of the same team. */
let ada: string;
let lin: string;
let bob: string;

async function enrol(campaignId: string, person: Record<string, unknown>): Promise<string> {
  return (await enroll(api, { TeamId: team, CampaignId: campaignId, ...person })).id;
}

beforeEach(async () => {
  api = await createTestApi({ seedData: false });
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  await setClock(api, NEAR_MIDNIGHT);
  team = (await api.post('/v2/teams').send({ name: 'Northwind Outbound' })).body.data.id;
  otherTeam = (await api.post('/v2/teams').send({ name: 'Globex Sales' })).body.data.id;
  campaign = (await api.post('/v2/campaigns').send({ name: 'Q1 CTO Outreach!', TeamId: team })).body.data.id;
  otherCampaign = (await api.post('/v2/campaigns').send({ name: 'Webinar follow-up', TeamId: team })).body.data.id;
  ada = await enrol(campaign, { email: 'ada@analytical.test', first_name: 'Ada', last_name: 'Lovelace' });
  lin = await enrol(campaign, { linkedin_url: 'https://www.linkedin.com/in/lin-only' });
  bob = await enrol(otherCampaign, { email: 'bob@builder.test', first_name: 'Bob' });
});

async function click(body: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await api.post('/__sandbox/link-clicks').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

const replyLinkClicks = async (id = campaign) => (await api.get(`/v2/campaigns/${id}`)).body.data.reply_link_clicks as number;
const contact = async (id: string) => (await api.get(`/v2/contacts/${id}`)).body.data;

async function campaignClicks(query = '', id = campaign) {
  const res = await api.get(`/v2/campaigns/${id}/inbox-link-clicks${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

async function contactClicks(id: string, query = '') {
  const res = await api.get(`/v2/contacts/${id}/inbox-link-clicks${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

describe('POST /__sandbox/link-clicks', () => {
  it('records a click with every stored field and shows it in both lists', async () => {
    const recorded = await click({ contact_id: ada, original_url: PRICING, ip: '203.0.113.10', sequence_step: 2 });
    expect(recorded).toEqual({
      id: expect.stringMatching(UUID),
      link_id: expect.stringMatching(UUID),
      contact_id: ada,
      campaign_id: campaign,
      original_url: PRICING,
      final_url: `${PRICING}?${UTM}`,
      clicked_at: NEAR_MIDNIGHT,
      is_first_today: true,
      conversation_id: expect.stringMatching(UUID),
      conversation_message_id: expect.stringMatching(UUID),
      sender_id: null,
      sequence_step: 2,
      ip: '203.0.113.10',
    });

    const byContact = await contactClicks(ada);
    expect(byContact.clicks).toEqual([
      {
        id: recorded.id,
        link_id: recorded.link_id,
        original_url: PRICING,
        clicked_at: NEAR_MIDNIGHT,
        conversation_id: recorded.conversation_id,
        conversation_message_id: recorded.conversation_message_id,
        contact_id: ada,
        sender_id: null,
      },
    ]);
    expect(byContact.pagination).toEqual({ total: 1, limit: 50, offset: 0, has_more: false });

    const byCampaign = await campaignClicks();
    expect(byCampaign.campaign_id).toBe(campaign);
    expect(byCampaign.clicks).toEqual([
      {
        id: recorded.id,
        link_id: recorded.link_id,
        original_url: PRICING,
        final_url: `${PRICING}?${UTM}`,
        clicked_at: NEAR_MIDNIGHT,
        is_first_today: true,
        ip: '203.0.113.10',
        contact: { id: ada, email: 'ada@analytical.test', name: 'Ada Lovelace' },
        sender_email: null,
        sequence_step: 2,
      },
    ]);
    expect(byCampaign.pagination).toEqual({ page: 1, limit: 25, total: 1, total_pages: 1 });
  });

  it('keeps one link id per (contact, original_url) and one conversation per contact', async () => {
    const first = await click({ contact_id: ada, original_url: PRICING });
    const again = await click({ contact_id: ada, original_url: PRICING });
    const otherUrl = await click({ contact_id: ada, original_url: DEMO });
    const otherContact = await click({ contact_id: lin, original_url: PRICING });

    expect(again.link_id).toBe(first.link_id);
    expect(again.id).not.toBe(first.id);
    expect(otherUrl.link_id).not.toBe(first.link_id);
    expect(otherContact.link_id).not.toBe(first.link_id);
    for (const c of [again, otherUrl]) {
      expect(c.conversation_id).toBe(first.conversation_id);
      expect(c.conversation_message_id).toBe(first.conversation_message_id);
    }
    expect(otherContact.conversation_id).not.toBe(first.conversation_id);
    expect(otherContact.conversation_message_id).not.toBe(first.conversation_message_id);
    // State: the contact's list holds its three clicks over two links.
    const list = await contactClicks(ada);
    expect(new Set(list.clicks.map((c: { link_id: string }) => c.link_id))).toEqual(new Set([first.link_id, otherUrl.link_id]));
    expect(list.pagination.total).toBe(3);
  });

  it('uses a given link_id, and refuses one already used by another contact or URL without changing anything', async () => {
    const named = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
    const first = await click({ contact_id: ada, original_url: PRICING, link_id: named });
    expect(first.link_id).toBe(named);
    expect((await click({ contact_id: ada, original_url: PRICING, link_id: named })).link_id).toBe(named);
    const before = { count: await replyLinkClicks(), rows: (await campaignClicks()).pagination.total };

    for (const body of [
      { contact_id: lin, original_url: PRICING, link_id: named },
      { contact_id: ada, original_url: DEMO, link_id: named },
    ]) {
      const res = await api.post('/__sandbox/link-clicks').send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_link_id', param: 'link_id' });
    }
    expect(await replyLinkClicks()).toBe(before.count);
    expect((await campaignClicks()).pagination.total).toBe(before.rows);
    expect((await contact(lin)).reply_link_clicked).toBe(false);
  });

  it('appends the UTM parameters to the query before the fragment, or gives final_url null with utm: false', async () => {
    expect((await click({ contact_id: ada, original_url: DEMO })).final_url).toBe(`https://northwind.test/demo?ref=reply&${UTM}#book`);
    const off = await click({ contact_id: ada, original_url: PRICING, utm: false });
    expect(off.final_url).toBeNull();
    // Renaming the campaign changes the slug of later clicks only.
    expect((await api.patch(`/v2/campaigns/${campaign}`).send({ name: 'Ärger & Co — Spring' })).status).toBe(200);
    expect((await click({ contact_id: ada, original_url: PRICING })).final_url).toBe(
      `${PRICING}?utm_source=supersend&utm_medium=inbox_reply&utm_campaign=arger-co-spring`,
    );
    const stored = (await campaignClicks()).clicks.map((c: { final_url: string | null }) => c.final_url);
    expect(stored).toEqual([`${PRICING}?utm_source=supersend&utm_medium=inbox_reply&utm_campaign=arger-co-spring`, null, `https://northwind.test/demo?ref=reply&${UTM}#book`]);
  });

  it('defaults clicked_at to the workspace clock and takes a given one', async () => {
    expect((await click({ contact_id: ada, original_url: PRICING })).clicked_at).toBe(NEAR_MIDNIGHT);
    await advanceClock(api, 30);
    expect((await click({ contact_id: ada, original_url: PRICING })).clicked_at).toBe('2026-03-02T23:59:30.000Z');
    const given = await click({ contact_id: ada, original_url: DEMO, clicked_at: '2026-03-01T12:00:00+02:00' });
    expect(given.clicked_at).toBe('2026-03-01T10:00:00.000Z');
  });

  it('answers 404 contact_not_found for an unknown or deleted contact, and changes nothing', async () => {
    const unknown = await api.post('/__sandbox/link-clicks').send({ contact_id: UNKNOWN_ID, original_url: PRICING });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('contact_not_found');

    expect((await api.delete(`/v2/contacts/${lin}`)).status).toBe(200);
    const deleted = await api.post('/__sandbox/link-clicks').send({ contact_id: lin, original_url: PRICING });
    expect(deleted.status).toBe(404);
    expect(deleted.body.error.code).toBe('contact_not_found');

    expect(await replyLinkClicks()).toBe(0);
    expect((await campaignClicks()).clicks).toEqual([]);
    expect((await api.get('/v2/events?type=click')).body.pagination.total).toBe(0);
  });

  it('answers 400 for bad input, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ original_url: PRICING }, 'contact_id'],
      [{ contact_id: 'not-a-uuid', original_url: PRICING }, 'contact_id'],
      [{ contact_id: ada }, 'original_url'],
      [{ contact_id: ada, original_url: 'ftp://northwind.test/file' }, 'original_url'],
      [{ contact_id: ada, original_url: 'mailto:ada@analytical.test' }, 'original_url'],
      [{ contact_id: ada, original_url: PRICING, ip: 'banana' }, 'ip'],
      [{ contact_id: ada, original_url: PRICING, sequence_step: 0 }, 'sequence_step'],
      [{ contact_id: ada, original_url: PRICING, clicked_at: 'yesterday' }, 'clicked_at'],
      [{ contact_id: ada, original_url: PRICING, link_id: 'abc' }, 'link_id'],
      [{ contact_id: ada, original_url: PRICING, campaign_id: campaign }, 'campaign_id'],
    ];
    for (const [body, param] of cases) {
      const res = await api.post('/__sandbox/link-clicks').send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.param, JSON.stringify(res.body)).toBe(param);
    }
    expect(await replyLinkClicks()).toBe(0);
    expect((await contact(ada)).reply_link_clicked).toBe(false);
    expect((await contactClicks(ada)).clicks).toEqual([]);
  });

  it('needs a key of the workspace', async () => {
    expect((await api.as(null).post('/__sandbox/link-clicks').send({ contact_id: ada, original_url: PRICING })).status).toBe(401);
    expect((await contactClicks(ada)).clicks).toEqual([]);
  });
});

describe('rollup: reply_link_clicks, reply_link_clicked and the click event', () => {
  it('counts at most one click per (contact, link, UTC day) and counts again after UTC midnight', async () => {
    expect(await replyLinkClicks()).toBe(0);
    const first = await click({ contact_id: ada, original_url: PRICING }); // 23:59:00
    expect(first.is_first_today).toBe(true);
    expect(await replyLinkClicks()).toBe(1);

    await advanceClock(api, 30); // 23:59:30, same UTC day
    const sameDay = await click({ contact_id: ada, original_url: PRICING });
    expect(sameDay.is_first_today).toBe(false);
    expect(await replyLinkClicks()).toBe(1);

    await advanceClock(api, 60); // 00:00:30, the next UTC day
    const nextDay = await click({ contact_id: ada, original_url: PRICING });
    expect(nextDay.clicked_at).toBe('2026-03-03T00:00:30.000Z');
    expect(nextDay.is_first_today).toBe(true);
    expect(await replyLinkClicks()).toBe(2);

    // Another link of the same contact, and the same URL for another contact, each count once.
    expect((await click({ contact_id: ada, original_url: DEMO })).is_first_today).toBe(true);
    expect(await replyLinkClicks()).toBe(3);
    expect((await click({ contact_id: lin, original_url: PRICING })).is_first_today).toBe(true);
    expect((await click({ contact_id: lin, original_url: PRICING })).is_first_today).toBe(false);
    expect(await replyLinkClicks()).toBe(4);

    // The raw list keeps all six clicks; the other campaign is untouched.
    expect((await campaignClicks()).pagination.total).toBe(6);
    expect(await replyLinkClicks(otherCampaign)).toBe(0);
  });

  it('decides the first click of the day by clicked_at, whatever order clicks arrive in', async () => {
    const late = await click({ contact_id: ada, original_url: PRICING, clicked_at: '2026-03-02T18:00:00.000Z' });
    expect(late.is_first_today).toBe(true);
    const early = await click({ contact_id: ada, original_url: PRICING, clicked_at: '2026-03-02T08:00:00.000Z' });
    expect(early.is_first_today).toBe(true);
    expect(await replyLinkClicks()).toBe(1);
    const rows = (await campaignClicks()).clicks;
    expect(rows.map((c: { id: string; is_first_today: boolean }) => [c.id, c.is_first_today])).toEqual([
      [late.id, false],
      [early.id, true],
    ]);
  });

  it("sets the contact's reply_link_clicked flag and last activity, not the sequence-step clicked flag", async () => {
    expect((await contact(ada)).reply_link_clicked).toBe(false);
    await click({ contact_id: ada, original_url: PRICING });
    const after = await contact(ada);
    expect(after.reply_link_clicked).toBe(true);
    expect(after.clicked).toBe(false);
    expect((await contact(lin)).reply_link_clicked).toBe(false);
    expect(api.sandbox.workspace('default')!.stores.supersend.enrollments.get(ada)!.last_activity_at).toBe(NEAR_MIDNIGHT);
    // An older click does not move last activity back.
    await click({ contact_id: ada, original_url: PRICING, clicked_at: '2026-03-01T00:00:00.000Z' });
    expect(api.sandbox.workspace('default')!.stores.supersend.enrollments.get(ada)!.last_activity_at).toBe(NEAR_MIDNIGHT);
  });

  it('records a click event for every click', async () => {
    const recorded = await click({ contact_id: ada, original_url: PRICING });
    await click({ contact_id: ada, original_url: PRICING });
    const res = await api.get(`/v2/events?type=click&ContactId=${ada}`);
    expect(res.status).toBe(200);
    expect(res.body.pagination.total).toBe(2);
    expect(res.body.data[1]).toMatchObject({
      type: 'click',
      channel: 'email',
      date: NEAR_MIDNIGHT,
      clicked: true,
      clicks: 1,
      contact_id: ada,
      campaign_id: campaign,
      details: { link_id: recorded.link_id, url: PRICING, inbox_reply: true },
    });
  });
});

describe('GET /v2/contacts/:id/inbox-link-clicks', () => {
  it('lists newest first with limit/offset paging', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await click({ contact_id: ada, original_url: `${PRICING}?v=${i}` })).id);
      await advanceClock(api, 10);
    }
    await click({ contact_id: lin, original_url: PRICING });
    const newest = [...ids].reverse();

    const all = await contactClicks(ada);
    expect(all.clicks.map((c: { id: string }) => c.id)).toEqual(newest);
    expect(all.pagination).toEqual({ total: 5, limit: 50, offset: 0, has_more: false });

    const page1 = await contactClicks(ada, '?limit=2');
    expect(page1.clicks.map((c: { id: string }) => c.id)).toEqual(newest.slice(0, 2));
    expect(page1.pagination).toEqual({ total: 5, limit: 2, offset: 0, has_more: true });
    const page3 = await contactClicks(ada, '?limit=2&offset=4');
    expect(page3.clicks.map((c: { id: string }) => c.id)).toEqual(newest.slice(4));
    expect(page3.pagination).toEqual({ total: 5, limit: 2, offset: 4, has_more: false });
    const beyond = await contactClicks(ada, '?offset=10');
    expect(beyond.clicks).toEqual([]);
    expect(beyond.pagination).toEqual({ total: 5, limit: 50, offset: 10, has_more: false });
  });

  it('orders by clicked_at, not by recording order', async () => {
    const recent = await click({ contact_id: ada, original_url: PRICING });
    const older = await click({ contact_id: ada, original_url: PRICING, clicked_at: '2026-03-01T09:00:00.000Z' });
    expect((await contactClicks(ada)).clicks.map((c: { id: string }) => c.id)).toEqual([recent.id, older.id]);
  });

  it("accepts the contact's team_id, 403 for a team out of reach, 404 for another team", async () => {
    await click({ contact_id: ada, original_url: PRICING });
    expect((await contactClicks(ada, `?team_id=${team}`)).clicks).toHaveLength(1);

    const foreign = await api.get(`/v2/contacts/${ada}/inbox-link-clicks?team_id=${UNKNOWN_ID}`);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });

    const other = await api.get(`/v2/contacts/${ada}/inbox-link-clicks?team_id=${otherTeam}`);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('contact_not_found');
  });

  it('answers 404 for an unknown or deleted contact, 400 for bad paging', async () => {
    const unknown = await api.get(`/v2/contacts/${UNKNOWN_ID}/inbox-link-clicks`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('contact_not_found');
    await click({ contact_id: lin, original_url: PRICING });
    expect((await api.delete(`/v2/contacts/${lin}`)).status).toBe(200);
    expect((await api.get(`/v2/contacts/${lin}/inbox-link-clicks`)).status).toBe(404);

    expect((await api.get(`/v2/contacts/not-a-uuid/inbox-link-clicks`)).status).toBe(400);
    for (const q of ['limit=101', 'limit=0', 'offset=-1', 'team_id=nope']) {
      const res = await api.get(`/v2/contacts/${ada}/inbox-link-clicks?${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});

describe('GET /v2/campaigns/:id/inbox-link-clicks', () => {
  /** Four clicks on two UTC days: Ada 23:59:00 and 23:59:30 (same link), Lin 23:59:45, Ada 00:00:30 next day. */
  async function fourClicks() {
    const a1 = await click({ contact_id: ada, original_url: PRICING });
    await advanceClock(api, 30);
    const a2 = await click({ contact_id: ada, original_url: PRICING });
    await advanceClock(api, 15);
    const l1 = await click({ contact_id: lin, original_url: DEMO, utm: false });
    await advanceClock(api, 45);
    const a3 = await click({ contact_id: ada, original_url: PRICING });
    await click({ contact_id: bob, original_url: PRICING });
    return { a1, a2, l1, a3 };
  }
  const ids = (data: { clicks: { id: string }[] }) => data.clicks.map(c => c.id);

  it("lists only the campaign's clicks, newest first, with is_first_today per (contact, link, UTC day)", async () => {
    const { a1, a2, l1, a3 } = await fourClicks();
    const data = await campaignClicks();
    expect(ids(data)).toEqual([a3.id, l1.id, a2.id, a1.id]);
    expect(data.clicks.map((c: { is_first_today: boolean }) => c.is_first_today)).toEqual([true, true, false, true]);
    expect(data.clicks[1]).toMatchObject({ contact: { id: lin, email: null, name: null }, final_url: null, ip: null });
    expect(data.pagination).toEqual({ page: 1, limit: 25, total: 4, total_pages: 1 });
    // Bob's click belongs to the other campaign.
    expect((await campaignClicks('', otherCampaign)).pagination.total).toBe(1);
  });

  it('pages by page and limit', async () => {
    const { a1, a2, l1, a3 } = await fourClicks();
    const p1 = await campaignClicks('?limit=3');
    expect(ids(p1)).toEqual([a3.id, l1.id, a2.id]);
    expect(p1.pagination).toEqual({ page: 1, limit: 3, total: 4, total_pages: 2 });
    const p2 = await campaignClicks('?limit=3&page=2');
    expect(ids(p2)).toEqual([a1.id]);
    expect(p2.pagination).toEqual({ page: 2, limit: 3, total: 4, total_pages: 2 });
    const p9 = await campaignClicks('?limit=3&page=9');
    expect(p9.clicks).toEqual([]);
    expect(p9.pagination).toEqual({ page: 9, limit: 3, total: 4, total_pages: 2 });
    const empty = await campaignClicks('', (await api.post('/v2/campaigns').send({ name: 'Empty', TeamId: team })).body.data.id);
    expect(empty).toMatchObject({ clicks: [], pagination: { page: 1, limit: 25, total: 0, total_pages: 0 } });
  });

  it('defaults limit to 25 and refuses more than 100', async () => {
    for (let i = 0; i < 27; i++) await click({ contact_id: ada, original_url: `${PRICING}?n=${i}` });
    const first = await campaignClicks();
    expect(first.clicks).toHaveLength(25);
    expect(first.pagination).toEqual({ page: 1, limit: 25, total: 27, total_pages: 2 });
    expect((await campaignClicks('?page=2')).clicks).toHaveLength(2);
    expect((await campaignClicks('?limit=100')).clicks).toHaveLength(27);
    for (const q of ['limit=101', 'limit=0', 'page=0', 'first_only=maybe', 'contact_id=nope', 'date_from=yesterday']) {
      const res = await api.get(`/v2/campaigns/${campaign}/inbox-link-clicks?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBeTypeOf('string');
    }
  });

  it('filters by contact_id, and first_only keeps the first click per (contact, link, UTC day)', async () => {
    const { a1, l1, a3 } = await fourClicks();
    expect(ids(await campaignClicks(`?contact_id=${lin}`))).toEqual([l1.id]);
    expect((await campaignClicks(`?contact_id=${bob}`)).clicks).toEqual([]);
    expect((await campaignClicks(`?contact_id=${UNKNOWN_ID}`)).pagination.total).toBe(0);

    const firsts = await campaignClicks('?first_only=true');
    expect(ids(firsts)).toEqual([a3.id, l1.id, a1.id]);
    expect(firsts.pagination.total).toBe(3);
    // The rollup counts the same three.
    expect(await replyLinkClicks()).toBe(3);
    expect(ids(await campaignClicks(`?first_only=true&contact_id=${ada}`))).toEqual([a3.id, a1.id]);
    expect((await campaignClicks('?first_only=false')).pagination.total).toBe(4);
  });

  it('filters by date_from and date_to, both inclusive, without changing which click is first', async () => {
    const { a1, a2, l1, a3 } = await fourClicks();
    expect(ids(await campaignClicks('?date_from=2026-03-03T00:00:00.000Z'))).toEqual([a3.id]);
    expect(ids(await campaignClicks('?date_to=2026-03-02T23:59:59.999Z'))).toEqual([l1.id, a2.id, a1.id]);
    // Inclusive bounds: exactly the instants of a2 and l1.
    const window = await campaignClicks(`?date_from=${a2.clicked_at}&date_to=${l1.clicked_at}`);
    expect(ids(window)).toEqual([l1.id, a2.id]);
    // a2 is still not the first of its day, even with a1 filtered out.
    expect(window.clicks[1].is_first_today).toBe(false);
    expect(ids(await campaignClicks(`?date_from=${a2.clicked_at}&first_only=true`))).toEqual([a3.id, l1.id]);
    // Offsets are read as instants.
    expect(ids(await campaignClicks('?date_from=2026-03-03T01:00:00%2B01:00'))).toEqual([a3.id]);

    const reversed = await api.get(`/v2/campaigns/${campaign}/inbox-link-clicks?date_from=2026-03-03T00:00:00.000Z&date_to=2026-03-02T00:00:00.000Z`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.param).toBe('date_from');
  });

  it('answers 404 campaign_not_found for an unknown campaign, 400 for a malformed id', async () => {
    const res = await api.get(`/v2/campaigns/${UNKNOWN_ID}/inbox-link-clicks`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('campaign_not_found');
    expect((await api.get('/v2/campaigns/not-a-uuid/inbox-link-clicks')).status).toBe(400);
  });
});
