/** Senders: lookups other resources build on, list, get and the settings update. */
import type { World } from '../../world.js';
import type { Sender } from './store.js';
import { invalidParameter } from '../../../domain/supersend/errors.js';
import { ApiError } from '../../../http/errors.js';

export const senderNotFound = () => new ApiError(404, 'sender_not_found', 'Sender not found');

/** The sender `id`, or 404. */
export function getSender(world: World, id: string): Sender {
  const sender = world.stores.senders.senders.get(id);
  if (!sender) throw senderNotFound();
  return sender;
}

/**
 * A sender that may send for a request: known, not disabled, and (when `teamId` is given) of that team.
 * Anything else is a 400 naming `param`, as a bad id in a request body is.
 */
export function requireActiveSender(world: World, senderId: string, param: string, teamId?: string): Sender {
  const sender = world.stores.senders.senders.get(senderId);
  if (!sender) throw invalidParameter(param, `${param} names no sender of this organization`);
  if (teamId !== undefined && sender.team_id !== teamId) throw invalidParameter(param, `${param} names a sender of another team`);
  if (sender.disabled) throw invalidParameter(param, `${param} names a disabled sender`);
  return sender;
}
