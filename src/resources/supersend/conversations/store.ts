/**
 * Super Inbox conversations and their messages. A conversation belongs to one contact profile of a team
 * on one channel (email, LinkedIn, Twitter): the campaign engine adds the contact's inbound replies to it
 * (service.ts `receiveInbound`), the API adds the team's own messages and changes its archive and read state.
 *
 * What the API shows as derived is not stored: `unread_count`, `is_unread`, `last_message`,
 * `last_activity_at` come from the messages, participants from the contact profile, and a queued
 * message's `status` from its `send_at` against the workspace clock (so nothing needs scheduling, and
 * an import or restart carries queued messages on exactly where they were).
 */
import { LoggedMap, appendLogged, swapInPlace } from '../../../workspace/writes.js';
import { defineStore, type SnapshotRefs } from '../../../workspace/stores.js';
import {
  arrayOf, bool, dateTime, epochMs, id, int, invalidSnapshot, nid, ntext, oneOf, record, refer, section, stamps, str, text,
  uniqueIds, type Schema,
} from '../../../workspace/snapshot-schema.js';

export const CHANNELS = ['email', 'linkedin', 'twitter'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MESSAGE_STATUSES = ['queued', 'sent', 'received', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export interface Conversation {
  id: string;
  team_id: string;
  platform_type: Channel;
  title: string | null;
  /** The contact profile (team contact) the conversation is with. */
  profile_id: string;
  /** The campaign enrollment (V2 Contact) whose reply opened it, when one did. */
  contact_id: string | null;
  /** Email: the mailbox the thread runs on. */
  sender_id: string | null;
  /** LinkedIn/Twitter: the identity (account) the thread runs on; null for email. */
  identity_id: string | null;
  is_archived: boolean;
  created_at: string;
  updated_at: string;
  /** Creation order: breaks ties in last activity. */
  seq: number;
}

export interface Attachment {
  id: string;
  filename: string;
  file_path: string | null;
  cloud_url: string | null;
}

export interface Message {
  id: string;
  conversation_id: string;
  platform_type: Channel;
  subject: string | null;
  text: string | null;
  html: string | null;
  timestamp: string;
  /** timestamp in ms, for ordering. */
  at: number;
  is_from_self: boolean;
  is_read: boolean;
  /** As stored: a `queued` message reads as `sent` once the clock reaches `send_at`. */
  status: MessageStatus;
  send_at: number | null;
  job_id: string | null;
  /** Email: the mailbox an outbound message goes out from. */
  sender_id: string | null;
  to: string[];
  cc: string[];
  bcc: string[];
  attachments: Attachment[];
  /** Creation order: breaks ties in timestamp. */
  seq: number;
}

export interface ConversationStore {
  /** In creation order. */
  conversations: LoggedMap<string, Conversation>;
  /** In creation order. */
  messages: LoggedMap<string, Message>;
  /** Each conversation's messages, oldest first (timestamp, then creation order). */
  thread: LoggedMap<string, readonly Message[]>;
  /** The conversation of a (profile, channel). */
  byProfileChannel: LoggedMap<string, string>;
}

export const profileChannelKey = (profileId: string, channel: Channel) => `${profileId}\u0000${channel}`;

const oldestFirst = (a: Message, b: Message) => a.at - b.at || a.seq - b.seq;

/** Adds a message to its conversation's thread, keeping the thread oldest first. */
export function addToThread(store: ConversationStore, message: Message): void {
  const thread = store.thread.get(message.conversation_id);
  if (!thread) store.thread.set(message.conversation_id, [message]);
  else if (oldestFirst(thread[thread.length - 1], message) <= 0) appendLogged(thread, message);
  // Out of order (a reply dated before the last message): a new sorted thread, logged as one replacement.
  else store.thread.set(message.conversation_id, [...thread, message].sort(oldestFirst));
}

/** Collections whose order the API or the snapshot shows keep it on rollback. */
const ORDERED = true;

function emptyStore(): ConversationStore {
  return { conversations: new LoggedMap(ORDERED), messages: new LoggedMap(ORDERED), thread: new LoggedMap(), byProfileChannel: new LoggedMap() };
}

// ---- snapshot ----

export interface ConversationData {
  conversations: Conversation[];
  messages: Message[];
}

const channel = oneOf(...CHANNELS);
const emails = arrayOf(str);

function conversationSchema(): Schema {
  return section({
    conversations: arrayOf(record({
      id, team_id: id, platform_type: channel, title: ntext(['Conversation', 'title']), profile_id: id, contact_id: nid, sender_id: nid,
      identity_id: nid, is_archived: bool, ...stamps, seq: int,
    })),
    messages: arrayOf(record({
      id, conversation_id: id, platform_type: channel, subject: ntext(['MessageCreateRequest', 'subject']), text: ntext(['Message', 'text']),
      html: ntext(['Message', 'html']), timestamp: dateTime, at: epochMs, is_from_self: bool, is_read: bool,
      status: oneOf(...MESSAGE_STATUSES), send_at: { ...epochMs, type: ['integer', 'null'] }, job_id: ntext(['Message', 'job_id']), sender_id: nid,
      to: emails, cc: emails, bcc: emails,
      attachments: arrayOf(record({
        id: str, filename: text(['MessageAttachmentInput', 'filename']), file_path: ntext(['MessageAttachment', 'file_path']),
        cloud_url: ntext(['MessageAttachment', 'cloud_url']),
      })),
      seq: int,
    })),
  });
}

function checkConversations(data: ConversationData, refs: SnapshotRefs): void {
  const conversations = uniqueIds('supersend.conversations.conversations', data.conversations);
  uniqueIds('supersend.conversations.messages', data.messages);
  const teams = refs.ids('supersend.teams');
  const profiles = refs.ids('supersend.profiles');
  const senders = refs.ids('supersend.senders');
  const identities = refs.ids('supersend.identities');
  const seen = new Map<string, number>();
  data.conversations.forEach((c, i) => {
    const at = `supersend.conversations.conversations[${i}]`;
    refer(`${at}.team_id`, c.team_id, teams, 'team');
    refer(`${at}.profile_id`, c.profile_id, profiles, 'contact profile');
    // contact_id is not held to the enrollments: deleting a draft campaign removes its enrollments for good.
    refer(`${at}.sender_id`, c.sender_id, senders, 'sender');
    refer(`${at}.identity_id`, c.identity_id, identities, 'identity');
    const key = profileChannelKey(c.profile_id, c.platform_type);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw invalidSnapshot(`${at}.profile_id`, `${at} is a second ${c.platform_type} conversation of contact profile ${c.profile_id} (first: conversations[${earlier}])`);
    seen.set(key, i);
  });
  data.messages.forEach((m, i) => {
    const at = `supersend.conversations.messages[${i}]`;
    refer(`${at}.conversation_id`, m.conversation_id, conversations, 'conversation');
    refer(`${at}.sender_id`, m.sender_id, senders, 'sender');
  });
}

function prepareRestore(target: ConversationStore, data: ConversationData): () => void {
  const fresh = emptyStore();
  for (const c of data.conversations) {
    fresh.conversations.set(c.id, c);
    fresh.byProfileChannel.set(profileChannelKey(c.profile_id, c.platform_type), c.id);
  }
  for (const m of data.messages) {
    fresh.messages.set(m.id, m);
    addToThread(fresh, m);
  }
  return () => swapInPlace(target, fresh);
}

export const conversationStore = defineStore<ConversationStore, ConversationData>({
  path: ['supersend', 'conversations'],
  create: emptyStore,
  dump: store => ({ conversations: [...store.conversations.values()], messages: [...store.messages.values()] }),
  schema: conversationSchema,
  check: checkConversations,
  prepareRestore,
  count: data => ({ conversations: data.conversations.length, messages: data.messages.length }),
});
