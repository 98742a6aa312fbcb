/**
 * A workspace's SuperSend state with the indexes the API needs, so get, upsert and filtered lists stay
 * fast at 100k contacts: profiles by id / team+email / team+linkedin_url; enrollments by id, campaign,
 * profile, campaign+profile and team (in creation order, for newest-first lists without sorting).
 *
 * Every collection is a logged one (src/workspace/writes.ts), so a write that fails is undone; records
 * are changed in place only after beforeChange. Collections whose order the API shows keep their order
 * on rollback; lookup indexes do not need to.
 */
import type { Campaign, Enrollment, Label, Org, Profile, Team, User } from './records.js';
import { normaliseEmail, normaliseLinkedin } from './util.js';
import type { EventRecord } from './events/service.js';
import { LoggedMap, LoggedSet, appendLogged, beforeChange, swapInPlace } from '../../workspace/writes.js';
import { defineStore } from '../../workspace/stores.js';
import { supersendSchema, checkSupersend } from './store-schema.js';

export interface SupersendState {
  /** Changed in place only after beforeChange (writes.ts). */
  org: Org;
  user: User;
  teams: LoggedMap<string, Team>;
  labels: LoggedMap<string, Label>;
  campaigns: LoggedMap<string, Campaign>;
  profiles: LoggedMap<string, Profile>;
  profileByEmail: LoggedMap<string, string>;
  profileByLinkedin: LoggedMap<string, string>;
  enrollments: LoggedMap<string, Enrollment>;
  /** Each campaign's enrollments in the order they joined it. */
  enrollmentsByCampaign: LoggedMap<string, LoggedSet<string>>;
  enrollmentsByProfile: LoggedMap<string, LoggedSet<string>>;
  enrollmentByCampaignProfile: LoggedMap<string, string>;
  /** Enrollments per team in creation order, so newest-first lists need no sort. */
  enrollmentOrderByTeam: LoggedMap<string, readonly Enrollment[]>;
  /** The event log, oldest first (GET /v2/events reads it newest first); appended with appendLogged. */
  events: readonly EventRecord[];
}

/** Collections whose order the API (or the snapshot) shows keep it when a removal is undone. */
const ORDERED = true;

export function createSupersendState(org: Org, user: User): SupersendState {
  return {
    org,
    user,
    teams: new LoggedMap(ORDERED),
    labels: new LoggedMap(ORDERED),
    campaigns: new LoggedMap(ORDERED),
    profiles: new LoggedMap(ORDERED),
    profileByEmail: new LoggedMap(),
    profileByLinkedin: new LoggedMap(),
    enrollments: new LoggedMap(ORDERED),
    enrollmentsByCampaign: new LoggedMap(),
    enrollmentsByProfile: new LoggedMap(),
    enrollmentByCampaignProfile: new LoggedMap(),
    enrollmentOrderByTeam: new LoggedMap(),
    events: [],
  };
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

export function findProfile(state: SupersendState, teamId: string, email: string | null, linkedin: string | null): Profile | undefined {
  const id =
    (email ? state.profileByEmail.get(key(teamId, normaliseEmail(email))) : undefined) ??
    (linkedin ? state.profileByLinkedin.get(key(teamId, normaliseLinkedin(linkedin))) : undefined);
  return id ? state.profiles.get(id) : undefined;
}

/** Stores a profile and (re)indexes its identifiers; call after changing email or linkedin_url. */
export function indexProfile(state: SupersendState, profile: Profile, previous?: { email: string | null; linkedin_url: string | null }): void {
  if (previous?.email && previous.email !== profile.email) state.profileByEmail.delete(key(profile.team_id, normaliseEmail(previous.email)));
  if (previous?.linkedin_url && previous.linkedin_url !== profile.linkedin_url) {
    state.profileByLinkedin.delete(key(profile.team_id, normaliseLinkedin(previous.linkedin_url)));
  }
  state.profiles.set(profile.id, profile);
  if (profile.email) state.profileByEmail.set(key(profile.team_id, normaliseEmail(profile.email)), profile.id);
  if (profile.linkedin_url) state.profileByLinkedin.set(key(profile.team_id, normaliseLinkedin(profile.linkedin_url)), profile.id);
}

function addTo(map: LoggedMap<string, LoggedSet<string>>, k: string, id: string): void {
  let set = map.get(k);
  if (!set) map.set(k, (set = new LoggedSet(ORDERED)));
  set.add(id);
}

export function findEnrollment(state: SupersendState, campaignId: string, profileId: string): Enrollment | undefined {
  const id = state.enrollmentByCampaignProfile.get(key(campaignId, profileId));
  return id ? state.enrollments.get(id) : undefined;
}

export function indexEnrollment(state: SupersendState, enrollment: Enrollment): void {
  const isNew = !state.enrollments.has(enrollment.id);
  state.enrollments.set(enrollment.id, enrollment);
  addTo(state.enrollmentsByCampaign, enrollment.campaign_id, enrollment.id);
  addTo(state.enrollmentsByProfile, enrollment.profile_id, enrollment.id);
  state.enrollmentByCampaignProfile.set(key(enrollment.campaign_id, enrollment.profile_id), enrollment.id);
  if (isNew) {
    let order = state.enrollmentOrderByTeam.get(enrollment.team_id);
    if (!order) state.enrollmentOrderByTeam.set(enrollment.team_id, (order = []));
    appendLogged(order, enrollment);
  }
}

/** Moves an enrollment to another campaign (V1 transfer), keeping the indexes true. */
export function moveEnrollment(state: SupersendState, enrollment: Enrollment, campaignId: string): void {
  state.enrollmentsByCampaign.get(enrollment.campaign_id)?.delete(enrollment.id);
  state.enrollmentByCampaignProfile.delete(key(enrollment.campaign_id, enrollment.profile_id));
  beforeChange(enrollment).campaign_id = campaignId;
  indexEnrollment(state, enrollment);
}

/** Permanent removal (a draft campaign's contacts go with it): rare, so the team order is rebuilt. */
export function removeEnrollments(state: SupersendState, removed: Enrollment[]): void {
  const gone = new Set(removed);
  for (const e of removed) removeEnrollment(state, e);
  for (const teamId of new Set(removed.map(e => e.team_id))) {
    const order = state.enrollmentOrderByTeam.get(teamId);
    if (order) state.enrollmentOrderByTeam.set(teamId, order.filter(e => !gone.has(e)));
  }
}

function removeEnrollment(state: SupersendState, enrollment: Enrollment): void {
  state.enrollments.delete(enrollment.id);
  state.enrollmentsByCampaign.get(enrollment.campaign_id)?.delete(enrollment.id);
  state.enrollmentsByProfile.get(enrollment.profile_id)?.delete(enrollment.id);
  state.enrollmentByCampaignProfile.delete(key(enrollment.campaign_id, enrollment.profile_id));
}

export function enrollmentsOfCampaign(state: SupersendState, campaignId: string): Enrollment[] {
  const ids = state.enrollmentsByCampaign.get(campaignId);
  const out: Enrollment[] = [];
  for (const id of ids ?? []) {
    const e = state.enrollments.get(id);
    if (e) out.push(e);
  }
  return out;
}

/** A team's enrollments in creation order (oldest first); iterate backwards for newest first. */
export function enrollmentsOfTeam(state: SupersendState, teamId: string): readonly Enrollment[] {
  return state.enrollmentOrderByTeam.get(teamId) ?? [];
}

/** Lowercased text that `search` matches (email, names, full name, company), kept on the record. */
export function refreshSearchText(e: Enrollment): void {
  beforeChange(e).search_text = [e.email, e.first_name, e.last_name, `${e.first_name ?? ''} ${e.last_name ?? ''}`, e.company_name]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

// ---- snapshot (export / import of a workspace; see src/workspace/snapshot.ts) ----

/** An enrollment as a snapshot holds it: the derived search_text is rebuilt on import. */
export type EnrollmentData = Omit<Enrollment, 'search_text'>;

/** The SuperSend state as plain data: every Map as an array of its records, in the Map's order. */
export interface SupersendStateData {
  org: Org;
  user: User;
  teams: Team[];
  labels: Label[];
  campaigns: Campaign[];
  profiles: Profile[];
  /** In creation order (the order of each team's newest-first lists). */
  enrollments: EnrollmentData[];
  /**
   * Each campaign's enrollments in the order they joined it; differs from creation order once contacts
   * were transferred between campaigns (ties in created_at are answered in this order).
   */
  campaign_enrollment_order: { campaign_id: string; enrollment_ids: string[] }[];
  events: EventRecord[];
}

/** The state's records, by reference (the caller copies them). */
export function dumpSupersendState(state: SupersendState): SupersendStateData {
  const campaignOrder: SupersendStateData['campaign_enrollment_order'] = [];
  for (const [campaignId, ids] of state.enrollmentsByCampaign) {
    const present = [...ids].filter(id => state.enrollments.has(id));
    if (present.length > 0) campaignOrder.push({ campaign_id: campaignId, enrollment_ids: present });
  }
  return {
    org: state.org,
    user: state.user,
    teams: [...state.teams.values()],
    labels: [...state.labels.values()],
    campaigns: [...state.campaigns.values()],
    profiles: [...state.profiles.values()],
    enrollments: [...state.enrollments.values()].map(({ search_text: _derived, ...rest }) => rest),
    campaign_enrollment_order: campaignOrder,
    events: [...state.events],
  };
}

/**
 * Builds a state from `data` (records are taken over, not copied) with every index rebuilt, and answers
 * a commit that swaps it into `state` in place, so stores keyed by the state object stay attached.
 * Building may throw; the commit does not. The data must be consistent (snapshot.ts checks it).
 */
export function prepareSupersendRestore(state: SupersendState, data: SupersendStateData): () => void {
  const fresh = createSupersendState(data.org, data.user);
  for (const t of data.teams) fresh.teams.set(t.id, t);
  for (const l of data.labels) fresh.labels.set(l.id, l);
  for (const c of data.campaigns) fresh.campaigns.set(c.id, c);
  for (const p of data.profiles) indexProfile(fresh, p);
  for (const e of data.enrollments) {
    const enrollment: Enrollment = { ...e, search_text: '' };
    refreshSearchText(enrollment);
    indexEnrollment(fresh, enrollment);
  }
  fresh.enrollmentsByCampaign = LoggedMap.of(data.campaign_enrollment_order.map(o => [o.campaign_id, LoggedSet.of(o.enrollment_ids, ORDERED)]));
  fresh.events = data.events;
  return () => swapInPlace(state, fresh);
}

/** The organisation's SuperSend records: teams, labels, campaigns, contacts and their enrollments, events. */
export const supersendStore = defineStore<SupersendState, SupersendStateData>({
  path: ['supersend'],
  create: ({ random }) => createSupersendState(
    { id: random.uuid(), name: 'Sandbox Org', subsequences_enabled: true, verification_credits: 1000 },
    { id: random.uuid(), name: 'Sandbox User', email: 'owner@sandbox.test' },
  ),
  dump: dumpSupersendState,
  schema: supersendSchema,
  check: checkSupersend,
  prepareRestore: prepareSupersendRestore,
  count: data => ({
    teams: data.teams.length,
    labels: data.labels.length,
    campaigns: data.campaigns.length,
    profiles: data.profiles.length,
    enrollments: data.enrollments.length,
    events: data.events.length,
  }),
});
