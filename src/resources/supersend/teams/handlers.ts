/** V2 teams: thin handlers over the service. */
import { handlerTable } from '../../../handlers/types.js';
import { created, listEnvelope, ok } from '../../../handlers/v2-envelope.js';
import * as teams from './service.js';
import { teamView } from './views.js';
import { cachedPage, cachedView } from '../../view-cache.js';

export const teamHandlers = handlerTable({
  listTeams: ({ workspace, request: { query } }) => ({
    status: 200,
    body: cachedPage('v2-teams', workspace, query, () => {
      const page = teams.listTeams(workspace, query);
      return listEnvelope(page.rows.map(t => cachedView('v2-team', t, team => teamView(workspace, team))), page.total, query.limit, query.offset);
    }),
  }),
  getTeam: ({ workspace, request }) => ok(teamView(workspace, teams.getTeam(workspace, request.path.id), true)),
  createTeam: ({ workspace, request }) => created(teamView(workspace, teams.createTeam(workspace, request.body))),
  updateTeam: ({ workspace, request }) => ok(teamView(workspace, teams.updateTeam(workspace, request.path.id, request.body))),
  getTeamUsage: ({ workspace, request }) => ok(teams.teamUsage(workspace, request.path.id)),
});
