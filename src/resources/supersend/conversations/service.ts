/**
 * The Super Inbox rules (facts §9): lists with their filters, archive and read state, the team's own
 * messages (queued, then sent on the workspace clock) and the contacts' inbound replies.
 *
 * Read state lives on the messages only: `unread_count` is the number of unread messages and `is_unread`
 * is `unread_count > 0`, so the two can never disagree.
 */
import type { World } from '../../world.js';
import type { Profile } from '../records.js';
import { ApiError } from '../../../http/errors.js';
import { invalidParameter, notFound, teamAccessDenied } from '../errors.js';
import { pageOf, type Page } from '../util.js';
import { beforeChange } from '../../../workspace/writes.js';
import { requireActiveSender } from '../senders/service.js';
import {
  addToThread, profileChannelKey, type Attachment, type Channel, type Conversation, type ConversationStore, type Message,
  type MessageStatus,
} from './store.js';

/** The schema bounds of what a conversation shows (openapi.yaml Conversation, Message). */
const MAX_TITLE = 255;
const MAX_SUBJECT = 255;
const MAX_TEXT = 100_000;

export const conversationNotFound = () => new ApiError(404, 'conversation_not_found', 'Conversation not found');

const storeOf = (world: World): ConversationStore => world.stores.conversations;

export function getConversation(world: World, id: string): Conversation {
  const conversation = storeOf(world).conversations.get(id);
  if (!conversation) throw conversationNotFound();
  return conversation;
}

/** The conversation's messages, oldest first. */
export function threadOf(world: World, conversation: Conversation): readonly Message[] {
  return storeOf(world).thread.get(conversation.id) ?? [];
}

export function unreadCount(world: World, conversation: Conversation): number {
  let unread = 0;
  for (const m of threadOf(world, conversation)) if (!m.is_read) unread++;
  return unread;
}

export function lastMessage(world: World, conversation: Conversation): Message | undefined {
  const thread = threadOf(world, conversation);
  return thread[thread.length - 1];
}

/** When the conversation last moved: its newest message (null for one without messages). */
export function lastActivityMs(world: World, conversation: Conversation): number | null {
  return lastMessage(world, conversation)?.at ?? null;
}

/** A queued message reads as sent once the workspace clock reaches its send time. */
export function messageStatus(world: World, message: Message): MessageStatus {
  return message.status === 'queued' && message.send_at !== null && world.clock.now() >= message.send_at ? 'sent' : message.status;
}

export function profileOf(world: World, conversation: Conversation): Profile | undefined {
  return world.stores.supersend.profiles.get(conversation.profile_id);
}

/** "First Last", else the address or LinkedIn handle: how the inbox names a contact. */
export function displayName(profile: Profile | undefined): string | null {
  if (!profile) return null;
  const name = [profile.first_name, profile.last_name].filter(Boolean).join(' ');
  return (name || profile.email || linkedinHandle(profile.linkedin_url))?.slice(0, MAX_TITLE) ?? null;
}

/** "https://www.linkedin.com/in/ada-l/" → "ada-l". */
export function linkedinHandle(url: string | null): string | null {
  if (!url) return null;
  const match = /linkedin\.com\/in\/([^/?#]+)/i.exec(url);
  return match ? decodeURIComponent(match[1]).slice(0, MAX_TITLE) : null;
}

// ---- list ----

export interface ConversationQuery {
  team_id?: string;
  identity_id?: string;
  channel: Channel;
  status?: 'archived' | 'unarchived';
  read_status?: 'read' | 'unread';
  last_message_direction?: 'inbound' | 'outbound';
  search?: string;
  sort_direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** GET /v2/conversations: the channel's conversations of the teams asked for, by last activity. */
export function listConversations(world: World, q: ConversationQuery): Page<Conversation> {
  if (q.team_id !== undefined && !world.stores.supersend.teams.has(q.team_id)) throw teamAccessDenied('team_id');
  const needle = q.search?.trim().toLowerCase();
  const rows: { conversation: Conversation; at: number }[] = [];
  for (const c of storeOf(world).conversations.values()) {
    if (!matches(world, c, q, needle)) continue;
    rows.push({ conversation: c, at: lastActivityMs(world, c) ?? Date.parse(c.created_at) });
  }
  const sign = q.sort_direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * (a.at - b.at || a.conversation.seq - b.conversation.seq));
  return pageOf(rows.map(r => r.conversation), q.offset, q.limit);
}

function matches(world: World, c: Conversation, q: ConversationQuery, needle: string | undefined): boolean {
  if (c.platform_type !== q.channel) return false;
  if (q.team_id !== undefined && c.team_id !== q.team_id) return false;
  if (q.identity_id !== undefined && c.identity_id !== q.identity_id) return false;
  if (q.status !== undefined && c.is_archived !== (q.status === 'archived')) return false;
  if (q.read_status !== undefined && unreadCount(world, c) > 0 !== (q.read_status === 'unread')) return false;
  if (q.last_message_direction !== undefined) {
    const last = lastMessage(world, c);
    if (!last || last.is_from_self !== (q.last_message_direction === 'outbound')) return false;
  }
  return !needle || searchText(world, c).includes(needle);
}

/** What `search` looks in: the title, the participant's name, address or handle, and the last message. */
function searchText(world: World, c: Conversation): string {
  const profile = profileOf(world, c);
  return [c.title, displayName(profile), profile?.email, linkedinHandle(profile?.linkedin_url ?? null), lastMessage(world, c)?.text]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

// ---- read and archive state ----

export interface ConversationPatch {
  is_archived?: boolean;
  is_unread?: boolean;
  mark_all_read?: boolean;
}

/**
 * PATCH /v2/conversations/:id. Marking read (`is_unread: false` or `mark_all_read: true`) marks every
 * message read; marking unread marks the newest inbound message unread (the newest message when none is
 * inbound), unless some message is unread already.
 */
export function updateConversation(world: World, id: string, patch: ConversationPatch): Conversation {
  const conversation = getConversation(world, id);
  if (patch.is_unread === true && patch.mark_all_read === true) {
    throw invalidParameter('mark_all_read', 'mark_all_read cannot be combined with is_unread: true');
  }
  if (patch.is_unread === false || patch.mark_all_read === true) markAllRead(world, conversation);
  if (patch.is_unread === true) markUnread(world, conversation);
  beforeChange(conversation);
  if (patch.is_archived !== undefined) conversation.is_archived = patch.is_archived;
  conversation.updated_at = world.clock.isoNow();
  return conversation;
}

function markAllRead(world: World, conversation: Conversation): void {
  for (const m of threadOf(world, conversation)) if (!m.is_read) beforeChange(m).is_read = true;
}

function markUnread(world: World, conversation: Conversation): void {
  if (unreadCount(world, conversation) > 0) return;
  const thread = threadOf(world, conversation);
  const target = thread.findLast(m => !m.is_from_self) ?? thread[thread.length - 1];
  if (target) beforeChange(target).is_read = false;
}

// ---- messages ----

export function listMessages(world: World, id: string, q: { limit: number; offset: number }): Page<Message> {
  return pageOf([...threadOf(world, getConversation(world, id))], q.offset, q.limit);
}

export interface AttachmentInput {
  filename: string;
  content?: string;
  content_type?: string;
  url?: string;
}

export interface SendInput {
  message: string;
  sender_id?: string;
  subject?: string;
  is_html?: boolean;
  to?: string | string[];
  cc?: string[];
  bcc?: string[];
  attachments?: AttachmentInput[];
}

const EMAIL_ONLY = ['sender_id', 'subject', 'is_html', 'to', 'cc', 'bcc', 'attachments'] as const;

/**
 * POST /v2/conversations/:id/messages: the team's reply, queued for sending. It is sent after the
 * workspace's processing latency (`status` reads `sent` from then on); the conversation's last message
 * and activity follow at once. Checks everything before changing anything.
 */
export function sendMessage(world: World, id: string, input: SendInput): Message {
  const conversation = getConversation(world, id);
  if (!input.message) throw new ApiError(400, 'missing_required_parameter', 'message is required', { param: 'message' });
  const email = conversation.platform_type === 'email' ? emailParts(world, conversation, input) : undefined;
  if (!email) {
    const stray = EMAIL_ONLY.find(field => input[field] !== undefined);
    if (stray) throw invalidParameter(stray, `${stray} applies to email conversations only; this one is on ${conversation.platform_type}`);
  }
  const now = world.clock.now();
  const html = email?.isHtml ? input.message : null;
  return addMessage(world, conversation, {
    subject: email?.subject ?? null,
    text: html !== null ? htmlToText(input.message) : input.message,
    html,
    at: now,
    is_from_self: true,
    is_read: true,
    status: 'queued',
    send_at: now + world.processingLatencyMs,
    job_id: `job_${world.random.hex(10)}`,
    sender_id: email?.senderId ?? null,
    to: email?.to ?? [],
    cc: input.cc ?? [],
    bcc: input.bcc ?? [],
    attachments: (input.attachments ?? []).map(a => attachmentOf(world, a)),
  });
}

interface EmailParts {
  senderId: string;
  subject: string;
  isHtml: boolean;
  to: string[];
}

/** The email-only parts of a reply: an active sender of the organisation, the subject, the recipients. */
function emailParts(world: World, conversation: Conversation, input: SendInput): EmailParts {
  if (input.sender_id === undefined) {
    throw new ApiError(400, 'missing_required_parameter', 'sender_id is required for email conversations', { param: 'sender_id' });
  }
  const sender = requireActiveSender(world, input.sender_id, 'sender_id');
  const to = input.to === undefined ? [] : typeof input.to === 'string' ? [input.to] : input.to;
  if (to.length === 0) {
    const address = profileOf(world, conversation)?.email;
    if (!address) throw invalidParameter('to', 'The contact of this conversation has no email address; give the recipient in to');
    to.push(address);
  }
  return { senderId: sender.id, subject: input.subject ?? replySubject(conversation.title), isHtml: input.is_html === true, to };
}

/** "Re: <title>" (a title that is a reply already keeps its one "Re:"), within the subject's bound. */
export function replySubject(title: string | null): string {
  const base = title ?? '';
  return (/^re:/i.test(base) ? base : `Re: ${base}`).slice(0, MAX_SUBJECT);
}

/** The plain text of an HTML body: tags dropped, the common entities decoded, whitespace folded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An attachment as stored: its content is not kept, only where it can be fetched from (given by URL). */
function attachmentOf(world: World, a: AttachmentInput): Attachment {
  return { id: world.random.uuid(), filename: a.filename, file_path: null, cloud_url: a.url ?? null };
}

type MessageFields = Omit<Message, 'id' | 'conversation_id' | 'platform_type' | 'timestamp' | 'seq'>;

/** Stores a message in the conversation; the conversation's updated_at follows. */
export function addMessage(world: World, conversation: Conversation, fields: MessageFields, id: string = world.random.uuid()): Message {
  const store = storeOf(world);
  const message: Message = {
    id,
    conversation_id: conversation.id,
    platform_type: conversation.platform_type,
    timestamp: new Date(fields.at).toISOString(),
    seq: store.messages.size,
    ...fields,
  };
  store.messages.set(message.id, message);
  addToThread(store, message);
  beforeChange(conversation).updated_at = world.clock.isoNow();
  return message;
}

// ---- conversations opened by the campaign engine ----

export interface OpenInput {
  profileId: string;
  contactId: string | null;
  channel: Channel;
  title: string | null;
  senderId: string | null;
  identityId: string | null;
  /** When it started (ms); the workspace clock when omitted. */
  at?: number;
}

/** The contact profile's conversation on the channel, if it has one. */
export function conversationOf(world: World, profileId: string, channel: Channel): Conversation | undefined {
  const id = storeOf(world).byProfileChannel.get(profileChannelKey(profileId, channel));
  return id ? storeOf(world).conversations.get(id) : undefined;
}

/** Opens the profile's conversation on the channel (one per profile and channel). */
export function openConversation(world: World, input: OpenInput, id: string = world.random.uuid()): Conversation {
  const profile = world.stores.supersend.profiles.get(input.profileId);
  if (!profile) throw notFound('contact_profile');
  if (conversationOf(world, profile.id, input.channel)) throw invalidParameter('channel', `The contact already has a ${input.channel} conversation`);
  if (input.channel !== 'email' && input.identityId !== null) {
    const identity = world.stores.identities.identities.get(input.identityId);
    if (!identity || identity.team_id !== profile.team_id || identity.type !== input.channel) {
      throw invalidParameter('identity_id', `identity_id names no ${input.channel} identity of the contact's team`);
    }
  }
  const store = storeOf(world);
  const created = new Date(input.at ?? world.clock.now()).toISOString();
  const conversation: Conversation = {
    id,
    team_id: profile.team_id,
    platform_type: input.channel,
    title: input.title?.slice(0, MAX_TITLE) ?? null,
    profile_id: profile.id,
    contact_id: input.contactId,
    sender_id: input.channel === 'email' ? input.senderId : null,
    identity_id: input.channel === 'email' ? null : input.identityId,
    is_archived: false,
    created_at: created,
    updated_at: created,
    seq: store.conversations.size,
  };
  store.conversations.set(conversation.id, conversation);
  store.byProfileChannel.set(profileChannelKey(profile.id, input.channel), conversation.id);
  return conversation;
}

export interface InboundInput {
  /** The campaign enrollment (V2 Contact) who replied. */
  enrollmentId: string;
  /** Email: the mailbox the reply reached. */
  senderId: string | null;
  channel: Channel;
  text: string;
  subject?: string;
  /** When the reply arrived (ms). */
  at: number;
  /** LinkedIn/Twitter: the identity (account) the reply reached, for a new conversation. */
  identityId?: string | null;
}

/**
 * An inbound reply, as the campaign engine reports it: added to the contact's conversation on the
 * channel (opened when it has none, titled by the subject on email and by the contact's name on
 * LinkedIn/Twitter), unread, and the conversation comes back out of the archive.
 */
export function receiveInbound(world: World, input: InboundInput): { conversation: Conversation; message: Message } {
  const enrollment = world.stores.supersend.enrollments.get(input.enrollmentId);
  if (!enrollment) throw notFound('contact');
  if (input.text.length > MAX_TEXT) throw invalidParameter('text', `text is longer than ${MAX_TEXT} characters`);
  const subject = input.channel === 'email' ? (input.subject ?? null) : null;
  if (subject !== null && subject.length > MAX_SUBJECT) throw invalidParameter('subject', `subject is longer than ${MAX_SUBJECT} characters`);
  const conversation =
    conversationOf(world, enrollment.profile_id, input.channel) ??
    openConversation(world, {
      profileId: enrollment.profile_id,
      contactId: enrollment.id,
      channel: input.channel,
      title: input.channel === 'email' ? (subject?.replace(/^re:\s*/i, '') ?? null) : displayName(world.stores.supersend.profiles.get(enrollment.profile_id)),
      senderId: input.senderId,
      identityId: input.identityId ?? null,
      at: input.at,
    });
  const message = addMessage(world, conversation, {
    subject: input.channel === 'email' ? (subject ?? replySubject(conversation.title)) : null,
    text: input.text,
    html: null,
    at: input.at,
    is_from_self: false,
    is_read: false,
    status: 'received',
    send_at: null,
    job_id: null,
    sender_id: null,
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
  });
  if (conversation.is_archived) conversation.is_archived = false;
  return { conversation, message };
}

/**
 * The contact's inbox reply a link click belongs to: its email conversation and the newest message the
 * team sent in it, if it has both.
 */
export function inboxReplyOf(world: World, enrollmentId: string): { conversation_id: string; conversation_message_id: string } | undefined {
  const enrollment = world.stores.supersend.enrollments.get(enrollmentId);
  const conversation = enrollment && conversationOf(world, enrollment.profile_id, 'email');
  const reply = conversation && threadOf(world, conversation).findLast(m => m.is_from_self);
  return reply ? { conversation_id: conversation.id, conversation_message_id: reply.id } : undefined;
}
