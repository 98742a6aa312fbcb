/** V2 teams and labels: thin handlers over the domain services. */
import type { HandlerContext, HandlerTable } from '../types.js';
import { created, listOf, message, ok } from '../v2-envelope.js';
import * as teams from '../../domain/supersend/teams.js';
import * as labels from '../../domain/supersend/labels.js';
import { labelView, teamView } from '../../domain/supersend/views.js';

type Query = { limit: number; offset: number };
const query = <T>(ctx: HandlerContext) => ctx.request.query as unknown as T;
const body = <T>(ctx: HandlerContext) => ctx.request.body as T;
const id = (ctx: HandlerContext) => String(ctx.request.path.id);

export const teamHandlers: HandlerTable = {
  listTeams: ctx => {
    const q = query<Query & { search?: string }>(ctx);
    const page = teams.listTeams(ctx.workspace, q);
    return listOf(page.rows.map(t => teamView(ctx.workspace, t)), page.total, q.limit, q.offset);
  },
  getTeam: ctx => ok(teamView(ctx.workspace, teams.getTeam(ctx.workspace, id(ctx)), true)),
  createTeam: ctx => created(teamView(ctx.workspace, teams.createTeam(ctx.workspace, body(ctx)))),
  updateTeam: ctx => ok(teamView(ctx.workspace, teams.updateTeam(ctx.workspace, id(ctx), body(ctx)))),
  getTeamUsage: ctx => ok(teams.teamUsage(ctx.workspace, id(ctx))),
};

export const labelHandlers: HandlerTable = {
  listLabels: ctx => {
    const q = query<Query & { team_id: string; search?: string }>(ctx);
    const page = labels.listLabels(ctx.workspace, q);
    return listOf(page.rows.map(l => labelView(ctx.workspace, l)), page.total, q.limit, q.offset);
  },
  getLabel: ctx => ok(labelView(ctx.workspace, labels.getLabel(ctx.workspace, id(ctx)))),
  createLabel: ctx => created(labelView(ctx.workspace, labels.createLabel(ctx.workspace, body(ctx)).label)),
  updateLabel: ctx => ok(labelView(ctx.workspace, labels.updateLabel(ctx.workspace, id(ctx), body(ctx)))),
  deleteLabel: ctx => {
    labels.deleteLabel(ctx.workspace, id(ctx));
    return message('Label deleted successfully');
  },
};
