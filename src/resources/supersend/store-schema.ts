/** The SuperSend store in a snapshot: its schema and the references between its records. */
import { BOUNCE_CATEGORIES, INTERESTS, PERSON_FIELDS } from './records.js';
import type { SupersendStateData } from './store.js';
import { normaliseEmail, normaliseLinkedin } from './util.js';
import {
  arrayOf, bool, dateTime, freeForm, id, ids, int, invalidSnapshot, ndateTime, nid, nint, nobj, nstr, ntext, obj, record, refer,
  section, stamps, str, text, uniqueIds, type Schema,
} from '../../workspace/snapshot-schema.js';

/** The person fields, bounded as the contact create request bounds them. */
const person = (): Record<string, Schema> => ({
  ...Object.fromEntries(PERSON_FIELDS.filter(f => f !== 'custom').map(f => [f, ntext(['ContactCreateRequest', f])])),
  custom: obj,
});

export function supersendSchema(): Schema {
  const team = record({
    id, name: text(['TeamCreateRequest', 'name']), domain: ntext(['TeamCreateRequest', 'domain']), logo: ntext(['TeamCreateRequest', 'logo']),
    about: ntext(['TeamCreateRequest', 'about']), is_default: bool, meeting_link: ntext(['TeamCreateRequest', 'meeting_link']),
    meeting_link_text: ntext(['TeamCreateRequest', 'meeting_link_text']), auto_placement_testing: bool,
    auto_placement_testing_frequency: nint, notification_email: nstr, notification_email_preferences: obj, inbox_auto_tag_settings: obj,
    inbox_super_views: arrayOf(obj),
    // A limit below 1 would divide usage by zero or make it negative.
    contacts_limit: { ...int, minimum: 1 },
    credits_used: int, ...stamps,
  });
  const label = record({
    id, name: text(['LabelCreateRequest', 'name']), color: text(['LabelCreateRequest', 'color']), team_id: nid,
    applies_to: { enum: ['contact', 'conversation', 'both'] }, deleted: bool, ...stamps,
  });
  const from = (property: string): [string, string] => ['CampaignCreateRequest', property];
  const settings = record({
    track_domain: ntext(from('track_domain')), track: bool, category_id: nid, custom_variables: arrayOf(freeForm()), templateId: nid,
    send_to_risk_levels: { type: ['array', 'null'], items: str }, bcc: { type: ['array', 'null'], items: str }, bcc_replies_only: bool,
    timezone: ntext(from('timezone')), days: freeForm(['object', 'array', 'null']), hours: arrayOf(record({ start: str, end: str })),
    start: nstr, end: nstr, max_per_day: nint, unsubscribe: bool, unsubscribe_message: ntext(from('unsubscribe_message')),
    blacklistIfUnsubscribe: bool, blacklistIfBounced: bool, blacklistDomainOnReply: bool, list_unsubscribe_header: bool,
    failureConfiguration: nobj, version: int, warm: bool, LinkedinId: nstr, SenderIds: ids,
  });
  const campaign = record({
    id, team_id: id, name: text(from('name')), status: { enum: [1, 2] }, is_draft: bool, archived: bool, legacy_sequence: bool,
    nodes: arrayOf(obj), edges: arrayOf(obj), parent_campaign_id: nid, created_by: id, settings, reply_link_clicks: int, ...stamps,
  });
  const profile = record({ ...person(), id, team_id: id, valid2: { enum: [-1, 0, 1, 2] }, label_ids: ids, ...stamps });
  const enrollment = record({
    ...person(), id, campaign_id: id, team_id: id, profile_id: id, config_id: id, interest: { enum: [...INTERESTS, null] },
    verified: bool, replied: bool, bounced: bool, bounce_category: { enum: [...BOUNCE_CATEGORIES, null] }, unsubscribed: bool,
    opened: bool, clicked: bool, appointment: bool, finished: bool, paused: bool, started_sequence: bool, reply_link_clicked: bool,
    has_task: bool, status: { enum: ['idle', 'queued', 'processing'] }, current_node_id: nstr, step_number: nint, next_step: nstr,
    paused_at: ndateTime, resume_at: ndateTime, failed: bool, reason: nstr, last_node_processed_at: ndateTime,
    last_activity_at: ndateTime, variant: nstr, email_provider: nstr, sender_id: nid, archived: bool, deleted: bool, ...stamps,
  });
  const event = record({
    id, type: str, channel: str, date: dateTime, team_id: nid, campaign_id: nid, contact_id: nid, sender_id: nid,
    sequence_step: nint, subject: nstr, details: obj,
  });
  return section({
    org: record({ id, name: str, subsequences_enabled: bool, verification_credits: int }),
    user: record({ id, name: str, email: str }),
    teams: arrayOf(team),
    labels: arrayOf(label),
    campaigns: arrayOf(campaign),
    profiles: arrayOf(profile),
    enrollments: arrayOf(enrollment),
    campaign_enrollment_order: arrayOf(section({ campaign_id: id, enrollment_ids: ids })),
    events: arrayOf(event),
  });
}

/** Ids unique per collection, references that resolve, identifiers unique where the indexes need them. */
export function checkSupersend(s: SupersendStateData): void {
  const teams = uniqueIds('supersend.teams', s.teams);
  const labels = uniqueIds('supersend.labels', s.labels);
  const campaigns = uniqueIds('supersend.campaigns', s.campaigns);
  const profiles = uniqueIds('supersend.profiles', s.profiles);
  const enrollments = uniqueIds('supersend.enrollments', s.enrollments);
  uniqueIds('supersend.events', s.events);

  s.labels.forEach((l, i) => refer(`supersend.labels[${i}].team_id`, l.team_id, teams, 'team'));
  s.campaigns.forEach((c, i) => {
    refer(`supersend.campaigns[${i}].team_id`, c.team_id, teams, 'team');
    refer(`supersend.campaigns[${i}].parent_campaign_id`, c.parent_campaign_id, campaigns, 'campaign');
  });
  checkProfiles(s, teams, labels);
  const pairs = new Set<string>();
  s.enrollments.forEach((e, i) => {
    const at = `supersend.enrollments[${i}]`;
    refer(`${at}.team_id`, e.team_id, teams, 'team');
    refer(`${at}.campaign_id`, e.campaign_id, campaigns, 'campaign');
    refer(`${at}.profile_id`, e.profile_id, profiles, 'profile');
    const pair = `${e.campaign_id}\u0000${e.profile_id}`;
    if (pairs.has(pair)) throw invalidSnapshot(`${at}.profile_id`, `${at} enrolls profile ${e.profile_id} in campaign ${e.campaign_id} a second time`);
    pairs.add(pair);
  });
  checkCampaignOrder(s, enrollments);
}

function checkProfiles(s: SupersendStateData, teams: Map<string, number>, labels: Map<string, number>): void {
  const identifiers = new Map<string, number>();
  const claim = (param: string, i: number, identifier: string) => {
    const other = identifiers.get(identifier);
    if (other !== undefined) throw invalidSnapshot(param, `${param} is also the ${param.split('.').pop()} of supersend.profiles[${other}] in the same team`);
    identifiers.set(identifier, i);
  };
  s.profiles.forEach((p, i) => {
    const at = `supersend.profiles[${i}]`;
    refer(`${at}.team_id`, p.team_id, teams, 'team');
    p.label_ids.forEach((labelId, j) => refer(`${at}.label_ids[${j}]`, labelId, labels, 'label'));
    if (p.email) claim(`${at}.email`, i, `${p.team_id}\u0000email\u0000${normaliseEmail(p.email)}`);
    if (p.linkedin_url) claim(`${at}.linkedin_url`, i, `${p.team_id}\u0000linkedin\u0000${normaliseLinkedin(p.linkedin_url)}`);
  });
}

/** Every enrollment placed exactly once, in its own campaign's order. */
function checkCampaignOrder(s: SupersendStateData, enrollments: Map<string, number>): void {
  const placed = new Set<string>();
  const orderedCampaigns = new Set<string>();
  s.campaign_enrollment_order.forEach((o, i) => {
    const at = `supersend.campaign_enrollment_order[${i}]`;
    if (orderedCampaigns.has(o.campaign_id)) throw invalidSnapshot(`${at}.campaign_id`, `${at}.campaign_id repeats campaign ${o.campaign_id}`);
    orderedCampaigns.add(o.campaign_id);
    o.enrollment_ids.forEach((enrollmentId, j) => {
      const param = `${at}.enrollment_ids[${j}]`;
      const index = enrollments.get(enrollmentId);
      if (index === undefined) throw invalidSnapshot(param, `${param} names enrollment ${enrollmentId}, which is not in the snapshot`);
      if (s.enrollments[index].campaign_id !== o.campaign_id) throw invalidSnapshot(param, `${param}: enrollment ${enrollmentId} belongs to campaign ${s.enrollments[index].campaign_id}`);
      if (placed.has(enrollmentId)) throw invalidSnapshot(param, `${param} lists enrollment ${enrollmentId} twice`);
      placed.add(enrollmentId);
    });
  });
  s.enrollments.forEach((e, i) => {
    if (!placed.has(e.id)) throw invalidSnapshot('supersend.campaign_enrollment_order', `supersend.enrollments[${i}] (${e.id}) is missing from supersend.campaign_enrollment_order`);
  });
}
