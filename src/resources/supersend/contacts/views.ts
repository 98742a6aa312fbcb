/** V2 Contact and profile objects, and the V1 contact shapes. */
import type { World } from '../../world.js';
import type { Enrollment, Label, Profile } from '../records.js';
import { PERSON_FIELDS, copyPerson } from '../records.js';
import { labelRefs } from '../labels/views.js';

/** What happened to an enrollment (V2 and V1 rows); bounce_category only on bounced rows. */
function engagement(e: Enrollment) {
  return {
    verified: e.verified,
    replied: e.replied,
    bounced: e.bounced,
    bounce_category: e.bounced ? e.bounce_category : null,
    unsubscribed: e.unsubscribed,
    opened: e.opened,
    clicked: e.clicked,
    finished: e.finished,
    paused: e.paused,
  };
}

/**
 * V2 Contact: one enrollment with its Campaign and the profile's validity and labels. One object literal
 * in the answer's key order rather than spreads of copyPerson() and engagement(): lists build 20 of these per
 * request, and the literal is built and serialised about twice as fast (README "Performance").
 */
export function contactView(ws: World, e: Enrollment) {
  const profile = ws.stores.supersend.profiles.get(e.profile_id);
  const campaign = ws.stores.supersend.campaigns.get(e.campaign_id);
  const view = {
    id: e.id,
    email: e.email,
    linkedin_url: e.linkedin_url,
    first_name: e.first_name,
    last_name: e.last_name,
    company_name: e.company_name,
    title: e.title,
    phone: e.phone,
    city: e.city,
    state: e.state,
    country: e.country,
    company_url: e.company_url,
    industry: e.industry,
    image: e.image,
    custom: { ...e.custom },
    integration_contact_id: e.integration_contact_id,
    interest: e.interest,
    CampaignId: e.campaign_id,
    TeamId: e.team_id,
    contact_profile_id: e.profile_id,
    Campaign: campaign ? { id: campaign.id, name: campaign.name } : null,
    valid2: profile?.valid2 ?? -1,
    verified: e.verified,
    replied: e.replied,
    bounced: e.bounced,
    bounce_category: e.bounced ? e.bounce_category : null,
    unsubscribed: e.unsubscribed,
    opened: e.opened,
    clicked: e.clicked,
    finished: e.finished,
    paused: e.paused,
    reply_link_clicked: e.reply_link_clicked,
    labels: profile ? labelRefs(ws, profile.label_ids) : [],
    deleted: e.deleted,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
  };
  // Fails tsc if PERSON_FIELDS gains a field the literal does not write.
  const everyPersonField: Exclude<(typeof PERSON_FIELDS)[number], keyof typeof view> extends never ? true : never = true;
  void everyPersonField;
  return view;
}

/** V2 profile-only create answer: `object: contact_profile`, not enrolled. */
export function profileView(ws: World, p: Profile) {
  return {
    object: 'contact_profile' as const,
    enrolled: false,
    id: p.id,
    ...copyPerson(p),
    TeamId: p.team_id,
    valid2: p.valid2,
    labels: labelRefs(ws, p.label_ids),
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  };
}

const VALID_BY_VALIDITY = { [-1]: null, 0: null, 1: true, 2: false } as const;

/** Where an enrollment stands in its sequence (V1 rows and a profile's associated campaigns). */
function progress(e: Enrollment) {
  return {
    status: e.status,
    next_step: e.next_step,
    paused_at: e.paused_at,
    resume_at: e.resume_at,
    failed: e.failed,
    reason: e.reason,
    last_node_processed_at: e.last_node_processed_at,
  };
}

/** V1 contact row (list, create, get). */
export function v1ContactView(ws: World, e: Enrollment) {
  const profile = ws.stores.supersend.profiles.get(e.profile_id);
  return {
    id: e.id,
    ...copyPerson(e),
    CampaignId: e.campaign_id,
    TeamId: e.team_id,
    OrgId: ws.stores.supersend.org.id,
    ContactProfileId: e.profile_id,
    SenderId: e.sender_id,
    interest: e.interest,
    valid: VALID_BY_VALIDITY[profile?.valid2 ?? -1],
    ...engagement(e),
    appointment: e.appointment,
    started_sequence: e.started_sequence,
    archived: e.archived,
    node_id: e.current_node_id,
    variant: e.variant,
    email_provider: e.email_provider,
    ...progress(e),
    createdAt: e.created_at,
    updatedAt: e.updated_at,
  };
}

/** V1 profile create answer (no CampaignId): the profile in the V1 contact shape. */
export function v1ProfileAsContact(ws: World, p: Profile) {
  return { id: p.id, ...copyPerson(p), CampaignId: null, TeamId: p.team_id, OrgId: ws.stores.supersend.org.id, createdAt: p.created_at, updatedAt: p.updated_at };
}

export function v1ProfileView(ws: World, p: Profile, enrollments: Enrollment[]) {
  return {
    success: true,
    contact: {
      id: p.id,
      ...copyPerson(p),
      TeamId: p.team_id,
      OrgId: ws.stores.supersend.org.id,
      labels: p.label_ids
        .map(id => ws.stores.supersend.labels.get(id))
        .filter((l): l is Label => Boolean(l && !l.deleted))
        .map(l => ({ id: l.id, name: l.name, color: l.color, applies_to: l.applies_to })),
      __source: 'contact_profile' as const,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
    },
    associated_campaigns: enrollments.map(e => ({
      id: e.campaign_id,
      name: ws.stores.supersend.campaigns.get(e.campaign_id)?.name ?? null,
      ContactId: e.id,
      contactCreatedAt: e.created_at,
      replied: e.replied,
      bounced: e.bounced,
      unsubscribed: e.unsubscribed,
      opened: e.opened,
      clicked: e.clicked,
      finished: e.finished,
      appointment: e.appointment,
      interest: e.interest,
      ...progress(e),
    })),
  };
}
