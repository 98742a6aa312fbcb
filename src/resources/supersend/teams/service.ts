/** Teams: list, get, create, update and usage derived from state. */
import type { World } from '../../world.js';
import type { components } from '../../../contract/openapi.gen.js';
import type { Team } from '../records.js';
import { notFound, teamAccessDenied } from '../errors.js';
import { assignDefined, type Page } from '../util.js';
import { beforeChange } from '../../../workspace/writes.js';

export const DEFAULT_CONTACTS_LIMIT = 10_000;

const NOTIFICATION_PREFERENCES = [
  'errorNotificationsEmail', 'successNotificationsEmail', 'warmingNotificationsEmail',
  'newInboxActivityNotificationsEmail', 'linkedinInboxActivityNotificationsEmail', 'outOfContactsNotificationsEmail',
];

export interface TeamInput {
  name?: string;
  domain?: string | null;
  logo?: string | null;
  about?: string | null;
  meeting_link?: string | null;
  meeting_link_text?: string | null;
  auto_placement_testing?: boolean;
  auto_placement_testing_frequency?: number;
  notification_email?: string | null;
  notification_email_preferences?: Record<string, boolean>;
  inbox_auto_tag_settings?: Record<string, boolean>;
  inbox_super_views?: unknown[];
}

/** A team the key's user can reach; a team of another workspace is as unknown as a made-up id. */
export function requireTeam(ws: World, teamId: string, param = 'TeamId'): Team {
  const team = ws.stores.supersend.teams.get(teamId);
  if (!team) throw teamAccessDenied(param);
  return team;
}

export function getTeam(ws: World, id: string): Team {
  const team = ws.stores.supersend.teams.get(id);
  if (!team) throw notFound('team');
  return team;
}

export function listTeams(ws: World, q: { limit: number; offset: number; search?: string }): Page<Team> {
  const needle = q.search?.toLowerCase();
  const all = [...ws.stores.supersend.teams.values()].filter(t => !needle || t.name.toLowerCase().includes(needle));
  return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

export function createTeam(ws: World, input: TeamInput & { name: string }, isDefault = false): Team {
  const now = ws.clock.isoNow();
  const team: Team = {
    id: ws.random.uuid(),
    name: input.name,
    domain: null,
    logo: null,
    about: null,
    is_default: isDefault,
    meeting_link: null,
    meeting_link_text: null,
    auto_placement_testing: false,
    auto_placement_testing_frequency: null,
    notification_email: null,
    notification_email_preferences: Object.fromEntries(NOTIFICATION_PREFERENCES.map(k => [k, true])),
    inbox_auto_tag_settings: { auto_tag_bounced: false, auto_tag_opt_out: false, auto_tag_out_of_office: false },
    inbox_super_views: [],
    contacts_limit: DEFAULT_CONTACTS_LIMIT,
    credits_used: 0,
    created_at: now,
    updated_at: now,
  };
  applyTeamInput(team, input);
  ws.stores.supersend.teams.set(team.id, team);
  return team;
}

export function updateTeam(ws: World, id: string, input: TeamInput): Team {
  const team = beforeChange(getTeam(ws, id));
  applyTeamInput(team, input);
  team.updated_at = ws.clock.isoNow();
  return team;
}

function applyTeamInput(team: Team, input: TeamInput): void {
  const { notification_email, notification_email_preferences, inbox_auto_tag_settings, ...plain } = input;
  assignDefined(team, plain);
  // "" or null removes the notification address.
  if (notification_email !== undefined) team.notification_email = notification_email || null;
  // Preferences merge: only the keys sent change.
  if (notification_email_preferences) Object.assign(team.notification_email_preferences, notification_email_preferences);
  if (inbox_auto_tag_settings) Object.assign(team.inbox_auto_tag_settings, inbox_auto_tag_settings);
}

export type TeamUsage = Required<components['schemas']['TeamUsage']>;

export function teamUsage(ws: World, id: string): TeamUsage {
  const team = getTeam(ws, id);
  let contacts = 0;
  for (const p of ws.stores.supersend.profiles.values()) if (p.team_id === id) contacts++;
  let campaigns = 0;
  for (const c of ws.stores.supersend.campaigns.values()) if (c.team_id === id && !c.archived) campaigns++;
  return {
    team_id: team.id,
    team_name: team.name,
    contacts_used: contacts,
    contacts_limit: team.contacts_limit,
    usage_percentage: Math.round((100 * contacts) / team.contacts_limit),
    is_at_limit: contacts >= team.contacts_limit,
    campaigns_count: campaigns,
    email_validation_credits_used: team.credits_used,
  };
}
