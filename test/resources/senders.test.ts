/**
 * Senders (openapi.yaml listSenders, getSender, updateSender) over the default data set's mailboxes:
 * filters, the PATCH rules (ranges, the campaign ramp, forwarding rules, joining a profile), the state
 * after each change read back through the API, the places senders show up elsewhere, and the snapshot
 * round trip.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { copiedWorkspace, eachSeededSandbox, listFromState, type Json } from '../support/fixtures.js';

const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

let api: TestApi;
let acme: string;
let globex: string;

eachSeededSandbox(s => ({ api, acme, globex } = s));

const senders = (query = '') => listFromState(api, `/v2/senders${query}`);

const emails = (rows: Json[]) => rows.map(s => s.email);

async function senderByEmail(email: string): Promise<Json> {
  return (await senders(`?search=${encodeURIComponent(email)}`)).find(s => s.email === email)!;
}

async function patch(id: string, body: Json) {
  return api.patch(`/v2/senders/${id}`).send(body);
}

describe('GET /v2/senders', () => {
  it('lists every team\'s senders without TeamId, one team\'s with it, in creation order', async () => {
    expect(emails(await senders())).toEqual([
      'alex@acme-outbound.test', 'jordan@acme-outbound-mail.test', 'sam@acme-outbound.test', 'priya@acme-outbound-mail.test',
      'chris@acme-outbound.test', 'lena@globex.test', 'tom@globex-mail.test', 'mia@globex.test',
    ]);
    expect(emails(await senders(`?TeamId=${globex}`))).toEqual(['lena@globex.test', 'tom@globex-mail.test', 'mia@globex.test']);
    const alex = (await senders(`?TeamId=${acme}`))[0];
    expect(alex).toMatchObject({
      email: 'alex@acme-outbound.test', send_as: 'Alex Kim <alex@acme-outbound.test>', provider: 'google', domain: 'acme-outbound.test',
      disabled: false, warm: true, team_id: acme, sender_profile: { name: 'Alex rotation', timezone: 'America/New_York' },
    });
    expect(alex.sender_profile_id).toBe(alex.sender_profile.id);
  });

  it('filters by search (email or send_as), provider, disabled and warm, and pages', async () => {
    expect(emails(await senders('?search=KIM'))).toEqual(['alex@acme-outbound.test']);
    expect(emails(await senders('?search=globex-mail'))).toEqual(['tom@globex-mail.test']);
    expect(emails(await senders('?provider=outlook'))).toEqual(['sam@acme-outbound.test', 'lena@globex.test']);
    expect(emails(await senders('?disabled=true'))).toEqual(['chris@acme-outbound.test']);
    expect(await senders('?disabled=false')).toHaveLength(7);
    expect(emails(await senders('?warm=false'))).toEqual(['priya@acme-outbound-mail.test']);
    const page = await api.get('/v2/senders?limit=3&offset=6');
    expect(emails(page.body.data)).toEqual(['tom@globex-mail.test', 'mia@globex.test']);
    expect(page.body.pagination).toEqual({ total: 8, limit: 3, offset: 6, has_more: false });
  });

  it('refuses a team of no workspace with 403 naming TeamId, and an unknown provider with 400', async () => {
    const res = await api.get(`/v2/senders?TeamId=${UNKNOWN_ID}`);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'team_access_denied', param: 'TeamId' });
    const bad = await api.get('/v2/senders?provider=pigeon');
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('provider');
  });
});

describe('GET /v2/senders/:id', () => {
  it('answers the sender, and 404 sender_not_found for an unknown id', async () => {
    const tom = await senderByEmail('tom@globex-mail.test');
    const res = await api.get(`/v2/senders/${tom.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual(tom);
    const missing = await api.get(`/v2/senders/${UNKNOWN_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('sender_not_found');
  });
});

describe('PATCH /v2/senders/:id', () => {
  it('changes the documented settings and keeps them', async () => {
    const sam = await senderByEmail('sam@acme-outbound.test');
    const body = {
      send_as: 'Sam R. <sam@acme-outbound.test>', reply_to: 'replies@acme-outbound.test', signature: '<p>Sam</p>', disabled: true, warm: false,
      max_per_day: 15000, global_max_per_day: 1000, max_warm_per_day: 1, warm_email_ramp: 365, forward_unsubscribes: true,
      forward_to: 'sdr@acme-outbound.test',
    };
    const res = await patch(sam.id, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { warm_email_ramp: _ramp, ...shown } = body;
    expect(res.body.data).toMatchObject(shown);
    expect((await api.get(`/v2/senders/${sam.id}`)).body.data).toEqual(res.body.data);
    expect(emails(await senders('?disabled=true'))).toEqual(['sam@acme-outbound.test', 'chris@acme-outbound.test']);
  });

  it.each([
    ['max_per_day', 0], ['max_per_day', 15001], ['global_max_per_day', 1001], ['max_warm_per_day', 0],
    ['warm_email_ramp', 366], ['campaign_ramp_duration_days', 366], ['campaign_ramp_start_volume', 0],
  ])('refuses %s = %s with 400 naming it, and changes nothing', async (field, value) => {
    const alex = await senderByEmail('alex@acme-outbound.test');
    const res = await patch(alex.id, { [field]: value });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe(field);
    expect((await api.get(`/v2/senders/${alex.id}`)).body.data).toEqual(alex);
  });

  it('needs the ramp duration and start volume to enable the campaign ramp; switching it off clears them', async () => {
    const alex = await senderByEmail('alex@acme-outbound.test');
    const missing = await patch(alex.id, { campaign_ramp_enabled: true, campaign_ramp_duration_days: 14 });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'campaign_ramp_start_volume' });
    expect((await api.get(`/v2/senders/${alex.id}`)).body.data.campaign_ramp_enabled).toBe(false);

    const on = await patch(alex.id, { campaign_ramp_enabled: true, campaign_ramp_duration_days: 14, campaign_ramp_start_volume: 5 });
    expect(on.status).toBe(200);
    expect(on.body.data).toMatchObject({ campaign_ramp_enabled: true, campaign_ramp_duration_days: 14, campaign_ramp_start_volume: 5 });
    const off = await patch(alex.id, { campaign_ramp_enabled: false });
    expect(off.body.data).toMatchObject({ campaign_ramp_enabled: false, campaign_ramp_duration_days: null, campaign_ramp_start_volume: null });
  });

  it('stores forwarding rules with checked addresses and labels of the team; empty rules are the legacy behaviour', async () => {
    const alex = await senderByEmail('alex@acme-outbound.test');
    const labels = (await api.get(`/v2/labels?team_id=${acme}`)).body.data as Json[];
    const needsReply = labels.find(l => l.name === 'needs reply')!;
    const res = await patch(alex.id, {
      forward_rules: [
        { emails: 'sdr@acme-outbound.test, ops@acme-outbound.test', label_ids: [needsReply.id] },
        { emails: 'all@acme-outbound.test', label_ids: null },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.forward_rules).toEqual([
      { emails: 'sdr@acme-outbound.test,ops@acme-outbound.test', label_ids: [needsReply.id] },
      { emails: 'all@acme-outbound.test', label_ids: null },
    ]);
    expect((await patch(alex.id, { forward_rules: [] })).body.data.forward_rules).toBeNull();
  });

  it('refuses a bad address, a label of another team and a contact-only label, naming the rule', async () => {
    const alex = await senderByEmail('alex@acme-outbound.test');
    const globexLabel = ((await api.get(`/v2/labels?team_id=${globex}`)).body.data as Json[])[0];
    const contactLabel = ((await api.get(`/v2/labels?team_id=${acme}`)).body.data as Json[]).find(l => l.applies_to === 'contact')!;
    for (const [rules, param] of [
      [[{ emails: 'sdr@acme-outbound.test,not-an-address' }], 'forward_rules[0].emails'],
      [[{ emails: 'a@x.test' }, { emails: 'b@x.test', label_ids: [globexLabel.id] }], 'forward_rules[1].label_ids[0]'],
      [[{ emails: 'a@x.test', label_ids: [UNKNOWN_ID, contactLabel.id] }], 'forward_rules[0].label_ids[0]'],
      [[{ emails: 'a@x.test', label_ids: [contactLabel.id] }], 'forward_rules[0].label_ids[0]'],
    ] as const) {
      const res = await patch(alex.id, { forward_rules: rules });
      expect(res.status, JSON.stringify(rules)).toBe(400);
      expect(res.body.error.param).toBe(param);
    }
    expect((await api.get(`/v2/senders/${alex.id}`)).body.data.forward_rules).toBeNull();
  });

  it('moves the sender into a profile of its team with SenderProfileId, and out of any with null', async () => {
    const mia = await senderByEmail('mia@globex.test');
    const profiles = (await api.get(`/v2/sender-profiles?team_id=${globex}`)).body.data as Json[];
    const rotation = profiles.find(p => p.name === 'Lena rotation')!;
    const moved = await patch(mia.id, { SenderProfileId: rotation.id });
    expect(moved.status).toBe(200);
    expect(moved.body.data.sender_profile).toEqual({ id: rotation.id, name: 'Lena rotation', timezone: 'Europe/Berlin' });
    const after = (await api.get(`/v2/sender-profiles/${rotation.id}`)).body.data;
    expect(emails(after.senders)).toEqual(['lena@globex.test', 'tom@globex-mail.test', 'mia@globex.test']);
    const overflow = profiles.find(p => p.name === 'Globex Sales overflow')!;
    expect((await api.get(`/v2/sender-profiles/${overflow.id}`)).body.data.senders).toEqual([]);

    const out = await patch(mia.id, { SenderProfileId: null });
    expect(out.body.data).toMatchObject({ sender_profile_id: null, sender_profile: null });
  });

  it('refuses a profile of another team or an unknown one with 400 naming SenderProfileId', async () => {
    const mia = await senderByEmail('mia@globex.test');
    const acmeProfile = ((await api.get(`/v2/sender-profiles?team_id=${acme}`)).body.data as Json[])[0];
    for (const id of [acmeProfile.id, UNKNOWN_ID]) {
      const res = await patch(mia.id, { SenderProfileId: id });
      expect(res.status).toBe(400);
      expect(res.body.error.param).toBe('SenderProfileId');
    }
    expect((await api.get(`/v2/senders/${mia.id}`)).body.data.sender_profile.name).toBe('Globex Sales overflow');
  });

  it('answers 404 for an unknown sender, and 400 for an unknown field', async () => {
    expect((await patch(UNKNOWN_ID, { warm: true })).status).toBe(404);
    const alex = await senderByEmail('alex@acme-outbound.test');
    const res = await patch(alex.id, { password: 'hunter2' });
    expect(res.status).toBe(400);
  });
});

describe('senders where the API names them', () => {
  it('campaigns send through their team\'s senders; contacts sent to and their events carry a real sender', async () => {
    const all = new Map((await senders()).map(s => [s.id, s]));
    const campaigns = (await api.get(`/v2/campaigns?TeamId=${acme}`)).body.data as Json[];
    const cto = campaigns.find(c => c.name === 'Q1 CTO Outreach')!;
    const v1 = await api.get(`/v1/campaign/${cto.id}`);
    const senderIds: string[] = v1.body.campaign.SenderIds;
    expect(senderIds.length).toBe(2);
    for (const id of senderIds) expect(all.get(id)?.team_id).toBe(acme);

    const events = (await api.get(`/v2/events?TeamId=${acme}&type=sent&limit=100`)).body.data as Json[];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(all.has(e.sender_id)).toBe(true);
      expect(e.sender).toEqual({ id: e.sender_id, email: all.get(e.sender_id)!.email, send_as: all.get(e.sender_id)!.send_as });
    }
    const one = events[0];
    const filtered = (await api.get(`/v2/events?SenderId=${one.sender_id}&limit=100`)).body.data as Json[];
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every(e => e.sender_id === one.sender_id)).toBe(true);

    const contact = await api.get(`/v1/contact/${one.contact_id}`);
    expect(contact.body.Contact.Sender).toEqual({ id: contact.body.Contact.SenderId, email: all.get(contact.body.Contact.SenderId)!.email });
  });

  it('shows the sender\'s address on campaign link clicks', async () => {
    const campaigns = (await api.get(`/v2/campaigns?TeamId=${acme}`)).body.data as Json[];
    const cto = campaigns.find(c => c.name === 'Q1 CTO Outreach')!;
    const clicks = (await api.get(`/v2/campaigns/${cto.id}/inbox-link-clicks`)).body.data.clicks as Json[];
    expect(clicks.length).toBeGreaterThan(0);
    const addresses = new Set(emails(await senders(`?TeamId=${acme}`)));
    for (const c of clicks) expect(addresses.has(c.sender_email)).toBe(true);
  });
});

describe('snapshots', () => {
  it('carry senders and their changes into another workspace', async () => {
    const alex = await senderByEmail('alex@acme-outbound.test');
    await patch(alex.id, { max_per_day: 77, forward_to: 'x@acme-outbound.test' });
    const copy = await copiedWorkspace(api);
    const before = await api.get('/v2/senders?limit=100');
    const after = await copy.get('/v2/senders?limit=100');
    expect(after.body.data).toEqual(before.body.data);
    expect(after.body.data[0]).toMatchObject({ email: 'alex@acme-outbound.test', max_per_day: 77, forward_to: 'x@acme-outbound.test' });
  });

  it('refuses a sender of an unknown team or profile, naming it', async () => {
    const exported = (await api.get('/__sandbox/state')).body;
    const copy = await createTestApi({ seedData: false });
    exported.supersend.senders[1].sender_profile_id = UNKNOWN_ID;
    const res = await copy.put('/__sandbox/state').send(exported);
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('supersend.senders[1].sender_profile_id');
    expect((await copy.get('/v2/senders')).body.data).toEqual([]);
  });
});
