/** Conversations and messages as openapi.yaml shows them (Conversation, ConversationDetail, Message). */
import type { World } from '../../world.js';
import type { Conversation, Message } from './store.js';
import { displayName, lastMessage, linkedinHandle, messageStatus, profileOf, threadOf, unreadCount } from './service.js';

export function conversationView(world: World, c: Conversation) {
  const unread = unreadCount(world, c);
  const last = lastMessage(world, c);
  return {
    object: 'conversation' as const,
    id: c.id,
    platform_type: c.platform_type,
    title: c.title,
    last_activity_at: last?.timestamp ?? null,
    is_unread: unread > 0,
    is_archived: c.is_archived,
    unread_count: unread,
    identity: identityOf(world, c),
    participants: participantsOf(world, c),
    last_message: last ? { text: last.text, timestamp: last.timestamp } : null,
    team_id: c.team_id,
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

/** The LinkedIn/Twitter account the conversation runs on (null for email). */
function identityOf(world: World, c: Conversation) {
  const identity = c.identity_id ? world.stores.identities.identities.get(c.identity_id) : undefined;
  if (!identity) return null;
  const { id, handle, first_name, last_name, photo, type } = identity;
  return { id, handle, first_name, last_name, photo, type };
}

/** The contact on the other side (the team's own side is the sender or identity). */
function participantsOf(world: World, c: Conversation) {
  const profile = profileOf(world, c);
  if (!profile) return [];
  return [{
    id: profile.id,
    display_name: displayName(profile),
    username: c.platform_type === 'email' ? profile.email : linkedinHandle(profile.linkedin_url),
    avatar_url: null,
    is_self: false,
  }];
}

export function conversationDetailView(world: World, c: Conversation) {
  return { ...conversationView(world, c), messages: threadOf(world, c).map(m => messageView(world, m)) };
}

export function conversationUpdateView(world: World, c: Conversation) {
  return { object: 'conversation' as const, id: c.id, is_archived: c.is_archived, is_unread: unreadCount(world, c) > 0, updated_at: c.updated_at };
}

export function messageView(world: World, m: Message) {
  const sender = m.sender_id ? world.stores.senders.senders.get(m.sender_id) : undefined;
  return {
    object: 'message' as const,
    id: m.id,
    conversation_id: m.conversation_id,
    platform_type: m.platform_type,
    subject: m.subject,
    text: m.text,
    html: m.html,
    timestamp: m.timestamp,
    is_from_self: m.is_from_self,
    is_read: m.is_read,
    status: messageStatus(world, m),
    job_id: m.job_id,
    sender: sender ? { id: sender.id, email: sender.email } : null,
    attachments: m.attachments.map(a => ({ ...a })),
  };
}
