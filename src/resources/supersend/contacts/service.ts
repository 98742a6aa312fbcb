/**
 * Contacts, as 000_… states: a team's ContactProfile is upserted by email or linkedin_url; with a
 * CampaignId the campaign's enrollment (the API's "Contact" row) is created or updated, so repeating a
 * create never duplicates. Deletes are soft: deleted rows are hidden unless asked for.
 */
import type { World } from '../../world.js';
import type { components } from '../../../contract/openapi.gen.js';
import { ApiError } from '../../../http/errors.js';
import {
  PERSON_FIELDS, copyPerson, type Enrollment, type Interest, type PersonFields, type Profile,
} from '../records.js';
import { conflict, invalidParameter, notFound } from '../errors.js';
import { enrollmentsOfTeam, findEnrollment, findProfile, indexEnrollment, indexProfile, refreshSearchText } from '../store.js';
import { normaliseEmail, normaliseLinkedin } from '../util.js';
import { requireTeam } from '../teams/service.js';
import { getCampaign } from '../campaigns/service.js';
import { resolveContactLabels } from '../labels/service.js';
import { spendCredit, verdictFor } from '../email-verification/service.js';
import { onEnrolled } from '../engine/service.js';
import { recordEvent } from '../events/service.js';
import type { Page } from '../util.js';
import { beforeChange, created } from '../../../workspace/writes.js';

export type PersonInput = { [K in keyof PersonFields]?: PersonFields[K] | null };

export interface ContactInput extends PersonInput {
  TeamId: string;
  CampaignId?: string | null;
  contact_profile_id?: string;
  labels?: string[];
  /** V1 also accepts the string "true". */
  validate_emails?: boolean | string;
}

export type UpsertResult =
  | { kind: 'enrollment'; enrollment: Enrollment; profile: Profile; created: boolean }
  | { kind: 'profile'; profile: Profile; created: boolean };

const EMPTY_PERSON: PersonFields = {
  email: null, linkedin_url: null, first_name: null, last_name: null, company_name: null, title: null, phone: null,
  city: null, state: null, country: null, company_url: null, industry: null, image: null, custom: {}, integration_contact_id: null,
};

/** The person fields a request sets; `custom` merges key by key into what is stored. */
function applyPerson(target: PersonFields, input: PersonInput): void {
  beforeChange(target);
  for (const field of PERSON_FIELDS) {
    if (field === 'custom') {
      if (input.custom !== undefined) target.custom = { ...target.custom, ...input.custom };
      continue;
    }
    const value = input[field];
    if (value !== undefined) target[field] = value;
  }
}

/** A new address has not been verified: its validity starts over (-1), so validate_emails checks it. */
function resetValidityIfEmailChanged(profile: Profile, previousEmail: string | null): void {
  if (profile.email && (!previousEmail || normaliseEmail(profile.email) !== normaliseEmail(previousEmail))) beforeChange(profile).valid2 = -1;
}

export function upsertContact(ws: World, input: ContactInput): UpsertResult {
  requireTeam(ws, input.TeamId);
  const campaign = input.CampaignId ? getCampaign(ws, input.CampaignId) : undefined;
  if (campaign && campaign.team_id !== input.TeamId) {
    throw invalidParameter('CampaignId', 'CampaignId belongs to another team than TeamId');
  }
  const { profile, created: profileCreated } = upsertProfile(ws, input);
  if (input.labels?.length) {
    const ids = resolveContactLabels(ws, profile.team_id, input.labels);
    beforeChange(profile).label_ids = [...new Set([...profile.label_ids, ...ids])];
  }
  if (input.validate_emails === true || input.validate_emails === 'true') validateProfile(ws, profile);
  if (!campaign) {
    if (profileCreated) recordEvent(ws, { type: 'contact_added', team_id: profile.team_id, details: { contact_profile_id: profile.id, enrolled: false } });
    return { kind: 'profile', profile, created: profileCreated };
  }

  const now = ws.clock.isoNow();
  const existing = findEnrollment(ws.stores.supersend, campaign.id, profile.id);
  if (existing) {
    Object.assign(beforeChange(existing), copyPerson(profile), { deleted: false, updated_at: now });
    refreshSearchText(existing);
    return { kind: 'enrollment', enrollment: existing, profile, created: false };
  }
  const enrollment = newEnrollment(ws, campaign.id, profile, now);
  refreshSearchText(enrollment);
  indexEnrollment(ws.stores.supersend, enrollment);
  recordEvent(ws, { type: 'contact_added', contact: enrollment, details: { contact_profile_id: profile.id, enrolled: true } });
  onEnrolled(ws, enrollment);
  return { kind: 'enrollment', enrollment, profile, created: true };
}

/** Finds the team's profile by contact_profile_id, email or linkedin_url; creates it when new. */
function upsertProfile(ws: World, input: ContactInput): { profile: Profile; created: boolean } {
  const state = ws.stores.supersend;
  const now = ws.clock.isoNow();
  if (input.contact_profile_id) {
    const profile = state.profiles.get(input.contact_profile_id);
    if (!profile || profile.team_id !== input.TeamId) {
      throw invalidParameter('contact_profile_id', "contact_profile_id must be an existing contact profile of the campaign's team", 'invalid_contact_profile');
    }
    return { profile, created: false };
  }
  const found = findProfile(state, input.TeamId, input.email ?? null, input.linkedin_url ?? null);
  if (found) {
    const previous = { email: found.email, linkedin_url: found.linkedin_url };
    applyPerson(found, input);
    resetValidityIfEmailChanged(found, previous.email);
    beforeChange(found).updated_at = now;
    indexProfile(state, found, previous);
    return { profile: found, created: false };
  }
  const profile = newProfile(ws, input.TeamId, now);
  applyPerson(profile, input);
  indexProfile(state, profile);
  return { profile, created: true };
}

function newProfile(ws: World, teamId: string, now: string): Profile {
  const p = EMPTY_PERSON;
  return created({
    id: ws.random.uuid(), team_id: teamId,
    email: p.email, linkedin_url: p.linkedin_url, first_name: p.first_name, last_name: p.last_name,
    company_name: p.company_name, title: p.title, phone: p.phone, city: p.city, state: p.state, country: p.country,
    company_url: p.company_url, industry: p.industry, image: p.image, custom: {}, integration_contact_id: null,
    valid2: -1, label_ids: [], created_at: now, updated_at: now,
  });
}

function newEnrollment(ws: World, campaignId: string, p: Profile, now: string): Enrollment {
  return created({
    id: ws.random.uuid(), config_id: ws.random.uuid(), campaign_id: campaignId, team_id: p.team_id, profile_id: p.id,
    email: p.email, linkedin_url: p.linkedin_url, first_name: p.first_name, last_name: p.last_name,
    company_name: p.company_name, title: p.title, phone: p.phone, city: p.city, state: p.state, country: p.country,
    company_url: p.company_url, industry: p.industry, image: p.image, custom: { ...p.custom },
    integration_contact_id: p.integration_contact_id,
    interest: null,
    verified: false, replied: false, bounced: false, bounce_category: null, unsubscribed: false, opened: false,
    clicked: false, appointment: false, finished: false, paused: false, started_sequence: false,
    reply_link_clicked: false, has_task: false,
    status: 'idle', current_node_id: null, step_number: null, next_step: null, paused_at: null, resume_at: null,
    failed: false, reason: null, last_node_processed_at: null, last_activity_at: null, variant: null,
    email_provider: null, sender_id: null,
    archived: false, deleted: false, created_at: now, updated_at: now, search_text: '',
  });
}

/** validate_emails: only unvalidated (-1) or pending (0) profiles are checked, one credit each. */
export function validateProfile(ws: World, profile: Profile): void {
  if (!profile.email || (profile.valid2 !== -1 && profile.valid2 !== 0)) return;
  if (!spendCredit(ws, ws.stores.supersend.teams.get(profile.team_id))) return;
  beforeChange(profile).valid2 = verdictFor(profile.email).valid2;
  profile.updated_at = ws.clock.isoNow();
}

export function getContact(ws: World, id: string): Enrollment {
  const e = ws.stores.supersend.enrollments.get(id);
  if (!e || e.deleted) throw notFound('contact');
  return e;
}

export interface ContactPatch extends PersonInput {
  interest?: Interest | null;
  validate_emails?: boolean | string;
}

/** PATCH: the enrollment's fields and interest; person fields are mirrored onto the team profile. */
export function updateContact(ws: World, id: string, patch: ContactPatch): Enrollment {
  const enrollment = getContact(ws, id);
  const state = ws.stores.supersend;
  const profile = state.profiles.get(enrollment.profile_id)!;
  for (const [field, value, normalise] of [
    ['email', patch.email, normaliseEmail],
    ['linkedin_url', patch.linkedin_url, normaliseLinkedin],
  ] as const) {
    if (!value) continue;
    const other = findProfile(state, profile.team_id, field === 'email' ? value : null, field === 'linkedin_url' ? value : null);
    if (other && other.id !== profile.id && normalise(value) === normalise(other[field] ?? '')) {
      throw conflict('contact_already_exists', `Another contact of this team already has this ${field}`, field);
    }
  }
  const now = ws.clock.isoNow();
  const previous = { email: profile.email, linkedin_url: profile.linkedin_url };
  applyPerson(enrollment, patch);
  refreshSearchText(enrollment);
  applyPerson(profile, patch);
  resetValidityIfEmailChanged(profile, previous.email);
  indexProfile(state, profile, previous);
  if (patch.interest !== undefined) beforeChange(enrollment).interest = patch.interest;
  if (patch.validate_emails === true || patch.validate_emails === 'true') validateProfile(ws, profile);
  beforeChange(enrollment).updated_at = beforeChange(profile).updated_at = now;
  return enrollment;
}

export function deleteContact(ws: World, id: string): void {
  const e = beforeChange(getContact(ws, id));
  e.deleted = true;
  e.updated_at = ws.clock.isoNow();
}

/** DELETE /v2/contacts?TeamId&CampaignId&email|linkedin_url: the person's enrollments (in that campaign). */
export function deleteContactByIdentifier(
  ws: World,
  q: { TeamId: string; CampaignId?: string; email?: string; linkedin_url?: string },
): number {
  requireTeam(ws, q.TeamId);
  if (!q.email && !q.linkedin_url) {
    throw new ApiError(400, 'missing_required_parameter', 'email or linkedin_url is required', { param: 'email' });
  }
  const profile = findProfile(ws.stores.supersend, q.TeamId, q.email ?? null, q.linkedin_url ?? null);
  const now = ws.clock.isoNow();
  let deleted = 0;
  for (const id of profile ? (ws.stores.supersend.enrollmentsByProfile.get(profile.id) ?? []) : []) {
    const e = ws.stores.supersend.enrollments.get(id);
    if (!e || e.deleted || (q.CampaignId && e.campaign_id !== q.CampaignId)) continue;
    beforeChange(e).deleted = true;
    e.updated_at = now;
    deleted++;
  }
  if (deleted === 0) throw notFound('contact');
  return deleted;
}

export interface ContactListQuery {
  TeamId: string;
  CampaignId?: string;
  search?: string;
  interest?: string;
  deleted?: boolean;
  email?: string;
  sort_by?: 'last_activity' | 'last_activity_asc' | 'last_updated';
  limit: number;
  offset: number;
}

/** GET /v2/contacts: newest first (creation order), filtered in one pass over the team's enrollments. */
export function listContacts(ws: World, q: ContactListQuery): Page<Enrollment> {
  requireTeam(ws, q.TeamId);
  const matches = contactFilter(q, storedCampaignId(ws, q.CampaignId));
  if (!q.sort_by) return pageNewestFirst(ws, q.TeamId, matches, q.offset, q.limit);
  const all = enrollmentsOfTeam(ws.stores.supersend, q.TeamId).filter(matches).reverse();
  all.sort(SORTS[q.sort_by]);
  return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

const byTime = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');
const SORTS: Record<NonNullable<ContactListQuery['sort_by']>, (a: Enrollment, b: Enrollment) => number> = {
  last_activity: (a, b) => byTime(b.last_activity_at ?? b.updated_at, a.last_activity_at ?? a.updated_at),
  last_activity_asc: (a, b) => byTime(a.last_activity_at ?? a.updated_at, b.last_activity_at ?? b.updated_at),
  last_updated: (a, b) => byTime(b.updated_at, a.updated_at),
};

function pageNewestFirst(ws: World, teamId: string, matches: (e: Enrollment) => boolean, offset: number, limit: number): Page<Enrollment> {
  const rows: Enrollment[] = [];
  let total = 0;
  const order = enrollmentsOfTeam(ws.stores.supersend, teamId);
  for (let i = order.length - 1; i >= 0; i--) {
    const e = order[i];
    if (!matches(e)) continue;
    if (total >= offset && rows.length < limit) rows.push(e);
    total++;
  }
  return { rows, total };
}

/**
 * The stored copy of a campaign id: enrollments hold that very string, so comparing against it is a
 * pointer check instead of a 36-character compare per row (3 ms of a 100k-row scan).
 */
function storedCampaignId(ws: World, id: string | undefined): string | undefined {
  return id === undefined ? undefined : ws.stores.supersend.campaigns.get(id)?.id ?? id;
}

/** The list filters as one predicate; the hot loop reads locals, not the query object. */
function contactFilter(q: Omit<ContactListQuery, 'CampaignId'>, campaignId: string | undefined): (e: Enrollment) => boolean {
  const needle = q.search?.trim().toLowerCase() || undefined;
  const interests = q.interest !== undefined ? new Set(q.interest.split(',').map(s => s.trim() || null)) : undefined;
  const email = q.email ? normaliseEmail(q.email) : undefined;
  const withDeleted = q.deleted === true;
  return e =>
    (withDeleted || !e.deleted) &&
    (campaignId === undefined || e.campaign_id === campaignId) &&
    (interests === undefined || interests.has(e.interest)) &&
    (email === undefined || (e.email !== null && normaliseEmail(e.email) === email)) &&
    (needle === undefined || e.search_text.includes(needle));
}

/** A team profile with its enrollments, newest first (GET /v1/contact/profile/:id). */
export function getProfileWithEnrollments(ws: World, profileId: string, teamId: string): { profile: Profile; enrollments: Enrollment[] } {
  requireTeam(ws, teamId);
  const profile = ws.stores.supersend.profiles.get(profileId);
  if (!profile || profile.team_id !== teamId) throw notFound('contact_profile');
  const enrollments = [...(ws.stores.supersend.enrollmentsByProfile.get(profileId) ?? [])]
    .map(id => ws.stores.supersend.enrollments.get(id))
    .filter((e): e is Enrollment => Boolean(e && !e.deleted))
    .sort((a, b) => byTime(b.created_at, a.created_at));
  return { profile, enrollments };
}

/** The V1 /v1/contact/all body: V2's filters plus the V1-only status and advanced filters (from openapi.yaml). */
export type V1ContactFilters = components['schemas']['V1ContactFilters'] & { TeamId: string; CampaignId?: string; limit: number; offset: number };

const FLAG_FILTERS = ['verified', 'finished', 'appointment', 'bounced', 'replied', 'unsubscribed', 'paused', 'has_task', 'started_sequence'] as const;

/** A predicate for the V1 filters; every given filter must hold. */
export function v1ContactFilter(ws: World, f: Omit<V1ContactFilters, 'TeamId' | 'limit' | 'offset'>): (e: Enrollment) => boolean {
  const base = contactFilter({ TeamId: '', search: f.search, interest: f.interest, limit: 0, offset: 0 }, storedCampaignId(ws, f.CampaignId));
  const profileOf = (e: Enrollment) => ws.stores.supersend.profiles.get(e.profile_id);
  return e =>
    base(e) &&
    !e.archived &&
    FLAG_FILTERS.every(flag => f[flag] === undefined || e[flag] === f[flag]) &&
    (f.validated === undefined || (profileOf(e)?.valid2 === 1) === f.validated) &&
    (f.has_email === undefined || Boolean(e.email) === f.has_email) &&
    (f.has_linkedin === undefined || Boolean(e.linkedin_url) === f.has_linkedin) &&
    (f.node_id === undefined || e.current_node_id === f.node_id) &&
    (f.variant === undefined || e.variant === f.variant) &&
    (f.email_provider === undefined || e.email_provider === f.email_provider) &&
    (!f.senderIds?.length || (e.sender_id !== null && f.senderIds.includes(e.sender_id))) &&
    (!f.reply_labels?.length || f.reply_labels.some(l => profileOf(e)?.label_ids.includes(l))) &&
    (!f.customs?.length || f.customs.every(c => String(e.custom[c.key]) === String(c.value)));
}

export interface V1ContactList {
  count: number;
  rows: Enrollment[];
  verified_count: number;
  valid_count: number;
  paused_count: number;
}

/** POST /v1/contact/all: the page, and counts over everything that matched. */
export function listContactsV1(ws: World, f: V1ContactFilters): V1ContactList {
  requireTeam(ws, f.TeamId);
  const matches = v1ContactFilter(ws, f);
  const out: V1ContactList = { count: 0, rows: [], verified_count: 0, valid_count: 0, paused_count: 0 };
  const order = enrollmentsOfTeam(ws.stores.supersend, f.TeamId);
  for (let i = order.length - 1; i >= 0; i--) {
    const e = order[i];
    if (!matches(e)) continue;
    if (out.count >= f.offset && out.rows.length < f.limit) out.rows.push(e);
    out.count++;
    if (e.verified) out.verified_count++;
    if (ws.stores.supersend.profiles.get(e.profile_id)?.valid2 === 1) out.valid_count++;
    if (e.paused) out.paused_count++;
  }
  return out;
}
