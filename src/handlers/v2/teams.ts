/** V2 teams and labels: thin handlers over the domain services. */
import { handlerTable } from '../types.js';
import { created, listOf, message, ok } from '../v2-envelope.js';
import * as teams from '../../domain/supersend/teams.js';
import * as labels from '../../domain/supersend/labels.js';
import { labelView, teamView } from '../../domain/supersend/views.js';

export const teamHandlers = handlerTable({
  listTeams: ({ workspace, request: { query } }) => {
    const page = teams.listTeams(workspace, query);
    return listOf(page.rows.map(t => teamView(workspace, t)), page.total, query.limit, query.offset);
  },
  getTeam: ({ workspace, request }) => ok(teamView(workspace, teams.getTeam(workspace, request.path.id), true)),
  createTeam: ({ workspace, request }) => created(teamView(workspace, teams.createTeam(workspace, request.body))),
  updateTeam: ({ workspace, request }) => ok(teamView(workspace, teams.updateTeam(workspace, request.path.id, request.body))),
  getTeamUsage: ({ workspace, request }) => ok(teams.teamUsage(workspace, request.path.id)),
});

export const labelHandlers = handlerTable({
  listLabels: ({ workspace, request: { query } }) => {
    const page = labels.listLabels(workspace, query);
    return listOf(page.rows.map(l => labelView(workspace, l)), page.total, query.limit, query.offset);
  },
  getLabel: ({ workspace, request }) => ok(labelView(workspace, labels.getLabel(workspace, request.path.id))),
  createLabel: ({ workspace, request }) => created(labelView(workspace, labels.createLabel(workspace, request.body).label)),
  updateLabel: ({ workspace, request }) => ok(labelView(workspace, labels.updateLabel(workspace, request.path.id, request.body))),
  deleteLabel: ({ workspace, request }) => {
    labels.deleteLabel(workspace, request.path.id);
    return message('Label deleted successfully');
  },
});
