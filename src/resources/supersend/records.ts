/** The SuperSend records a workspace holds. Field names follow the API where the API names them. */

export const INTERESTS = ['interested', 'not_interested', 'meeting_request', 'meeting_booked', 'customer', 'future', 'follow_up'] as const;
export type Interest = (typeof INTERESTS)[number];

export const BOUNCE_CATEGORIES = ['invalid_recipient', 'policy_block', 'soft', 'unknown'] as const;
export type BounceCategory = (typeof BOUNCE_CATEGORIES)[number];

export type LabelScope = 'contact' | 'conversation' | 'both';

/** valid2: -1 unvalidated, 0 pending, 1 valid, 2 invalid. */
export type Validity = -1 | 0 | 1 | 2;

export interface Org {
  id: string;
  name: string;
  /** The per-org feature flag subsequence endpoints depend on. */
  subsequences_enabled: boolean;
  /** Email-verification credits left (shared by verify, validate_emails and imports). */
  verification_credits: number;
}

export interface User {
  id: string;
  name: string;
  email: string;
}

export interface Team {
  id: string;
  name: string;
  domain: string | null;
  logo: string | null;
  about: string | null;
  is_default: boolean;
  meeting_link: string | null;
  meeting_link_text: string | null;
  auto_placement_testing: boolean;
  auto_placement_testing_frequency: number | null;
  notification_email: string | null;
  notification_email_preferences: Record<string, boolean>;
  inbox_auto_tag_settings: Record<string, boolean>;
  inbox_super_views: unknown[];
  contacts_limit: number;
  credits_used: number;
  created_at: string;
  updated_at: string;
}

export interface Label {
  id: string;
  name: string;
  color: string;
  /** null for a legacy org-wide label. */
  team_id: string | null;
  applies_to: LabelScope;
  deleted: boolean;
  created_at: string;
  updated_at: string;
}

/** Person fields shared by a team's contact profile and its campaign enrollments. */
export interface PersonFields {
  email: string | null;
  linkedin_url: string | null;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  title: string | null;
  phone: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  company_url: string | null;
  industry: string | null;
  image: string | null;
  custom: Record<string, unknown>;
  integration_contact_id: string | null;
}

export const PERSON_FIELDS = [
  'email', 'linkedin_url', 'first_name', 'last_name', 'company_name', 'title', 'phone', 'city', 'state',
  'country', 'company_url', 'industry', 'image', 'custom', 'integration_contact_id',
] as const satisfies readonly (keyof PersonFields)[];

/**
 * A copy of the person fields, written out field by field: records built from one literal keep a single
 * fast shape, where spreads of many keys left V8 objects in slow dictionary mode (3× the memory at 100k).
 */
export function copyPerson(p: PersonFields): PersonFields {
  return {
    email: p.email, linkedin_url: p.linkedin_url, first_name: p.first_name, last_name: p.last_name,
    company_name: p.company_name, title: p.title, phone: p.phone, city: p.city, state: p.state, country: p.country,
    company_url: p.company_url, industry: p.industry, image: p.image, custom: { ...p.custom },
    integration_contact_id: p.integration_contact_id,
  };
}

/** A team's contact profile ("All Contacts"): one per person per team. */
export interface Profile extends PersonFields {
  id: string;
  team_id: string;
  valid2: Validity;
  label_ids: string[];
  created_at: string;
  updated_at: string;
}

export type QueueStatus = 'idle' | 'queued' | 'processing';

/** A campaign enrollment (the API's "Contact" row). */
export interface Enrollment extends PersonFields {
  id: string;
  campaign_id: string;
  team_id: string;
  profile_id: string;
  /** Id of the enrollment's ContactConfig (V1 GET /v1/contact/:id). */
  config_id: string;
  interest: Interest | null;
  verified: boolean;
  replied: boolean;
  bounced: boolean;
  bounce_category: BounceCategory | null;
  unsubscribed: boolean;
  opened: boolean;
  clicked: boolean;
  appointment: boolean;
  finished: boolean;
  paused: boolean;
  started_sequence: boolean;
  reply_link_clicked: boolean;
  has_task: boolean;
  status: QueueStatus;
  current_node_id: string | null;
  step_number: number | null;
  next_step: string | null;
  paused_at: string | null;
  resume_at: string | null;
  failed: boolean;
  reason: string | null;
  last_node_processed_at: string | null;
  last_activity_at: string | null;
  variant: string | null;
  email_provider: string | null;
  sender_id: string | null;
  /** Set when the campaign is archived (or by the archive bulk actions). */
  archived: boolean;
  deleted: boolean;
  created_at: string;
  updated_at: string;
  /** Derived: lowercased searchable text (see refreshSearchText); never sent. */
  search_text: string;
}

export type CampaignStatus = 1 | 2;

/** Settings stored as given and echoed back (001_… create/update parameters and the V1 extras). */
export interface CampaignSettings {
  track_domain: string | null;
  track: boolean;
  category_id: string | null;
  custom_variables: unknown[];
  templateId: string | null;
  send_to_risk_levels: string[] | null;
  bcc: string[] | null;
  bcc_replies_only: boolean;
  timezone: string | null;
  days: Record<string, boolean> | null;
  hours: { start: string; end: string }[];
  start: string | null;
  end: string | null;
  max_per_day: number | null;
  unsubscribe: boolean;
  unsubscribe_message: string | null;
  blacklistIfUnsubscribe: boolean;
  blacklistIfBounced: boolean;
  blacklistDomainOnReply: boolean;
  list_unsubscribe_header: boolean;
  failureConfiguration: Record<string, unknown> | null;
  version: number;
  warm: boolean;
  LinkedinId: string | null;
  SenderIds: string[];
}

export interface Campaign {
  id: string;
  team_id: string;
  name: string;
  status: CampaignStatus;
  is_draft: boolean;
  archived: boolean;
  legacy_sequence: boolean;
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  parent_campaign_id: string | null;
  created_by: string;
  settings: CampaignSettings;
  reply_link_clicks: number;
  created_at: string;
  updated_at: string;
}
