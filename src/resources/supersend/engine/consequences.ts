/**
 * What an engagement outcome does beyond the contact's own flags (service.ts `applyOutcome` calls this
 * before it logs the event):
 *
 * - a reply or an autoresponse arrives in the Super Inbox: an unread inbound message in the contact's email
 *   conversation (opened when it has none) on the contact's sender, with the text given through the
 *   control plane or else one drawn for its category (replies.ts);
 * - the campaign's auto-add flags (facts §12.5, all default true) put system entries on the blacklist:
 *   `blacklistDomainOnReply` the contact's domain at campaign level (free-mail domains excepted),
 *   `blacklistIfBounced` the address at team level on a hard bounce, `blacklistIfUnsubscribe` the address at
 *   team level. An entry that already covers the item at that scope is never added twice.
 *
 * The scopes, the free-mail exception and soft bounces not counting are sendbox's conventions (README).
 */
import type { World } from '../../world.js';
import type { Campaign, Enrollment } from '../records.js';
import type { OutcomeInput } from './service.js';
import { ApiError } from '../../../http/errors.js';
import { receiveInbound } from '../conversations/service.js';
import { addBlacklistItem, classifyItem, entriesOf } from '../blacklist/service.js';
import { FREE_MAIL_DOMAINS } from '../email-verification/service.js';
import type { BlacklistItem, BlacklistReason } from '../blacklist/store.js';
import { nodeType, stepNumberOf, subjectFor } from './graph.js';
import { outOfOfficeText, replyText, type ReplyPeople } from './replies.js';

/** The event details that link the outcome to what it caused (the inbox message), if anything. */
export function outcomeConsequences(world: World, e: Enrollment, input: OutcomeInput): Record<string, unknown> {
  const campaign = world.stores.supersend.campaigns.get(e.campaign_id);
  if (!campaign) return {};
  switch (input.type) {
    case 'reply': {
      const links = toInbox(world, campaign, e, input, people => replyText(world.random, input.category ?? 'needs_review', people));
      if (campaign.settings.blacklistDomainOnReply) blacklistDomain(world, campaign, e);
      return links;
    }
    case 'autoresponse': {
      const until = e.resume_at ? Date.parse(e.resume_at) : world.clock.now();
      return toInbox(world, campaign, e, input, people => outOfOfficeText(world.random, until, people));
    }
    case 'bounce':
      if (campaign.settings.blacklistIfBounced && e.bounce_category !== 'soft') blacklistAddress(world, campaign, e, 'bounce');
      return {};
    case 'unsubscribe':
      if (campaign.settings.blacklistIfUnsubscribe) blacklistAddress(world, campaign, e, 'unsubscribe');
      return {};
    default:
      return {};
  }
}

// ---- the inbox ----

/** The bound of a message's subject (openapi.yaml Message). */
const MAX_SUBJECT = 255;

function toInbox(world: World, campaign: Campaign, e: Enrollment, input: OutcomeInput, draw: (people: ReplyPeople) => string): Record<string, unknown> {
  const senderId = input.sender_id ?? e.sender_id;
  const text = input.text ?? draw({ contactFirstName: e.first_name, senderFirstName: senderFirstName(world, senderId) });
  const subject = answeredSubject(world, campaign, e, input.sequence_step);
  const { conversation, message } = receiveInbound(world, { enrollmentId: e.id, senderId, channel: 'email', text, subject: `Re: ${subject}`.slice(0, MAX_SUBJECT), at: world.clock.now() });
  return { conversation_id: conversation.id, message_id: message.id };
}

/** "Alex <alex@…>" or "Alex Kim" → "Alex". */
function senderFirstName(world: World, senderId: string | null): string | null {
  const sender = senderId ? world.stores.senders.senders.get(senderId) : undefined;
  const name = sender?.send_as.replace(/<[^>]*>/g, '').trim().split(/\s+/)[0];
  return name && !name.includes('@') ? name : null;
}

/**
 * The subject of the email the contact answers: that of the email step the outcome was drawn for (in the
 * contact's variant); through the control plane, of the contact's last email; else the campaign's name.
 */
function answeredSubject(world: World, campaign: Campaign, e: Enrollment, step: number | null | undefined): string {
  const variant = (e.variant ?? 'A').toLowerCase();
  const node = step == null ? undefined : campaign.nodes.find(n => nodeType(n) === 'emailNode' && stepNumberOf(campaign, n) === step);
  const subject = node ? subjectFor(node, variant) : step == null ? lastSentSubject(world, e) : null;
  return subject || campaign.name;
}

function lastSentSubject(world: World, e: Enrollment): string | null {
  const log = world.stores.supersend.events;
  for (let i = log.length - 1; i >= 0; i--) {
    const event = log[i];
    if (event.contact_id === e.id && event.type === 'sent' && event.channel === 'email') return event.subject;
  }
  return null;
}

// ---- the blacklist ----


interface Scope {
  level: 'team' | 'campaign';
  team_id: string;
  campaign_id?: string;
}

function blacklistDomain(world: World, campaign: Campaign, e: Enrollment): void {
  const email = e.email?.trim().toLowerCase();
  const domain = email?.slice(email.lastIndexOf('@') + 1);
  if (!domain || FREE_MAIL_DOMAINS.has(domain)) return;
  addOnce(world, domain, { level: 'campaign', team_id: campaign.team_id, campaign_id: campaign.id }, 'reply');
}

function blacklistAddress(world: World, campaign: Campaign, e: Enrollment, reason: BlacklistReason): void {
  if (e.email) addOnce(world, e.email, { level: 'team', team_id: campaign.team_id }, reason);
}

/** An entry at organisation level, at the team, or (for a campaign scope) at the campaign covers the scope. */
const covers = (b: BlacklistItem, scope: Scope) =>
  b.level === 'organization' || (b.level === 'team' && b.team_id === scope.team_id) || (scope.level === 'campaign' && b.campaign_id === scope.campaign_id);

function addOnce(world: World, raw: string, scope: Scope, reason: BlacklistReason): void {
  const classified = classifiedOrUndefined(raw);
  if (!classified || entriesOf(world, classified.type, classified.item).some(b => covers(b, scope))) return;
  const input = scope.level === 'team' ? { item: classified.item, level: scope.level, team_id: scope.team_id } : { item: classified.item, level: scope.level, campaign_id: scope.campaign_id };
  addBlacklistItem(world, input, true, reason);
}

/** An address or domain the blacklist cannot hold (a malformed stored address) is left off, not an error of the engine. */
function classifiedOrUndefined(raw: string): ReturnType<typeof classifyItem> | undefined {
  try {
    return classifyItem(raw);
  } catch (err) {
    if (err instanceof ApiError) return undefined;
    throw err;
  }
}
