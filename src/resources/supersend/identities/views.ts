/** Identities as the API shows them (openapi.yaml `Identity`). */
import type { World } from '../../world.js';
import type { Identity } from './store.js';
import { profileOfIdentity } from '../sender-profiles/service.js';

export function identityView(world: World, x: Identity) {
  const profile = profileOfIdentity(world, x);
  return {
    object: 'identity' as const,
    id: x.id,
    type: x.type,
    handle: x.handle,
    username: x.username,
    email: x.email,
    first_name: x.first_name,
    last_name: x.last_name,
    photo: x.photo,
    status: x.status,
    error: x.error,
    settings: x.settings,
    sender_profile: profile ? { id: profile.id, name: profile.name } : null,
    team_id: x.team_id,
    org_id: world.stores.supersend.org.id,
    created_at: x.created_at,
    updated_at: x.updated_at,
  };
}
