/** V2 Team objects. */
import type { World } from '../../world.js';
import type { Team } from '../records.js';

export function teamView(ws: World, team: Team, withMembers = false) {
  const { contacts_limit: _limit, credits_used: _credits, ...fields } = team;
  const user = ws.stores.supersend.user;
  const [first_name, ...rest] = user.name.split(' ');
  return {
    ...fields,
    member_count: 1,
    organization: { id: ws.stores.supersend.org.id, name: ws.stores.supersend.org.name },
    ...(withMembers && {
      members: [{ id: user.id, email: user.email, first_name, last_name: rest.join(' '), role: 'org_admin', joined_at: team.created_at }],
    }),
  };
}
