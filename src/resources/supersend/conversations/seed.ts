/**
 * What the data sets seed of the Super Inbox, derived from the story they already told (call it last,
 * once the event log, the senders, identities and link clicks are there):
 *
 * - an email conversation for every contact who replied or clicked a link in an inbox reply: the campaign
 *   steps that went out (from the event log, rendered from the campaign's sequence, sent by the event's
 *   sender), the reply, and for link clicks the team's inbox reply holding the link, with the very
 *   conversation and message ids the clicks carry;
 * - LinkedIn conversations with the first contacts of each team who have a LinkedIn URL, on the team's
 *   LinkedIn identity;
 * - each in one of the inbox states, taken in turn: unread, read, answered by the team (last message
 *   outbound), archived (contacts not interested or whose campaign was archived).
 *
 * Draws only from the workspace's random source. Messages carry their own times; the seed's clock is not moved.
 */
import { isRecord } from '../../../guards.js';
import type { World } from '../../world.js';
import type { Campaign, Enrollment, Interest } from '../records.js';
import type { EventRecord } from '../events/service.js';
import type { Conversation, Message } from './store.js';
import { addMessage, conversationOf, displayName, htmlToText, openConversation, replySubject } from './service.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface InboxPlan {
  /** LinkedIn conversations per team. */
  linkedinPerTeam: number;
  /**
   * Email threads of repliers and inbox link clickers (default true). False when the campaign engine made
   * the data set's history: its replies are in the inbox already (engine/consequences.ts).
   */
  emailThreads?: boolean;
}

const REPLIES: Record<Interest | 'none', readonly string[]> = {
  interested: ['Thanks for reaching out, this looks relevant. Can you send over pricing?', 'Good timing, we are looking at this now. What does onboarding look like?'],
  not_interested: ['Not a priority for us right now, please take me off your list.', 'We are all set here, thanks.'],
  meeting_request: ['Happy to chat. Does Tuesday at 10am ET work?', 'Sure, send me a few slots for next week.'],
  meeting_booked: ['Booked a slot for Thursday, talk then.', 'Grabbed 30 minutes on your calendar for Friday.'],
  customer: ['We signed the order form this morning. What are the next steps for onboarding?'],
  future: ['Interesting, but the timing is not right. Try me again next quarter.'],
  follow_up: ['We are mid-migration; circle back in a few weeks?'],
  none: ['Thanks, I will take a look and get back to you.', 'Who else on your team should I loop in?'],
};
const ANSWERS = ['Great, I just sent a calendar invite. Talk soon!', 'Thanks! Attaching a short overview, happy to walk you through it.', 'Understood, I will check back then.'];
const LINKEDIN_OPENERS = ['Thanks for connecting! Curious how your team handles outbound today?', 'Great to connect. Saw your post on scaling SDR teams, would love to compare notes.'];
const LINKEDIN_REPLIES = ['Happy to connect. We run most of it in-house for now.', 'Thanks! Not looking right now, but keep in touch.', 'Sure, what did you have in mind?'];
const LINKEDIN_ANSWERS = ['Makes sense. Mind if I send over a two-minute video?', 'Would a quick call next week work?'];

interface Planned {
  at: number;
  fromSelf: boolean;
  subject: string | null;
  text: string;
  html: string | null;
  senderId: string | null;
  read: boolean;
  /** A fixed id (the message an inbox reply link click names). */
  id?: string;
}

export function seedInbox(world: World, plan: InboxPlan): void {
  const history = historyByContact(world.stores.supersend.events);
  const { conversationByContact } = world.stores.linkClicks;
  const enrollments = [...world.stores.supersend.enrollments.values()];
  // Contacts with inbox reply link clicks first: their conversation ids are fixed by the clicks.
  const clicked = enrollments.filter(e => conversationByContact.has(e.id));
  const replied = enrollments.filter(e => !conversationByContact.has(e.id) && history.get(e.id)?.replies.length);
  let turn = 0;
  const nextState = () => TURN[turn++ % TURN.length];
  if (plan.emailThreads !== false) for (const e of [...clicked, ...replied]) seedEmailThread(world, e, history.get(e.id), nextState);
  for (const team of world.stores.supersend.teams.values()) {
    enrollments
      .filter(e => e.team_id === team.id && e.linkedin_url && history.get(e.id)?.sent.length)
      .slice(0, plan.linkedinPerTeam)
      .forEach((e, k) => seedLinkedinThread(world, e, history.get(e.id)!, k));
  }
}

interface History {
  sent: EventRecord[];
  replies: EventRecord[];
}

function historyByContact(events: readonly EventRecord[]): Map<string, History> {
  const out = new Map<string, History>();
  for (const event of events) {
    if (!event.contact_id || (event.type !== 'sent' && event.type !== 'reply')) continue;
    let h = out.get(event.contact_id);
    if (!h) out.set(event.contact_id, (h = { sent: [], replies: [] }));
    (event.type === 'sent' ? h.sent : h.replies).push(event);
  }
  return out;
}

type InboxState = 'unread' | 'read' | 'answered';
const TURN: readonly InboxState[] = ['unread', 'answered', 'read'];

function seedEmailThread(world: World, e: Enrollment, history: History | undefined, nextState: () => InboxState): void {
  if (conversationOf(world, e.profile_id, 'email')) return;
  const senderId = activeSender(world, e);
  const steps = (history?.sent ?? []).map(event => campaignStep(world, e, event));
  const title = steps.find(s => s.subject)?.subject ?? `Following up, ${e.first_name ?? 'there'}`;
  const planned: Planned[] = steps.map(s => ({ ...s, subject: s.subject ?? replySubject(title), fromSelf: true, senderId: known(world, s.senderId) ?? senderId, read: true }));
  const reply = (at: number, text: string): Planned => ({ at, fromSelf: false, subject: replySubject(title), text, html: null, senderId: null, read: false });
  const answer = (at: number, text: string): Planned => ({ at, fromSelf: true, subject: replySubject(title), text, html: null, senderId, read: true });
  for (const event of history?.replies ?? []) planned.push(reply(Date.parse(event.date), pick(world, REPLIES[e.interest ?? 'none'])));

  const ids = world.stores.linkClicks.conversationByContact.get(e.id);
  const clicks = world.stores.linkClicks.byContact.get(e.id) ?? [];
  const archived = e.archived || e.interest === 'not_interested';
  const hasClicks = ids !== undefined && clicks.length > 0;
  let state: InboxState = archived || hasClicks ? 'read' : nextState();
  if (hasClicks) {
    // The inbox reply the clicked links were in, an hour and a half before the first click.
    const first = Math.min(...clicks.map(c => c.at));
    const links = [...new Set(clicks.map(c => c.original_url))];
    planned.push({ ...answer(first - 90 * MINUTE, `Here is what I mentioned: ${links.join(' and ')}`), id: ids.conversation_message_id });
    // Some write back after reading it.
    if (e.interest === 'meeting_booked' || e.interest === 'customer') {
      planned.push(reply(first + 3 * HOUR, pick(world, REPLIES[e.interest])));
      state = 'unread';
    }
  }
  const last = planned.reduce((a, b) => (b.at > a.at ? b : a));
  if (state === 'answered' && !last.fromSelf) planned.push(answer(last.at + 2 * HOUR, pick(world, ANSWERS)));
  build(world, e, { channel: 'email', title, senderId, identityId: null, id: ids?.conversation_id }, planned, state, archived);
}

function seedLinkedinThread(world: World, e: Enrollment, history: History, k: number): void {
  if (conversationOf(world, e.profile_id, 'linkedin')) return;
  const start = Date.parse(history.sent[0].date) + 2 * HOUR;
  const message = (at: number, fromSelf: boolean, text: string): Planned => ({ at, fromSelf, subject: null, text, html: null, senderId: null, read: fromSelf });
  const planned = [message(start, true, pick(world, LINKEDIN_OPENERS)), message(start + DAY, false, pick(world, LINKEDIN_REPLIES))];
  const state: InboxState | 'archived' = (['unread', 'answered', 'archived', 'read'] as const)[k % 4];
  if (state === 'answered') planned.push(message(start + DAY + 3 * HOUR, true, pick(world, LINKEDIN_ANSWERS)));
  const title = displayName(world.stores.supersend.profiles.get(e.profile_id));
  build(world, e, { channel: 'linkedin', title, senderId: null, identityId: linkedinIdentity(world, e.team_id) }, planned, state === 'archived' ? 'read' : state, state === 'archived');
}

interface ThreadHead {
  channel: 'email' | 'linkedin';
  title: string | null;
  senderId: string | null;
  identityId: string | null;
  id?: string;
}

/** Stores the conversation and its messages (oldest first), then puts it in its inbox state. */
function build(world: World, e: Enrollment, head: ThreadHead, planned: Planned[], state: InboxState, archived: boolean): Conversation {
  planned.sort((a, b) => a.at - b.at);
  const conversation = openConversation(world, { profileId: e.profile_id, contactId: e.id, ...head, at: planned[0].at }, head.id);
  // What the team answered it has read.
  const answeredAt = Math.max(...planned.filter(p => p.fromSelf).map(p => p.at));
  let last: Message | undefined;
  for (const p of planned) {
    last = addMessage(world, conversation, {
      subject: p.subject, text: p.text, html: p.html, at: p.at, is_from_self: p.fromSelf, is_read: p.read || state !== 'unread' || p.at < answeredAt,
      status: p.fromSelf ? 'sent' : 'received', send_at: p.fromSelf ? p.at : null, job_id: null, sender_id: p.fromSelf ? p.senderId : null,
      to: p.fromSelf && e.email ? [e.email] : [], cc: [], bcc: [], attachments: [],
    }, p.id);
  }
  conversation.is_archived = archived;
  conversation.updated_at = last?.timestamp ?? conversation.created_at;
  return conversation;
}

/** A campaign step as the contact received it: the sequence's subject and body with their fields filled in. */
function campaignStep(world: World, e: Enrollment, event: EventRecord): Omit<Planned, 'fromSelf' | 'read'> {
  const campaign = event.campaign_id ? world.stores.supersend.campaigns.get(event.campaign_id) : undefined;
  const node = campaign && emailNode(campaign, event.sequence_step ?? 1);
  const subject = render(typeof node?.subject_a === 'string' ? node.subject_a : '', e) || null;
  const html = render(typeof node?.body_a === 'string' ? node.body_a : '', e) || `<p>Hi ${e.first_name ?? 'there'},</p>`;
  return { at: Date.parse(event.date), subject: subject?.slice(0, 255) ?? null, html, text: htmlToText(html), senderId: event.sender_id };
}

function emailNode(campaign: Campaign, step: number): Record<string, unknown> | undefined {
  const node = campaign.nodes.filter(n => n.type === 'emailNode')[step - 1];
  return isRecord(node?.data) ? node.data : undefined;
}

/** Fills `{{first_name}}`, `{{company_name}}`, `{{custom.x}}` and the like from the contact. */
function render(template: string, e: Enrollment): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, field: string) => {
    // Any field of the contact may be named; the ones that are not text render empty.
    const value = field.startsWith('custom.') ? e.custom[field.slice(7)] : (e as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}

/** The sender a thread goes out from: the contact's own, else the team's first active one. */
function activeSender(world: World, e: Enrollment): string | null {
  const own = known(world, e.sender_id);
  if (own) return own;
  for (const s of world.stores.senders.senders.values()) if (s.team_id === e.team_id && !s.disabled) return s.id;
  return null;
}

function known(world: World, senderId: string | null): string | null {
  return senderId && world.stores.senders.senders.has(senderId) ? senderId : null;
}

function linkedinIdentity(world: World, teamId: string): string | null {
  for (const x of world.stores.identities.identities.values()) if (x.team_id === teamId && x.type === 'linkedin' && !x.deleted) return x.id;
  return null;
}

const pick = <T>(world: World, items: readonly T[]): T => world.random.pick(items);
