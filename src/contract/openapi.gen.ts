/**
 * Generated from openapi.yaml by openapi-typescript (src/contract/generate-types.ts). Do not edit by hand:
 * change the document and run `npm run gen:types`.
 */

export interface paths {
    "/v2/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Lists the teams the API key's user can access. A key acts as a user and sees only that user's teams.
         *     `limit` defaults to 20 (max 100). `search` matches the team name. `all=true` returns every team in the
         *     organization and works only for org admins (others get 403); the default is `"false"`.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team
         * @description Creates a team in the key's organization. `name` is required; `domain`, `logo`, `about`,
         *     `meeting_link`, `meeting_link_text` and `auto_placement_testing` are optional. Answers 201 with the team.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a team
         * @description Returns one team, including `members[]` (`id`, `email`, `first_name`, `last_name`, `role`, `joined_at`).
         *     404 `team_not_found` when it does not exist; 403 `team_access_denied` when the key's user cannot access it.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a team
         * @description Updates the given fields of a team. Takes the create fields plus `auto_placement_testing_frequency`
         *     (7, 14 or 30 days), `notification_email` (an email; `null` or `""` removes it; when set, team
         *     notifications also go to that address), `notification_email_preferences` (booleans, all default true;
         *     merge semantics: only the keys you send change), `inbox_auto_tag_settings` and `inbox_super_views`.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/v2/teams/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a team's usage
         * @description Returns the team's contact usage against its limit: `usage_percentage` = round(100 × contacts_used /
         *     contacts_limit), `is_at_limit` = contacts_used >= contacts_limit. sendbox also reports
         *     `campaigns_count` and `email_validation_credits_used`.
         */
        get: operations["getTeamUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts (campaign enrollments)
         * @description Paginated list of contacts (enrollments) of a team, each with its `Campaign` (`id`, `name`).
         *     `TeamId` is required. `search` matches email, name and company. `interest` filters by contact status,
         *     comma-separated for several values; an empty value selects contacts with no status. `deleted=true`
         *     includes deleted contacts. `email` is an exact (case-insensitive) filter. `sort_by`: `last_activity` /
         *     `last_activity_asc` order by the latest event timestamp (all channels), `last_updated` by `updatedAt`
         *     (newest first); the default order is newest created first. `limit` default 50, max 100.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact (enroll in a campaign or upsert a team profile)
         * @description Creates a campaign enrollment (Contact) or upserts a team contact profile without enrolling.
         *     With `CampaignId`: upserts the ContactProfile and its team link, then creates or updates the Contact row
         *     for that campaign (enrollment); `data` is the Contact. Optional `contact_profile_id` seeds the enrollment
         *     from an existing profile (the profile must already be on the campaign's team; identity comes from the
         *     profile). Without `CampaignId`: upserts the profile only; `data.object` is `contact_profile` with
         *     `enrolled: false` (no Contact row).
         *     At least one of `email` or `linkedin_url` must be provided (unless `contact_profile_id` supplies it).
         *     `labels`: label names matched case-insensitively to existing team/org labels; only labels with
         *     `applies_to` `contact` or `both` attach; unknown names and conversation-only labels are ignored.
         *     `validate_emails: true` runs email verification (consumes credits) only when the profile is unvalidated
         *     or pending (`valid2` -1 or 0); already-validated profiles are skipped. Default false.
         *     404 `campaign_not_found` for an unknown CampaignId; 400 `invalid_contact_profile` (param `contact_profile_id`) for a profile that is unknown or of another team; 403 for a team the key cannot access.
         */
        post: operations["createContact"];
        /**
         * Delete contacts by email or LinkedIn URL
         * @description Deletes the contact(s) of the team matching an identifier. `TeamId` is required, and exactly one of
         *     `email` or `linkedin_url` must be given (400 `missing_required_parameter` otherwise). With `CampaignId`
         *     only that campaign's enrollment is deleted; without it, matching enrollments in every campaign of the
         *     team are. Deleted contacts remain visible with `deleted=true` on the list. 404 `contact_not_found` when
         *     nothing matches.
         */
        delete: operations["deleteContactByIdentifier"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/contacts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import contacts (JSON or CSV)
         * @description Imports contacts in bulk via a JSON array or a CSV file upload (multipart/form-data); processing is
         *     asynchronous, the answer is 202 with an `upload_id` and status `pending`. `TeamId` and `CampaignId`
         *     are required. JSON: `contacts` holds 1 to 10,000 rows. CSV: the file goes in `contacts` (first row is
         *     the header, 1 to 10,000 data rows), and `mapping_fields` (a JSON object as a string) maps CSV headers to
         *     contact fields, e.g. `{"Email": "email", "First Name": "first_name"}`.
         *     `validate_emails: true` (JSON) or `validate_emails=true` (CSV) queues verification for the imported
         *     contacts (consumes credits) when a profile is unvalidated or pending; default false to avoid surprise
         *     billing.
         *
         *     The whole upload is checked before anything is queued, so an invalid upload imports nothing: 403
         *     `team_access_denied` for a team the key cannot access, 404 `campaign_not_found`, 400 (param
         *     `CampaignId`) for a campaign of another team, 400 (param `contacts`) for a file that is not valid CSV
         *     (the message gives the parser's reason), has no data rows, has more than 10,000, or has no column for
         *     `email` or `linkedin_url`; 400 (param `mapping_fields`) for a mapping that is not a JSON object of
         *     strings, names a column the file does not have, maps to an unknown field, or maps two columns to one.
         *
         *     In the sandbox: the upload becomes `processing` after the workspace's processing latency (1 s by
         *     default), then takes 500 rows per second of workspace time until `completed`; each row is imported
         *     exactly as `POST /v2/contacts` with the upload's TeamId and CampaignId (upsert by email or
         *     linkedin_url, so importing again never duplicates). A row without `email` or `linkedin_url`, or with
         *     an invalid email, fails with its reason while the rest import. `twitter`, `note` and `one_liner` are
         *     accepted but not stored. A finished upload records an `upload_completed` event; the control plane's
         *     `GET /__sandbox/uploads/{id}` shows progress and each row's outcome. Queued rows are bounded per
         *     workspace and across the sandbox (README "Queued work"): beyond a bound the answer is 429 `queue_full`
         *     with `Retry-After`; an upload larger than a bound by itself is 413 `request_too_large`.
         */
        post: operations["bulkCreateContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact (enrollment) id. Not a ContactProfile id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a contact (enrollment)
         * @description Returns a single enrollment by Contact id, not a profile id (use the V1 profile endpoint for a
         *     ContactProfile uuid). 404 `contact_not_found` when it does not exist.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Deletes a contact (enrollment) by id. It then only appears in lists with `deleted=true`.
         *     404 `contact_not_found` when it does not exist.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Updates the given fields of a contact. `interest` sets the contact status (pipeline stage):
         *     interested, not_interested, meeting_request, meeting_booked, customer, future, follow_up; `null`
         *     clears it. `validate_emails: true` verifies the email when the profile is unvalidated or pending
         *     (consumes credits). Returns the updated contact.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v2/contacts/{id}/inbox-link-clicks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact (enrollment) id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * List a contact's inbox reply link clicks
         * @description Returns paginated inbox reply link click events for a contact, newest first. `team_id` filters to a
         *     team (defaults to the contact's team): a team the key cannot reach answers 403 `team_access_denied`,
         *     a reachable team the contact is not in answers 404 `contact_not_found`. An unknown (or deleted)
         *     contact answers 404 `contact_not_found`. `limit` default 50, max 100. The pagination object sits
         *     inside `data`, next to `clicks`.
         */
        get: operations["listContactInboxLinkClicks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/email-validation/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an email without creating a contact
         * @description Runs the SMTP check and the intelligence layer on one email (lowercased before checking) without
         *     creating a contact. Each successful check uses global email-verification credits (`credits_used`,
         *     often 1), the same pool as CSV validation and `validate_emails`; when credits run short the answer is
         *     402 with `requiredCredits` and `availableCredits`. The key's user must belong to an organization.
         *     `TeamId` (optional) attributes the credit usage to a team; the caller must have access to it (else 403).
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List labels
         * @description Lists the labels of a team: team-scoped labels and legacy org-wide labels (`team_id: null`).
         *     `team_id` is required. `search` matches the name. `limit` default 50, max 100. Deleted labels are not
         *     listed.
         */
        get: operations["listLabels"];
        put?: never;
        /**
         * Create a label
         * @description Creates a label in a team. `name`, `color` (hex) and `team_id` are required; `applies_to` is `contact`,
         *     `conversation` or `both` (default `conversation`). Names are stored lowercase ("Interested" is stored
         *     as "interested"). Creating a name that matches a deleted label of the team restores that label instead
         *     of duplicating it; a name that matches a live label answers 409.
         */
        post: operations["createLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Label id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a label
         * @description Returns one label. 404 `label_not_found` when it does not exist or was deleted.
         */
        get: operations["getLabel"];
        put?: never;
        post?: never;
        /**
         * Delete a label
         * @description Soft-deletes a label: it disappears from lists and GET answers 404; creating a label with the same
         *     name in the team restores it.
         */
        delete: operations["deleteLabel"];
        options?: never;
        head?: never;
        /**
         * Update a label
         * @description Updates a label's `name` (stored lowercase), `color` (hex) or `applies_to`. Renaming to the name of
         *     another live label of the team answers 409.
         */
        patch: operations["updateLabel"];
        trace?: never;
    };
    "/v2/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a team's campaigns
         * @description Gets campaigns for a team (`TeamId` required). Archived campaigns are excluded unless
         *     `archived=true`; subsequences are excluded by default — pass `include_subsequences=true` to include
         *     them. `search` matches the campaign name or track_domain. Sort: newest (default), oldest,
         *     last_modified, name. Offset pagination, `limit` default 50 (max 100).
         *     Each row carries `contact_metrics` — lifecycle breakdown of the campaign's non-archived contacts:
         *     `total`, `not_started` (waiting in queue), `in_progress`, `finished`, `paused`.
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Create a campaign (or a subsequence)
         * @description Creates a new campaign for a team. `name` and `TeamId` are required; everything else is optional
         *     (nodes, edges, category_id, track, bcc, schedule, opt-outs, failureConfiguration).
         *     The new campaign is returned with **201**, `status: 2` (inactive) and `is_draft: true` (default).
         *     `track` defaults to false; `track_domain` falls back to the team default when omitted.
         *
         *     Subsequences: pass `parentCampaignId` ("same body as create campaign") to create a linked child
         *     campaign used by Move To Another Campaign steps. Rules: max 3 subsequences per parent campaign;
         *     one level deep — a subsequence cannot have its own subsequences. An unknown parent answers 404
         *     (`campaign_not_found`), as does any subsequence call when the organization's
         *     `subsequences_enabled` feature is off; a parent that already has 3 subsequences, or that is itself
         *     a subsequence, answers 400.
         *
         *     emailNode `data` must use `subject_a`/`body_a` (A/B variants `subject_b`…`body_d`); bare
         *     `subject`/`body` are rejected with 400.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a campaign
         * @description Gets a single campaign by ID, with its sequence (`nodes`, `edges`), schedule, `contact_count`,
         *     `contact_metrics`, `created_by` and `reply_link_clicks`. `reply_link_clicks` is the deduplicated
         *     count of inbox reply link clicks attributed to this campaign — at most one per (contact, link, UTC
         *     calendar day); separate from sequence-step clicks on campaign emails. Unknown id: 404
         *     `campaign_not_found`.
         */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        /**
         * Delete (archive) a campaign
         * @description Archives (soft deletes) a campaign and its contacts, answering "Campaign archived successfully"
         *     with `data.id`. Draft campaigns are permanently removed, answering "Campaign deleted
         *     successfully" with no `data`.
         */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        /**
         * Update a campaign
         * @description Partial update of campaign settings; only the fields sent change. Limits: `max_per_day` 1–100000
         *     or null (null = no campaign limit); `send_to_risk_levels` from SAFE, LOW, MEDIUM, HIGH, INVALID or
         *     null (null = send to all); `category_id` null uncategorizes; `track: false` means no pixels or link
         *     rewrites (replies/bounces still tracked); `failureConfiguration.strategy` is one of skip, retry,
         *     pause_contact, pause_campaign.
         *
         *     "Cannot modify nodes or legacy_sequence while campaign is active (status=1)": such a request
         *     answers **409** (`conflict_error`); set `status: 2` first. emailNode `data` must use
         *     `subject_a`/`body_a`; bare `subject`/`body` are rejected with 400.
         */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/v2/campaigns/{id}/subsequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a campaign's subsequences
         * @description Lists the subsequences (linked child campaigns used with Move To Another Campaign steps) of a
         *     parent campaign — at most 3. Requires the organization's `subsequences_enabled` feature: the
         *     endpoint answers 404 when the feature is off, and 404 `campaign_not_found` for an unknown campaign.
         */
        get: operations["listCampaignSubsequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/campaigns/{id}/parent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a campaign's parent campaign
         * @description Tells whether the campaign is a subsequence: the response includes `isSubsequence` and, when
         *     applicable, `parentCampaign` (null for a top-level campaign). Answers 404 when the organization's
         *     `subsequences_enabled` feature is off, or `campaign_not_found` for an unknown campaign.
         */
        get: operations["getCampaignParent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/campaigns/{id}/inbox-link-clicks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a campaign's inbox reply link clicks
         * @description Returns paginated (page-based) raw inbox reply link clicks attributed to a campaign — clicks on
         *     trackable links that SuperSend wraps in Super Inbox replies, separate from sequence-step link
         *     tracking (`track: true`). `final_url` includes UTM parameters when UTM attribution is enabled;
         *     otherwise it may be null. `first_only=true` returns only the first click per (contact, link, UTC
         *     day). Raw clicks are returned here, newest first; `reply_link_clicks` on GET /v2/campaigns/:id is the
         *     deduplicated rollup counter. `date_from` and `date_to` are inclusive; `date_from` later than
         *     `date_to` answers 400. `page` default 1; `limit` default 25, max 100. An unknown campaign answers 404
         *     `campaign_not_found`.
         */
        get: operations["listCampaignInboxLinkClicks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List engagement events
         * @description Read-only engagement log (sends, opens, clicks, replies, bounces, unsubscribes). `TeamId` is
         *     optional (default: all the teams the key's user can access). Filters: `CampaignId`, `ContactId`,
         *     `SenderId`, `type`, `channel`, `start_date`/`end_date` (ISO 8601). Offset pagination, `limit`
         *     default 50 (max 100).
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event
         * @description Gets a single engagement event by ID. Unknown id (or one outside the user's teams) answers 404 `event_not_found`.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List senders
         * @description Lists the email senders (mailboxes) the key's user can access. `TeamId` is optional (PascalCase); without it, senders of all the user's teams are returned. `limit` defaults to 50 (max 100). `search` matches `email` or `send_as`; `disabled` and `warm` take the strings `"true"` or `"false"`.
         */
        get: operations["listSenders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/senders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sender
         * @description Returns one sender. Unknown ids (or senders of teams the user cannot access) answer 404 `sender_not_found`.
         */
        get: operations["getSender"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a sender
         * @description Updates sender settings; every field is optional. Ranges: `max_per_day` 1–15000, `global_max_per_day` 1–1000, `max_warm_per_day` 1–1000, `warm_email_ramp` 1–365, `campaign_ramp_duration_days` 1–365, `campaign_ramp_start_volume` ≥ 1; the last two are required when `campaign_ramp_enabled` is true, and switching the ramp off clears them. Out-of-range values answer 400 `validation_error` with `param`. Each `forward_rules[].emails` must be comma-separated valid addresses, and each label id a conversation (or both) label of the sender's team (400 naming e.g. `forward_rules[0].label_ids[1]`). `SenderProfileId` must be a live profile of the sender's team.
         *
         *     Forwarding: `forward_rules` null or empty keeps the legacy behaviour (replies go to `forward_to` if set). A non-empty `forward_rules` applies each rule on its own: `label_ids: null` forwards all replies to that rule's `emails` (comma-separated); with label ids, a reply is forwarded only when its conversation has one of those labels. `forward_unsubscribes: true` sends unsubscribe replies to every configured destination regardless of `label_ids`.
         *
         *     `SenderProfileId` (PascalCase) moves the sender into a sender profile of the same team.
         */
        patch: operations["updateSender"];
        trace?: never;
    };
    "/v2/sender-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sender profiles
         * @description Lists the sender profiles (groups of senders plus an optional LinkedIn and Twitter identity) of a team. `team_id` is **required** (snake_case on V2; V1 used `TeamId`). `name` searches by name. `limit` defaults to 50 (max 100).
         */
        get: operations["listSenderProfiles"];
        put?: never;
        /**
         * Create a sender profile
         * @description Creates a sender profile in `team_id` with `name` (both required). Optional `sender_ids` (senders of the same team; each joins the profile), `linkedin_identity_id`, `twitter_identity_id` and `sender_disable_strategy`. A sender or identity of another team (or an identity of the other type) answers 400 naming it (e.g. `sender_ids[1]`); a sender or identity already in another profile moves to this one. Answers **201** with the profile.
         */
        post: operations["createSenderProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sender-profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sender profile
         * @description Returns one sender profile with its member senders and identities. Unknown or deleted ids answer 404.
         */
        get: operations["getSenderProfile"];
        put?: never;
        post?: never;
        /**
         * Delete a sender profile
         * @description Soft-deletes the profile. Every member sender gets `sender_profile_id = null`; its identities are detached.
         */
        delete: operations["deleteSenderProfile"];
        options?: never;
        head?: never;
        /**
         * Update a sender profile
         * @description Updates the name, members (`sender_ids` replaces the member list), identities (`null` detaches) or `sender_disable_strategy`. Membership changes trigger demand recalculation for the team's active campaigns.
         */
        patch: operations["updateSenderProfile"];
        trace?: never;
    };
    "/v2/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description Lists managed domains. Filters: `team_id`, `status`, `managed` (`internal`|`external`), `search` (name). `sort_by` ∈ created_at|name|status|expires_at, default **name**; `sort_order` default **asc**. `limit` defaults to 50 (max 100).
         */
        get: operations["listDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/domains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a domain
         * @description Returns one domain with its DNS records, detailed health, its senders and its team.
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/placement-tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List placement tests
         * @description Lists inbox placement tests. Filters: `team_id`, `sender_id`, `status`, `search` (name), `conditional_filters` (JSON string of score/date filters). `sort_by` default `created_at`, `sort_order` default `desc`. `limit` defaults to 50 (max 100). The response adds a top-level `summary` next to `pagination` (omitted with `include_summary=false`).
         */
        get: operations["listPlacementTests"];
        put?: never;
        /**
         * Create a placement test
         * @description Creates an inbox placement test; placement tests **use credits** (one per seed, `credit_cost` = `seed_count`). `name` defaults to "Untitled Test", `seed_count` 1–50 (default 10), `auto_send` default false (when true the test email is sent from `sender_id` at once and the test starts in `sending`, otherwise `pending`). `team_id` and `sender_id` are required. Credits come from the organisation's pool shared with email verification. Answers **201**; 402 with `requiredCredits`/`availableCredits` when the pool is short (nothing is created).
         */
        post: operations["createPlacementTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/placement-tests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a placement test
         * @description Returns one placement test with its email, seed addresses and per-seed placement results (`inbox`, `spam`, `not_received`, `bounced`).
         */
        get: operations["getPlacementTest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List blacklist items
         * @description Lists blacklist entries. Filters: `team_id`, `campaign_id`, `level` (organization|team|campaign), `type` (email|domain|linkedin), `search` (in `item`). `sort_by` ∈ created_at|item|type, default `created_at`; `sort_order` default `desc`. `limit` defaults to 50 (max 100).
         */
        get: operations["listBlacklist"];
        put?: never;
        /**
         * Add a blacklist item
         * @description Adds an email address, domain or LinkedIn URL to the blacklist; `type` is derived from `item` (contains `@` → email, linkedin.com URL → linkedin, otherwise domain). `level` scopes it: organization = all teams and campaigns, team = `team_id` (required), campaign = `campaign_id` (required; an unknown campaign answers 404 `campaign_not_found`). A domain entry blocks every address at that domain. Matches block email and LinkedIn sends. Answers **201**; an existing identical entry answers 409 ("Blacklist item already exists").
         */
        post: operations["createBlacklistItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/blacklist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a blacklist item
         * @description Removes the entry; sends to the item are no longer blocked by it.
         */
        delete: operations["deleteBlacklistItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List identities
         * @description Lists LinkedIn and Twitter identities. There is no create: identities appear when a user connects an account through the SuperSend Chrome extension. Filters: `team_id`, `type`, `status`. `limit` defaults to 50 (max 100).
         */
        get: operations["listIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an identity
         * @description Returns one LinkedIn or Twitter identity with its settings and sender profile.
         */
        get: operations["getIdentity"];
        put?: never;
        post?: never;
        /**
         * Delete an identity
         * @description Soft-deletes the identity and detaches it from its sender profile.
         */
        delete: operations["deleteIdentity"];
        options?: never;
        head?: never;
        /**
         * Update an identity
         * @description Updates the identity. `settings` keys are merged into the current settings (keys left out keep their value); unknown keys answer 400. Daily limits are bounded (messages ≤ 150, connection requests ≤ 100, profile visits ≤ 500, likes ≤ 200, cooldown ≤ 3600 s), `timezone` must be an IANA name, and each `hours` entry must end after it starts (400 naming e.g. `settings.hours[0].end`). `sender_profile_id` attaches the identity to a sender profile of the same team, taking the place of that profile's identity of the same type; `null` detaches it.
         */
        patch: operations["updateIdentity"];
        trace?: never;
    };
    "/v2/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Lists Super Inbox conversations the key's user can see, newest activity first.
         *     `channel` is one of `email`, `linkedin`, `twitter` and **defaults to `linkedin`**, so email
         *     conversations are listed only with `channel=email`. `status` filters archived/unarchived,
         *     `read_status` read/unread, `last_message_direction` inbound/outbound. `sort_by` accepts only
         *     `date` (default); `sort_direction` defaults to `desc`. Offset pagination: `limit` 1–100
         *     (default 50), `offset` (default 0).
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Returns one conversation with its messages embedded in `messages[]` (oldest first).
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a conversation
         * @description Archives/unarchives a conversation or changes its read state. Body fields: `is_archived`,
         *     `is_unread`, `mark_all_read` (marks every message read and sets `is_unread` false and
         *     `unread_count` 0). Read state is kept on the messages: `unread_count` counts the unread ones and
         *     `is_unread` is `unread_count > 0`. `is_unread: false` marks every message read like `mark_all_read`;
         *     `is_unread: true` marks the newest inbound message unread (the newest message when none is inbound)
         *     unless one is unread already. `is_unread: true` together with `mark_all_read: true` is a 400 naming
         *     `mark_all_read`. Returns `{object, id, is_archived, is_unread, updated_at}`.
         */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/v2/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * List a conversation's messages
         * @description Lists the messages of one conversation. Offset pagination, `limit` 1–100 (default 50), `offset`.
         */
        get: operations["listConversationMessages"];
        put?: never;
        /**
         * Send a message in a conversation
         * @description Sends a reply in the conversation on its own channel (email, LinkedIn or Twitter).
         *     `message` is required on all platforms. `sender_id` is required for **email** conversations
         *     and must be an active sender of the organization. Email only: `subject` (default
         *     `"Re: <conversation title>"`), `is_html` (default false), `to` (overrides the recipient,
         *     otherwise chosen automatically), `cc`, `bcc`, `attachments`. Sending is queued: the created
         *     message comes back with `status: queued` and `job_id` set, and reads `sent` once the job has run.
         *     A missing `sender_id` on an email conversation is a 400 `missing_required_parameter`; an unknown or
         *     disabled sender a 400 `validation_error`, both naming `sender_id`. On LinkedIn/Twitter the
         *     email-only fields are a 400 naming the field. The conversation's `last_message`,
         *     `last_activity_at` and place in the list follow the new message at once.
         */
        post: operations["sendConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Lists the team's webhook integrations. `team_id` is required. In list items `events` is an
         *     empty array and the toggles live in `config.<name>_event`; `secret` is masked as `"*"`;
         *     `campaign_count` counts the campaigns the webhook is attached to. Offset pagination, `limit`
         *     1–100 (default 50).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Creates a team webhook integration; answers **201**. `team_id` and `url` are required;
         *     `enabled` defaults to true; `events` toggles `open`, `click`, `reply`, `bounce`, `sent`,
         *     `unsubscribe` (unspecified ones default to false); `headers` is a free-form map of custom
         *     request headers. All enabled event types POST to the same URL with a top-level `type`.
         *     The create response returns `events` as the boolean map and the signing `secret`
         *     (`whsec_…`, Standard Webhooks format); this is the only answer that shows the secret, list
         *     and get mask it as `"*"` (sendbox convention: the docs show only the masked form).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Returns one webhook in the list-item shape (`config` toggles, `events` empty array, masked `secret`).
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Deletes the webhook; no further deliveries are sent to its URL. Answers `{"success":true,"message":"Webhook deleted successfully"}`.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook
         * @description Partially updates a webhook: any of `url`, `name`, `enabled`, `events` (toggles merged into
         *     the current ones), `headers` (replaces the map). Returns the webhook in the list-item shape.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v2/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Sends a synthetic event POST to the webhook URL (one event type per test, as the dashboard
         *     does; `event_type` defaults to `reply`) and returns the resulting delivery record. The body
         *     is optional. The POST happens off the request path: the answer shows the delivery `pending`;
         *     read it again (`GET …/deliveries/{deliveryId}`) for the outcome.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description Delivery log of one webhook, newest first. `team_id` is required. Filters: `status`
         *     (`pending`, `delivered`, `failed`, `retrying`), `event_type`, `campaign_id`, `search`.
         *     Failed deliveries are retried automatically up to `max_attempts` (5). Offset pagination,
         *     `limit` 1–100 (default 50).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
                /** @description Delivery id. */
                deliveryId: string;
            };
            cookie?: never;
        };
        /**
         * Get a webhook delivery
         * @description Returns one delivery with the receiver's last `response_body` and `response_headers`. `team_id` is required.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
                /** @description Delivery id. */
                deliveryId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a webhook delivery
         * @description Re-sends the delivery's payload to the webhook URL now and returns the updated delivery.
         *     Body `{"team_id": "…"}` is required. The attempt happens off the request path: the answer
         *     shows the delivery `pending` (or, when an attempt is already under way, as it stands).
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Liveness check; needs no API key. `status` is `ok`, or `degraded` (still a 200) while sendbox cannot
         *     save to its `--data-file`, with `reason` saying why; it turns back to `ok` by itself once a save
         *     works again. `uptime` is the process uptime in seconds.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI document (YAML)
         * @description The API's OpenAPI document as YAML; needs no API key. sendbox serves its own contract.
         */
        get: operations["getOpenapiYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI document (JSON)
         * @description The API's OpenAPI document as JSON; needs no API key. sendbox serves its own contract.
         */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact (V1)
         * @description Creates a campaign enrollment (Contact row) when `CampaignId` is given; without `CampaignId` it upserts the team contact profile only (no enrollment row). "At least one of email or linkedin_url must be provided." `labels` are label names matched case-insensitively to existing `contact`/`both` labels; unknown names and conversation-only labels are ignored. `validate_emails` (`true` or `"true"`) runs email verification when the profile is unvalidated or pending and consumes credits; already-validated profiles are skipped. Default false. Deprecated by SuperSend (sunset 31 December 2026); see `POST /v2/contacts`.
         */
        post: operations["v1CreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List contacts with filters (V1)
         * @description Lists a team's contacts (optionally of one campaign), newest first, with the V1 filters: status filters (`verified`, `validated`, `finished`, `appointment`, `bounced`, `replied`, `unsubscribed`, `paused`) and advanced filters (`has_email`, `has_linkedin`, `has_task`, `started_sequence`, `node_id`, `interest`, `variant`, `email_provider`, `senderIds`, `reply_labels`, `customs`). `limit` defaults to 50 (max 100). "For bounced contacts, list and get responses include bounce_category (invalid_recipient, policy_block, soft, or unknown) when available." `count` is the total matching the filters; `verified_count`, `valid_count` and `paused_count` count the verified, valid and paused contacts among them.
         */
        post: operations["v1ListContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact (V1)
         * @description Returns one campaign enrollment (Contact row) by id with its `Campaign` and active `Sender`, plus its `ContactConfig`. For bounced contacts the response includes `bounce_category` when available.
         */
        get: operations["v1GetContact"];
        /**
         * Update a contact (V1)
         * @description Updates a contact's profile fields, custom fields and status. `interest` tracks pipeline stages: interested, not_interested, meeting_request, meeting_booked, customer, future, follow_up (null clears it). Fields not sent are left unchanged.
         */
        put: operations["v1UpdateContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/profile/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team contact profile (V1)
         * @description Loads one team contact profile ("All Contacts" row, keyed by ContactProfile id) with its fields, labels and campaign enrollments. `associated_campaigns` is sorted newest enrollment first (`contactCreatedAt`). Use this when you have a ContactProfile uuid (team contact lists or `POST /v2/contacts` profile-only responses); `GET /v2/contacts/{id}` takes a Contact (enrollment) id instead.
         */
        get: operations["v1GetContactProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import contacts (V1)
         * @description Imports up to 10,000 contacts into a campaign. "Processing happens asynchronously": the answer carries an `uploadId` and the contacts appear once processing finishes. `validate_emails` (`true` or `"true"`) queues verification for the imported contacts and consumes credits; default false "to avoid surprise billing". Each row needs `email` or `linkedin_url`. The upload is checked whole before anything is queued: 403 for a team the key cannot access, 404 for an unknown CampaignId, 400 for a campaign of another team. In the sandbox it is processed like `POST /v2/contacts/bulk` (same state, same timing, each row imported as `/v1/contact/create` would, so importing again never duplicates); `GET /__sandbox/uploads/{uploadId}` shows its progress.
         */
        post: operations["v1BulkCreateContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact/bulk-action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a bulk action on contacts (V1)
         * @description Performs one action on many contacts of `campaign_id` (V1 only). Contacts are selected by `contact_ids` (contacts of `campaign_id`; ids of other campaigns or unknown ids are ignored and counted in `ignored`), or by `filters` (the V1 contact filters, over the campaign's non-archived contacts; over its archived ones for `unarchive`) when `contact_ids` is omitted; with neither, every contact of the campaign. `get_contacts` returns the matching contacts as `{success, contacts, count}`; every other action answers `{success, message, affected, skipped, ignored}`. Parameters per action: `transfer` requires `to_campaign_id` (a campaign of the same team; moves the contacts there, where they start the sequence from the beginning and keep their interest; a person already enrolled in the target is skipped); `assign_step` requires `node_id` (a node of the campaign's sequence) and `step_number`; `reassign_active_sender` takes `sender_id` (null clears it) and changes contacts that have not finished; `verify_passed_email_validation`, `unverify_failed_email_validation`, `resume` and `archive_unverified` act on the selected contacts whose validation / pause / verification state qualifies; the rest need only the selection. Parameters are checked before anything changes. Each applied action is recorded as one `bulk_action` event.
         */
        post: operations["v1BulkContactAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a campaign (V1)
         * @description Creates a campaign in a team. New campaigns are drafts (`is_draft` default true) and inactive (`status` 2). Accepts the V2 create settings (tracking, category, nodes/edges, schedule, opt-outs, BCC, List Health levels, failureConfiguration). `track` defaults to false; `track_domain` defaults to the team's.
         */
        post: operations["v1CreateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns with metrics (V1)
         * @description Lists a team's campaigns. With `includeMetrics=true` each campaign carries performance metrics (contactedCount, openCount, replyCount, emailSentCount, linkedInSentCount, bounces by category, opt_outs, contactCount, verifiedContactCount). Archived campaigns are excluded unless `archived=true`. `total` is the number of campaigns matching the filters.
         */
        get: operations["v1ListCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a campaign (V1)
         * @description Returns one campaign with its settings and sequence (`nodes`, `edges`).
         */
        get: operations["v1GetCampaign"];
        /**
         * Update a campaign (V1)
         * @description Updates campaign settings: the V2 update fields plus the V1 extras `warm`, `LinkedinId` and `SenderIds`. `status` 1 = ACTIVE, 2 = INACTIVE. `max_per_day` is 1–100000 or null (no campaign limit). Fields not sent are left unchanged.
         */
        put: operations["v1UpdateCampaign"];
        post?: never;
        /**
         * Delete or archive a campaign (V1)
         * @description "Archive (soft delete) a campaign and its contacts. Draft campaigns are permanently removed."
         */
        delete: operations["v1DeleteCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone a campaign (V1)
         * @description Creates a copy of an existing campaign with all its messages and settings (V1 only; not available in V2). The copy is named "Copy of <original name>"; contacts are not copied.
         */
        post: operations["v1CloneCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts (cursor-paginated)
         * @description Returns a cursor-paginated list of the contacts of the project the secret key belongs to.
         *     "Number of contacts to return per page. Maximum 100." Default 20; the real service clamps larger
         *     values to 100 rather than rejecting them. `cursor` is the `cursor` of the previous response (the id of
         *     the last contact of that page); "Omit on the first request." `search` is a case-insensitive substring
         *     match on the email only. Ordering is `[sort dir, id desc]`, newest first by default.
         *     `total` is the count of all matching contacts on the first page (no `cursor`) and `0` on any page
         *     requested with a cursor. `cursor` is left out when `hasMore` is false (never `null`).
         */
        get: operations["skListContacts"];
        put?: never;
        /**
         * Create or update a contact (upsert by email)
         * @description "Creates a new contact or updates an existing one (upsert by email address)." The email is trimmed and
         *     lowercased (no format check). A new contact gets `subscribed` = the given value or `true`; an existing one
         *     changes `subscribed` only if given. `data` is "merged with any existing data" (shallow; `""` values are
         *     ignored, `null` deletes a key, reserved keys `id`, `email`, `plunk_id`, `plunk_email`, `unsubscribeUrl`,
         *     `subscribeUrl`, `manageUrl` are dropped; an empty result is stored as `null`). "HTTP 201 when a new
         *     contact was created; 200 when an existing contact was updated", with `_meta`. Never 409.
         *     A missing email answers flat `{"error": "Email is required"}`. Shares the `contacts:write` rate limit
         *     (opt-in: 50/s, burst 100) with PATCH and DELETE.
         */
        post: operations["skCreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description "Retrieves a single contact by ID." An id that is not a contact of this project (including a value
         *     that is not a UUID) answers 404 `Contact not found` (code `INTERNAL_SERVER_ERROR`).
         */
        get: operations["skGetContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description "Permanently deletes a contact and all associated data" (its emails, events, workflow executions and
         *     segment memberships cascade). "Returns 204 No Content on success." Shares the `contacts:write` rate limit.
         */
        delete: operations["skDeleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description "Updates a contact's subscription status or custom data fields." All fields optional; `{}` returns the
         *     contact unchanged. `email` is trimmed and lowercased (no format check); if another contact of the project
         *     already has it: 409 `Contact with this email already exists in this project` (code `INTERNAL_SERVER_ERROR`).
         *     `data`: an object is merged into the existing data (same rules as POST), `null` clears all data, any other
         *     type answers 400 `data must be an object`. Answers the plain contact (no `_meta`). Shares the
         *     `contacts:write` rate limit.
         */
        patch: operations["skUpdateContact"];
        trace?: never;
    };
    "/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a CSV contact import
         * @description "Queues a CSV file for bulk contact import. The import runs asynchronously in the background."
         *     "The request must use multipart/form-data with the CSV file in a field named file. Maximum file size is
         *     5 MB." Accepted when the part's MIME type is `text/csv` or its filename ends in `.csv`. The CSV needs an
         *     `email` column (any position, header case-insensitive); headers are lowercased, other columns become
         *     `data` keys (values coerced to booleans/numbers), a `subscribed` column sets subscription state.
         *     Answers 202 with a `jobId` (`import-<projectId>-<epochMillis>`) to poll at `GET /contacts/import/{jobId}`.
         *     No file part answers flat `{"error": "CSV file is required"}`. A file over 5 MB answers 413 in sendbox
         *     (the real service answers 500); a part that is neither `text/csv` nor named `*.csv` answers flat 400
         *     `Only CSV files are allowed` in sendbox (real: 500). Not rate-limited.
         */
        post: operations["skImportContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/import/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get CSV import job status
         * @description "Returns the status of a CSV import job." `state` moves `waiting` → `active` → `completed`; a job that
         *     throws goes to `delayed` (retry backoff) and, after 2 attempts, `failed` with `failedReason`. `progress`
         *     (0–100) is updated after each batch of 100 rows; `result` stays `null` until `completed` (and on
         *     `failed`). `data` is the raw job payload including the whole file base64-encoded. A job that does not
         *     exist, belongs to another project, was pruned (completed > 24 h, failed > 7 days) or is a bulk job id
         *     answers flat 404 `{"error": "Import job not found"}`.
         *
         *     In sendbox the job runs on the workspace clock: it starts (`active`) 1 s (the workspace's processing
         *     latency) after it was queued, handles one batch of 100 rows per further second, and retries 5 s after a
         *     failed attempt; at most 2 imports of a project run at once.
         */
        get: operations["skGetImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/bulk-subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a bulk subscribe
         * @description "Queues a bulk subscribe operation for up to 1,000 contacts." `mode` is required: `ids` with 1–1,000
         *     `contactIds`, or `query` with an optional `filter` (`search` substring of email, `subscribed`) and up to
         *     10,000 `excludeIds` (no 1,000 cap; an empty filter means every contact of the project, matched when the
         *     job runs). Ids are not checked at enqueue time. Invalid payloads answer flat 400 with the first validation
         *     message (e.g. `Invalid discriminator value. Expected 'ids' | 'query'`). "Returns 202 Accepted with a
         *     jobId" (`bulk-subscribe-<projectId>-<epochMillis>`), polled at `GET /contacts/bulk/{jobId}`. Not rate-limited.
         */
        post: operations["skBulkSubscribeContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/bulk-unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a bulk unsubscribe
         * @description "Queues a bulk unsubscribe operation for up to 1,000 contacts." `mode` is required: `ids` with 1–1,000
         *     `contactIds`, or `query` with an optional `filter` (`search` substring of email, `subscribed`) and up to
         *     10,000 `excludeIds` (no 1,000 cap; an empty filter means every contact of the project, matched when the
         *     job runs). Ids are not checked at enqueue time. Invalid payloads answer flat 400 with the first validation
         *     message. "Returns 202 Accepted with a jobId" (`bulk-unsubscribe-<projectId>-<epochMillis>`), polled at
         *     `GET /contacts/bulk/{jobId}`. Not rate-limited.
         */
        post: operations["skBulkUnsubscribeContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/bulk-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a bulk delete
         * @description "Queues a bulk delete operation for up to 1,000 contacts." `mode` is required: `ids` with 1–1,000
         *     `contactIds`, or `query` with an optional `filter` (`search` substring of email, `subscribed`) and up to
         *     10,000 `excludeIds` (no 1,000 cap; an empty filter deletes every contact of the project, matched when the
         *     job runs). Ids are not checked at enqueue time. Invalid payloads answer flat 400 with the first validation
         *     message. "Returns 202 Accepted with a jobId" (`bulk-delete-<projectId>-<epochMillis>`), polled at
         *     `GET /contacts/bulk/{jobId}`. Not rate-limited.
         */
        post: operations["skBulkDeleteContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/bulk/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bulk action job status
         * @description "Returns the status of a bulk subscribe, unsubscribe, or delete job." Contacts are processed in batches
         *     of 100 and `progress` (0–100) is updated after each batch; a query selector with no match completes at
         *     once with all counts 0. `result` is `null` until `completed`. `failureCount` counts ids not found, in
         *     another project, or duplicated; `errors` lists only whole-batch failures (`contactId: "batch"`).
         *     A job that does not exist, belongs to another project, was pruned or is an import job id answers flat
         *     404 `{"error": "Bulk action job not found"}`.
         *
         *     In sendbox the job runs on the workspace clock: it starts (`active`) 1 s (the workspace's processing
         *     latency) after it was queued, handles one batch of 100 ids per further second; a query selector is
         *     matched when the job starts. At most 3 bulk jobs of a project run at once.
         */
        get: operations["skGetBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description `req_` followed by 24 lowercase hex characters.
         * @example req_a1b2c3d4e5f6789012345678
         */
        RequestId: string;
        Pagination: {
            total: number;
            limit: number;
            offset: number;
            has_more: boolean;
        };
        V2Message: {
            /** @constant */
            success: true;
            message: string;
            request_id: components["schemas"]["RequestId"];
        };
        V2Error: {
            error: {
                /** @enum {string} */
                type: "invalid_request_error" | "authentication_error" | "authorization_error" | "not_found_error" | "conflict_error" | "rate_limit_error" | "api_error";
                /** @description Machine-readable code, e.g. `missing_required_parameter`, `invalid_api_key`, `contact_not_found`. */
                code: string;
                message: string;
                /** @description The request parameter or body field at fault. */
                param?: string;
                /** Format: uri */
                doc_url?: string;
                requiredCredits?: number;
                availableCredits?: number;
            };
            request_id: components["schemas"]["RequestId"];
        };
        V1Error: {
            /** @constant */
            success?: false;
            error: string;
        };
        PlunkFlatError: {
            error: string;
        };
        PlunkErrorEnvelope: {
            /** @constant */
            success: false;
            error: {
                /** @description e.g. `INVALID_API_KEY`, `UNAUTHORIZED`, `MISSING_AUTH`, `VALIDATION_ERROR`, `INTERNAL_SERVER_ERROR`. */
                code: string;
                message: string;
                statusCode: number;
                requestId: string;
                suggestion?: string;
                errors?: {
                    field: string;
                    message: string;
                    code?: string;
                }[];
                details?: Record<string, never>;
            };
            /** Format: date-time */
            timestamp: string;
        };
        Team: {
            /** Format: uuid */
            id: string;
            name: string;
            domain?: string | null;
            logo?: string | null;
            about?: string | null;
            is_default?: boolean;
            meeting_link?: string | null;
            meeting_link_text?: string | null;
            auto_placement_testing?: boolean;
            /**
             * @description Days between automatic placement tests.
             * @enum {integer|null}
             */
            auto_placement_testing_frequency?: 7 | 14 | 30 | null;
            member_count?: number;
            /** Format: email */
            notification_email?: string | null;
            notification_email_preferences?: components["schemas"]["TeamNotificationEmailPreferences"];
            inbox_auto_tag_settings?: components["schemas"]["TeamInboxAutoTagSettings"];
            inbox_super_views?: components["schemas"]["TeamInboxSuperView"][];
            /** @description Present on GET /v2/teams/{id}. */
            members?: components["schemas"]["TeamMember"][];
            organization?: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        TeamResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Team"];
            request_id: components["schemas"]["RequestId"];
        };
        TeamMember: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            first_name?: string | null;
            last_name?: string | null;
            /** @enum {string} */
            role: "org_admin" | "read_only" | "team_member";
            /** Format: date-time */
            joined_at?: string;
        };
        /** @description Which team notifications are also emailed to `notification_email`. All default to true. */
        TeamNotificationEmailPreferences: {
            errorNotificationsEmail?: boolean;
            successNotificationsEmail?: boolean;
            warmingNotificationsEmail?: boolean;
            newInboxActivityNotificationsEmail?: boolean;
            linkedinInboxActivityNotificationsEmail?: boolean;
            outOfContactsNotificationsEmail?: boolean;
        };
        TeamInboxAutoTagSettings: {
            auto_tag_bounced?: boolean;
            auto_tag_opt_out?: boolean;
            auto_tag_out_of_office?: boolean;
        };
        TeamInboxSuperView: {
            id?: string;
            name: string;
            icon?: string;
            filters?: {
                /** @enum {string} */
                mood?: "positive" | "negative" | "neutral" | "needs_review";
                statuses?: string[];
                /** @enum {string} */
                lastMessageDirection?: "inbound" | "outbound";
                labels?: string[];
            };
            visible?: boolean;
            order?: number;
        };
        TeamCreateRequest: {
            /** @description Team name. */
            name: string;
            /** @description Team website / domain. */
            domain?: string;
            /** @description Logo URL. */
            logo?: string;
            /** @description Free-text description. */
            about?: string;
            /** @description Booking link used in messages. */
            meeting_link?: string;
            /** @description Text shown for the booking link. */
            meeting_link_text?: string;
            /** @description Run placement tests automatically. */
            auto_placement_testing?: boolean;
        };
        TeamUpdateRequest: {
            name?: string;
            domain?: string;
            logo?: string;
            about?: string;
            meeting_link?: string;
            meeting_link_text?: string;
            auto_placement_testing?: boolean;
            /**
             * @description Days between automatic placement tests.
             * @enum {integer}
             */
            auto_placement_testing_frequency?: 7 | 14 | 30;
            /** @description Extra address for team notifications; `null` or `""` removes it. */
            notification_email?: string | null;
            /** @description Merge semantics: only the keys sent change. */
            notification_email_preferences?: {
                errorNotificationsEmail?: boolean;
                successNotificationsEmail?: boolean;
                warmingNotificationsEmail?: boolean;
                newInboxActivityNotificationsEmail?: boolean;
                linkedinInboxActivityNotificationsEmail?: boolean;
                outOfContactsNotificationsEmail?: boolean;
            };
            inbox_auto_tag_settings?: {
                auto_tag_bounced?: boolean;
                auto_tag_opt_out?: boolean;
                auto_tag_out_of_office?: boolean;
            };
            /** @description Replaces the team's saved inbox views. */
            inbox_super_views?: {
                id?: string;
                name: string;
                icon?: string;
                filters?: {
                    /** @enum {string} */
                    mood?: "positive" | "negative" | "neutral" | "needs_review";
                    statuses?: string[];
                    /** @enum {string} */
                    lastMessageDirection?: "inbound" | "outbound";
                    labels?: string[];
                };
                visible?: boolean;
                order?: number;
            }[];
        };
        TeamUsage: {
            /** Format: uuid */
            team_id: string;
            team_name: string;
            contacts_used: number;
            contacts_limit: number;
            /** @description round(100 × contacts_used / contacts_limit). */
            usage_percentage: number;
            /** @description contacts_used >= contacts_limit. */
            is_at_limit: boolean;
            /** @description sendbox addition. */
            campaigns_count?: number;
            /** @description sendbox addition; credits attributed to this team. */
            email_validation_credits_used?: number;
        };
        /**
         * @description Contact status (pipeline stage).
         * @enum {string}
         */
        Interest: "interested" | "not_interested" | "meeting_request" | "meeting_booked" | "customer" | "future" | "follow_up";
        ContactCampaignRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ContactLabelRef: {
            /** Format: uuid */
            id: string;
            name: string;
            color?: string | null;
        };
        /** @description A campaign enrollment (Contact row). */
        Contact: {
            /** Format: uuid */
            id: string;
            email: string | null;
            linkedin_url?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            company_name?: string | null;
            title?: string | null;
            phone?: string | null;
            city?: string | null;
            state?: string | null;
            country?: string | null;
            company_url?: string | null;
            industry?: string | null;
            image?: string | null;
            /** @description Free-form custom fields. */
            custom?: {
                [key: string]: unknown;
            } | null;
            integration_contact_id?: string | null;
            interest?: components["schemas"]["Interest"] | null;
            /** Format: uuid */
            CampaignId: string;
            /** Format: uuid */
            TeamId: string;
            /** Format: uuid */
            contact_profile_id?: string | null;
            Campaign?: components["schemas"]["ContactCampaignRef"];
            verified?: boolean;
            /** @description Email validation state (-1 unvalidated, 0 pending, 1 valid, 2 invalid). */
            valid2?: number;
            replied?: boolean;
            bounced?: boolean;
            /** @enum {string|null} */
            bounce_category?: "invalid_recipient" | "policy_block" | "soft" | "unknown" | null;
            unsubscribed?: boolean;
            opened?: boolean;
            clicked?: boolean;
            finished?: boolean;
            paused?: boolean;
            reply_link_clicked?: boolean;
            labels?: components["schemas"]["ContactLabelRef"][];
            deleted?: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContactResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Contact"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A team contact profile ("All Contacts"), returned by POST /v2/contacts without CampaignId. */
        ContactProfile: {
            /** @constant */
            object: "contact_profile";
            /** @constant */
            enrolled: false;
            /** Format: uuid */
            id: string;
            email: string | null;
            linkedin_url?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            company_name?: string | null;
            title?: string | null;
            phone?: string | null;
            city?: string | null;
            state?: string | null;
            country?: string | null;
            company_url?: string | null;
            industry?: string | null;
            image?: string | null;
            /** @description Free-form custom fields. */
            custom?: {
                [key: string]: unknown;
            } | null;
            integration_contact_id?: string | null;
            /** Format: uuid */
            TeamId: string;
            valid2?: number;
            labels?: components["schemas"]["ContactLabelRef"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContactCreateRequest: {
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId: string;
            /**
             * Format: uuid
             * @description Campaign to enroll in; omit for a profile-only upsert (no enrollment row).
             */
            CampaignId?: string;
            /**
             * Format: uuid
             * @description Seed the enrollment from this existing profile (must be on the campaign's team).
             */
            contact_profile_id?: string;
            /** @description Label names (case-insensitive); only existing `contact`/`both` labels attach, others are ignored. */
            labels?: string[];
            /**
             * Format: email
             * @description Email address (one of email or linkedin_url is required).
             */
            email?: string;
            /** @description LinkedIn profile URL (one of email or linkedin_url is required). */
            linkedin_url?: string;
            first_name?: string;
            last_name?: string;
            company_name?: string;
            /** @description Job title. */
            title?: string;
            phone?: string;
            city?: string;
            /** @description State / province. */
            state?: string;
            country?: string;
            /** @description Company website. */
            company_url?: string;
            industry?: string;
            /** @description Profile image URL. */
            image?: string;
            /** @description Free-form custom fields (any keys). */
            custom?: {
                [key: string]: unknown;
            };
            /** @description External system id. */
            integration_contact_id?: string;
            /**
             * @description Verify the email when the profile is unvalidated or pending (consumes credits).
             * @default false
             */
            validate_emails?: boolean;
        };
        ContactUpdateRequest: {
            /** Format: email */
            email?: string;
            linkedin_url?: string;
            first_name?: string;
            last_name?: string;
            company_name?: string;
            title?: string;
            phone?: string;
            city?: string;
            state?: string;
            country?: string;
            company_url?: string;
            industry?: string;
            image?: string;
            /** @description Free-form custom fields (any keys). */
            custom?: {
                [key: string]: unknown;
            };
            integration_contact_id?: string;
            /** @description Contact status; `null` clears it. */
            interest?: components["schemas"]["Interest"] | null;
            /**
             * @description Verify the email when the profile is unvalidated or pending (consumes credits).
             * @default false
             */
            validate_emails?: boolean;
        };
        /** @description One contact of a bulk import. A row without email or linkedin_url fails when processed (the other rows still import); empty strings count as absent. twitter, note and one_liner are accepted but not stored by the sandbox. */
        BulkContactRow: {
            email?: string;
            linkedin_url?: string;
            twitter?: string;
            first_name?: string;
            last_name?: string;
            company_name?: string;
            title?: string;
            phone?: string;
            city?: string;
            state?: string;
            country?: string;
            industry?: string;
            company_url?: string;
            image?: string;
            integration_contact_id?: string;
            note?: string;
            one_liner?: string;
            /** @description Free-form custom fields (any keys). */
            custom?: {
                [key: string]: unknown;
            };
        };
        BulkContactsRequest: {
            contacts: components["schemas"]["BulkContactRow"][];
            /** Format: uuid */
            TeamId: string;
            /** Format: uuid */
            CampaignId: string;
            /**
             * @description Queue verification for imported contacts (consumes credits).
             * @default false
             */
            validate_emails?: boolean;
        };
        BulkContactsCsvRequest: {
            /**
             * Format: binary
             * @description The CSV file, UTF-8 (a byte order mark is allowed), comma-separated with double-quote quoting; the first row is the header, then 1 to 10,000 data rows. Blank lines are skipped; an empty cell leaves the field unset.
             */
            contacts: string;
            /** @description JSON object mapping CSV header to contact field, e.g. {"Email": "email", "First Name": "first_name", "Dept": "custom.department"}. Fields: email, linkedin_url, first_name, last_name, company_name, title, phone, city, state, country, company_url, industry, image, integration_contact_id (twitter, note and one_liner are accepted, not stored), or custom.<name> for a custom field. Headers match case-insensitively. Columns whose header equals a field name map to it unless the mapping fills that field; other columns are ignored. Without mapping_fields only those same-named columns are used. */
            mapping_fields?: string;
            /** Format: uuid */
            TeamId: string;
            /** Format: uuid */
            CampaignId: string;
            /**
             * @description Queue verification for imported contacts (consumes credits).
             * @default false
             * @enum {string}
             */
            validate_emails?: "true" | "false";
        };
        BulkUpload: {
            /** Format: uuid */
            upload_id: string;
            /** @enum {string} */
            status: "pending" | "processing" | "completed" | "failed";
            contact_count: number;
            message: string;
        };
        ContactInboxLinkClick: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            link_id: string;
            /** Format: uri */
            original_url: string;
            /** Format: date-time */
            clicked_at: string;
            /** Format: uuid */
            conversation_id?: string | null;
            /** Format: uuid */
            conversation_message_id?: string | null;
            /** Format: uuid */
            contact_id: string;
            /** Format: uuid */
            sender_id?: string | null;
        };
        EmailValidationRequest: {
            /**
             * Format: email
             * @description Email to verify (lowercased before checking).
             */
            email: string;
            /**
             * Format: uuid
             * @description Team to attribute the credit usage to (caller must have access).
             */
            TeamId?: string;
        };
        EmailValidationResult: {
            email: string;
            /** @description Whether the SMTP probe treated the mailbox as deliverable. */
            valid: boolean;
            /** @description Raw probe breakdown (syntax, disposable, MX, SMTP). */
            validators: Record<string, never>;
            credits_used: number;
            domain?: string;
            email_hash?: string;
            /** @enum {string|null} */
            risk_level?: "SAFE" | "LOW" | "MEDIUM" | "HIGH" | "INVALID" | null;
            validity_score?: number | null;
            confidence?: string | null;
            is_role_based?: boolean;
            is_free_provider?: boolean;
            is_disallowed?: boolean;
            is_abuse_email?: boolean;
            email_provider?: string | null;
            email_security_service?: string | null;
            has_historical_data?: boolean;
            total_sends?: number;
            hard_bounce_count?: number;
            reply_count?: number;
            /** @description Counts per bounce type. */
            bounce_type_breakdown?: Record<string, never>;
        };
        Label: {
            /** @constant */
            object: "label";
            /** Format: uuid */
            id: string;
            /** @description Stored lowercase. */
            name: string;
            color: string;
            /**
             * Format: uuid
             * @description `null` for legacy org-wide labels.
             */
            team_id: string | null;
            /** Format: uuid */
            org_id?: string;
            /** @enum {string} */
            applies_to: "contact" | "conversation" | "both";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        LabelResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Label"];
            request_id: components["schemas"]["RequestId"];
        };
        LabelCreateRequest: {
            /** @description Label name (stored lowercase). */
            name: string;
            /** @description Hex colour, e.g. `#2E7D32`. */
            color: string;
            /**
             * Format: uuid
             * @description Team the label belongs to.
             */
            team_id: string;
            /**
             * @description Where the label can be used.
             * @default conversation
             * @enum {string}
             */
            applies_to?: "contact" | "conversation" | "both";
        };
        LabelUpdateRequest: {
            /** @description Label name (stored lowercase). */
            name?: string;
            color?: string;
            /** @enum {string} */
            applies_to?: "contact" | "conversation" | "both";
        };
        /**
         * @description List Health (email risk) level of a contact.
         * @enum {string}
         */
        RiskLevel: "SAFE" | "LOW" | "MEDIUM" | "HIGH" | "INVALID";
        /** @description Days of week to send: { monday: true, tuesday: true, ... }. */
        SendingDays: {
            monday?: boolean;
            tuesday?: boolean;
            wednesday?: boolean;
            thursday?: boolean;
            friday?: boolean;
            saturday?: boolean;
            sunday?: boolean;
        };
        /** @description A sending window, e.g. { start: "09:00", end: "17:00" } (24-hour HH:MM, campaign timezone). */
        SendingHours: {
            /** @example 09:00 */
            start: string;
            /** @example 17:00 */
            end: string;
        };
        /** @description Sequence step failure handling: { strategy, retryAfterDays, notification }. */
        FailureConfiguration: {
            /**
             * @description What to do when a sequence step fails.
             * @enum {string}
             */
            strategy: "skip" | "retry" | "pause_contact" | "pause_campaign";
            /** @description Days to wait before retrying (strategy `retry`). */
            retryAfterDays?: number;
            /** @description Notify the team when a step fails. */
            notification?: boolean;
        };
        /**
         * @description A sequence step (React Flow node). `data` is free-form and carries the step settings, including
         *     the numeric step type `data.type` (1 EMAIL, 2 WAIT, 3 LINKEDIN_PROFILE_VISIT, 4 LINKEDIN_CONNECTION,
         *     5 LINKEDIN_CONNECTION_WITH_MESSAGE, 6 TWITTER_FOLLOW, 7 TWITTER_MESSAGE, 8 ONE_OFF_EMAIL,
         *     9 LINKEDIN_MESSAGE, 10 IF_NODE, 11 STOP_NODE, 12 START_NODE, 13 NOTE_NODE,
         *     15 LINKEDIN_LIKE_RECENT_POST, 16 TWITTER_UNFOLLOW, 21 MOVE_TO_ANOTHER_CAMPAIGN), `label`, `wait`,
         *     `wait_unit` (hours|days), `send_as_reply`. emailNode `data` must use `subject_a`/`body_a` (A/B
         *     variants `subject_b`/`body_b` … `subject_d`/`body_d`); bare `subject`/`body` are rejected with 400
         *     (checked by the handler, not by this schema).
         */
        SequenceNode: {
            id: string;
            /** @enum {string} */
            type: "startNode" | "emailNode" | "waitNode" | "ifNode" | "stopNode" | "noteNode" | "linkedinProfileVisitNode" | "linkedinConnectionNode" | "linkedinConnectionWithMessageNode" | "linkedinMessageNode" | "linkedinLikeRecentPostNode" | "twitterFollowNode" | "twitterDMNode" | "twitterUnFollowNode" | "moveToAnotherCampaignNode";
            /** @description Free-form step settings (open map). */
            data?: {
                [key: string]: unknown;
            };
            position?: {
                x: number;
                y: number;
            };
            /** @description Optional display size of the node. */
            style?: {
                width?: number;
                height?: number;
                minWidth?: number;
                minHeight?: number;
            };
        };
        /** @description A connection between two sequence nodes. */
        SequenceEdge: {
            id: string;
            /** @description Id of the node the edge starts from. */
            source: string;
            /** @description Id of the node the edge leads to. */
            target: string;
            /** @description Handle of the source node (e.g. the true/false branch of an ifNode). */
            sourceHandle?: string | null;
            /**
             * @default buttonedge
             * @enum {string}
             */
            type?: "buttonedge";
        };
        /** @description Lifecycle breakdown of the campaign's contacts. */
        CampaignContactMetrics: {
            /** @description Total non-archived contacts. */
            total: number;
            /** @description Contacts waiting in queue (haven't started the sequence yet). */
            not_started: number;
            /** @description Contacts currently progressing through the sequence. */
            in_progress: number;
            /** @description Contacts that completed the sequence. */
            finished: number;
            /** @description Contacts currently paused. */
            paused: number;
        };
        /** @description The user who created the campaign. */
        CampaignCreator: {
            /** Format: uuid */
            id: string;
            name?: string | null;
            /** Format: email */
            email?: string;
        };
        /** @description A campaign. Status 1 = active (running), 2 = inactive (paused). */
        Campaign: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description 1 = active, 2 = inactive.
             * @enum {integer}
             */
            status: 1 | 2;
            track_domain?: string | null;
            /** @description Open and click tracking on campaign emails. */
            track?: boolean;
            is_draft: boolean;
            legacy_sequence?: boolean;
            archived?: boolean;
            nodes?: components["schemas"]["SequenceNode"][];
            edges?: components["schemas"]["SequenceEdge"][];
            /** Format: uuid */
            category_id?: string | null;
            /**
             * Format: uuid
             * @description Parent campaign when this campaign is a subsequence.
             */
            parentCampaignId?: string | null;
            contact_count?: number;
            contact_metrics?: components["schemas"]["CampaignContactMetrics"];
            created_by?: components["schemas"]["CampaignCreator"] | null;
            /** Format: uuid */
            user_id?: string | null;
            /** Format: uuid */
            team_id?: string;
            /** @description IANA timezone of the schedule, e.g. America/New_York. */
            timezone?: string | null;
            /** @description Sending days — the weekday-boolean object sent on create/update, or (as in the docs' Get example) an array of weekday numbers. */
            days?: components["schemas"]["SendingDays"] | number[];
            hours?: components["schemas"]["SendingHours"][];
            max_per_day?: number | null;
            /** Format: date-time */
            start?: string | null;
            /** Format: date-time */
            end?: string | null;
            send_to_risk_levels?: components["schemas"]["RiskLevel"][] | null;
            bcc?: string[] | null;
            bcc_replies_only?: boolean;
            unsubscribe?: boolean;
            unsubscribe_message?: string | null;
            blacklistIfUnsubscribe?: boolean;
            blacklistIfBounced?: boolean;
            blacklistDomainOnReply?: boolean;
            list_unsubscribe_header?: boolean;
            failureConfiguration?: components["schemas"]["FailureConfiguration"] | null;
            /** @description Custom variable definitions for contacts. */
            custom_variables?: unknown[];
            /** Format: uuid */
            templateId?: string | null;
            /** @description Deduplicated count of inbox reply link clicks attributed to this campaign (one per contact, link and UTC day). */
            reply_link_clicks?: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "name": "Q4 Outreach Campaign",
         *       "TeamId": "3b8f2a71-6c4d-4e9a-b1f0-7d2e5c9a4b18"
         *     }
         */
        CampaignCreateRequest: {
            /** @description Campaign name. */
            name: string;
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId: string;
            /**
             * Format: uuid
             * @description Creates a subsequence of this campaign (max 3 per parent; the parent cannot itself be a subsequence).
             */
            parentCampaignId?: string;
            /** @description Tracking domain (team default used if omitted). */
            track_domain?: string;
            /**
             * @description Enable open and click tracking.
             * @default false
             */
            track?: boolean;
            /**
             * Format: uuid
             * @description Campaign category (folder) ID.
             */
            category_id?: string | null;
            /** @description Initial sequence nodes. */
            nodes?: components["schemas"]["SequenceNode"][];
            /** @description Initial sequence edges. */
            edges?: components["schemas"]["SequenceEdge"][];
            /**
             * @description Draft status.
             * @default true
             */
            is_draft?: boolean;
            /**
             * @description Sequence editor version (listed by a third-party catalogue of the API, not by SuperSend's own pages).
             * @default 2
             * @enum {integer}
             */
            version?: 1 | 2 | 3;
            /** @description Custom variable definitions for contacts (free-form items). */
            custom_variables?: unknown[];
            /**
             * Format: uuid
             * @description Template used to create this campaign.
             */
            templateId?: string;
            /** @description List Health levels to send to; null = send to all. */
            send_to_risk_levels?: components["schemas"]["RiskLevel"][] | null;
            /** @description BCC email addresses. */
            bcc?: string[] | null;
            /** @description When true, BCC only applies to reply emails. */
            bcc_replies_only?: boolean;
            /** @description Campaign schedule timezone (e.g. America/Los_Angeles). */
            timezone?: string;
            days?: components["schemas"]["SendingDays"];
            /** @description Sending hours windows. */
            hours?: components["schemas"]["SendingHours"][];
            /**
             * Format: date-time
             * @description Campaign start date.
             */
            start?: string | null;
            /**
             * Format: date-time
             * @description Campaign end date.
             */
            end?: string | null;
            /** @description Enable opt-out link in emails. */
            unsubscribe?: boolean;
            /** @description Keyword to detect opt-out in replies. */
            unsubscribe_message?: string | null;
            /** @description Add contact to blacklist when they opt out. */
            blacklistIfUnsubscribe?: boolean;
            /** @description Add contact to blacklist when email bounces. */
            blacklistIfBounced?: boolean;
            /** @description Blacklist contact domain when reply received. */
            blacklistDomainOnReply?: boolean;
            /** @description Add List-Unsubscribe header to emails. */
            list_unsubscribe_header?: boolean;
            failureConfiguration?: components["schemas"]["FailureConfiguration"];
        };
        /**
         * @example {
         *       "name": "Updated Campaign Name",
         *       "status": 2
         *     }
         */
        CampaignUpdateRequest: {
            /** @description Campaign name. */
            name?: string;
            /** @description Tracking domain. */
            track_domain?: string;
            /** @description Enable open and click tracking. When false, no pixels or link rewrites; replies/bounces still tracked. */
            track?: boolean;
            /**
             * Format: uuid
             * @description Campaign category (folder) ID. Set to null to uncategorize.
             */
            category_id?: string | null;
            /** @description Campaign sequence nodes. Cannot change while the campaign is active (status=1) — 409. */
            nodes?: components["schemas"]["SequenceNode"][];
            /** @description Campaign sequence edges (connections between nodes). */
            edges?: components["schemas"]["SequenceEdge"][];
            /** @description Use the legacy sequence editor. Cannot change while the campaign is active (status=1) — 409. */
            legacy_sequence?: boolean;
            /**
             * @description Status (1=ACTIVE, 2=INACTIVE).
             * @enum {integer}
             */
            status?: 1 | 2;
            /** @description Draft status. */
            is_draft?: boolean;
            /** @description Max emails per day from all senders (1–100000). null = no campaign limit. */
            max_per_day?: number | null;
            /** @description List Health levels to send to (SAFE, LOW, MEDIUM, HIGH, INVALID). null = send to all. */
            send_to_risk_levels?: components["schemas"]["RiskLevel"][] | null;
            /** @description BCC email addresses. */
            bcc?: string[] | null;
            /** @description When true, BCC only applies to reply emails. */
            bcc_replies_only?: boolean;
            /** @description Campaign schedule timezone (e.g. America/Los_Angeles). */
            timezone?: string;
            days?: components["schemas"]["SendingDays"];
            /** @description Sending hours: [{ start: "09:00", end: "17:00" }]. */
            hours?: components["schemas"]["SendingHours"][];
            /**
             * Format: date-time
             * @description Campaign start date.
             */
            start?: string | null;
            /**
             * Format: date-time
             * @description Campaign end date.
             */
            end?: string | null;
            /** @description Enable opt-out link in emails. */
            unsubscribe?: boolean;
            /** @description Keyword to detect opt-out in replies. */
            unsubscribe_message?: string | null;
            /** @description Add contact to blacklist when they opt out. */
            blacklistIfUnsubscribe?: boolean;
            /** @description Add contact to blacklist when email bounces. */
            blacklistIfBounced?: boolean;
            /** @description Blacklist contact domain when reply received. */
            blacklistDomainOnReply?: boolean;
            /** @description Add List-Unsubscribe header to emails. */
            list_unsubscribe_header?: boolean;
            failureConfiguration?: components["schemas"]["FailureConfiguration"];
        };
        /** @description Answer of DELETE for a non-draft campaign (archived). */
        CampaignArchiveResult: {
            /** @constant */
            success: true;
            /** @example Campaign archived successfully */
            message: string;
            data: {
                /** Format: uuid */
                id: string;
            };
            request_id: components["schemas"]["RequestId"];
        };
        CampaignParentInfo: {
            isSubsequence: boolean;
            /** @description The parent campaign, or null when the campaign is not a subsequence. */
            parentCampaign: components["schemas"]["Campaign"] | null;
        };
        /** @description One raw click on a tracked link in a Super Inbox reply. */
        CampaignInboxLinkClick: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            link_id: string;
            /** Format: uri */
            original_url: string;
            /**
             * Format: uri
             * @description Destination with UTM parameters when UTM attribution is enabled; otherwise may be null.
             */
            final_url?: string | null;
            /** Format: date-time */
            clicked_at: string;
            /** @description First click of this contact on this link in the UTC day. */
            is_first_today: boolean;
            ip?: string | null;
            contact: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: email
                 * @description Null for a contact reached without an email (LinkedIn only).
                 */
                email: string | null;
                name?: string | null;
            };
            /** Format: email */
            sender_email?: string | null;
            sequence_step?: number | null;
        };
        CampaignInboxLinkClickPage: {
            /** Format: uuid */
            campaign_id: string;
            clicks: components["schemas"]["CampaignInboxLinkClick"][];
            pagination: components["schemas"]["CampaignPagePagination"];
        };
        /** @description Page-based pagination of the inbox-link-clicks list. */
        CampaignPagePagination: {
            page: number;
            limit: number;
            total: number;
            total_pages: number;
        };
        /**
         * @description An engagement event. One row per sent message; later opens, clicks and replies update the flags and
         *     counters on that row.
         */
        Event: {
            /** Format: uuid */
            id: string;
            /**
             * @description Event type. `scheduled`…`unsubscribe` and `autoresponse` (an out-of-office answer, which pauses the contact) are engagement events; `contact_added` (contact created or enrolled), `upload_completed` (a bulk upload finished) and `bulk_action` (a V1 bulk action was applied) record what happened in the workspace, and click events include inbox reply link clicks.
             * @enum {string}
             */
            type: "scheduled" | "sent" | "open" | "reply" | "click" | "bounce" | "unsubscribe" | "contact_added" | "upload_completed" | "bulk_action" | "autoresponse";
            /** @enum {string} */
            channel: "email" | "linkedin" | "twitter" | "text" | "call";
            /** Format: date-time */
            date: string;
            sequence_step?: number | null;
            opened?: boolean;
            clicked?: boolean;
            replied?: boolean;
            bounced?: boolean;
            autoresponse?: boolean;
            opens?: number;
            clicks?: number;
            replies?: number;
            unsubscribes?: number;
            accepted_connection_request?: boolean;
            linkedin_reply?: boolean;
            twitter_reply?: boolean;
            subject?: string | null;
            /** @description Message-ID of the sent email. */
            email_id?: string | null;
            thread_id?: string | null;
            contact?: {
                /** Format: uuid */
                id: string;
                email?: string | null;
                first_name?: string | null;
                last_name?: string | null;
                linkedin_url?: string | null;
            } | null;
            campaign?: {
                /** Format: uuid */
                id: string;
                name?: string;
            } | null;
            sender?: {
                /** Format: uuid */
                id: string;
                email?: string;
                send_as?: string | null;
            } | null;
            /** Format: uuid */
            campaign_id?: string | null;
            /** Format: uuid */
            contact_id?: string | null;
            /** Format: uuid */
            sender_id?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description One reply-forwarding rule. `label_ids: null` forwards every reply to `emails`; with label ids, a reply is forwarded only when its conversation has one of those labels. */
        SenderForwardRule: {
            /** @description Comma-separated destination addresses, e.g. `a@x.com,b@y.com`. */
            emails: string;
            /** @description Conversation label ids that trigger this rule; `null` = all replies. */
            label_ids?: string[] | null;
        };
        /** @description One reply-forwarding rule. `label_ids: null` forwards every reply to `emails`; with label ids, a reply is forwarded only when its conversation has one of those labels. */
        SenderForwardRuleInput: {
            /** @description Comma-separated destination addresses, e.g. `a@x.com,b@y.com`. */
            emails: string;
            /** @description Conversation label ids that trigger this rule; `null` = all replies. */
            label_ids?: string[] | null;
        };
        /** @description An email mailbox (sender). Sender objects carry no `object` field. */
        Sender: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            /** @description Display "From" value, e.g. `Maya Patel <maya@trybrightline.com>`. */
            send_as: string;
            /** Format: email */
            reply_to?: string | null;
            /** @enum {string} */
            provider: "smtp" | "outlook" | "google" | "missioninbox" | "supersend-relay" | "ss-private-smtp";
            /** @description Domain part of `email`. */
            domain?: string;
            disabled: boolean;
            /** @description Whether warm-up is on. */
            warm: boolean;
            warming_stage?: number | null;
            max_per_day?: number;
            global_max_per_day?: number;
            max_warm_per_day?: number;
            campaign_ramp_enabled?: boolean;
            /** Format: date-time */
            campaign_ramp_first_send_date?: string | null;
            campaign_ramp_duration_days?: number | null;
            campaign_ramp_start_volume?: number | null;
            health_score?: number | null;
            /** @description Connection status, e.g. `active`. */
            status?: string;
            /** @description HTML signature. */
            signature?: string | null;
            /** @description Legacy forwarding address, used when `forward_rules` is null or empty. */
            forward_to?: string | null;
            forward_rules?: components["schemas"]["SenderForwardRule"][] | null;
            /** @description When true, unsubscribe replies ignore `label_ids` and go to every configured destination. */
            forward_unsubscribes?: boolean;
            /** Format: uuid */
            sender_profile_id?: string | null;
            sender_profile?: {
                /** Format: uuid */
                id: string;
                name: string;
                timezone?: string | null;
            } | null;
            /** Format: uuid */
            team_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description All fields optional. `campaign_ramp_duration_days` and `campaign_ramp_start_volume` are required when `campaign_ramp_enabled` is true. */
        SenderUpdate: {
            send_as?: string;
            /** Format: email */
            reply_to?: string | null;
            /** @description HTML signature. */
            signature?: string | null;
            /** @description Legacy single forwarding destination. */
            forward_to?: string | null;
            /** @description Null or empty = legacy behaviour (forward to `forward_to` if set). */
            forward_rules?: components["schemas"]["SenderForwardRuleInput"][] | null;
            forward_unsubscribes?: boolean;
            disabled?: boolean;
            warm?: boolean;
            max_per_day?: number;
            global_max_per_day?: number;
            max_warm_per_day?: number;
            warm_email_ramp?: number;
            campaign_ramp_enabled?: boolean;
            campaign_ramp_duration_days?: number;
            campaign_ramp_start_volume?: number;
            /**
             * Format: uuid
             * @description Sender profile to join (note the PascalCase name); `null` leaves the current profile.
             */
            SenderProfileId?: string | null;
        };
        SenderResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Sender"];
            request_id: components["schemas"]["RequestId"];
        };
        SenderListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Sender"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A member sender, as embedded in a sender profile. */
        SenderProfileSender: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            send_as?: string;
            warm?: boolean;
            disabled?: boolean;
            warming_stage?: number | null;
            health_score?: number | null;
            status?: string;
        };
        /** @description The LinkedIn or Twitter identity assigned to a sender profile (summary). */
        SenderProfileIdentity: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type?: "linkedin" | "twitter";
            handle?: string;
            username?: string;
            status?: string;
        };
        SenderProfile: {
            /** @constant */
            object: "sender_profile";
            /** Format: uuid */
            id: string;
            name: string;
            sender_disable_strategy?: boolean;
            /** Format: uuid */
            team_id: string;
            /** Format: uuid */
            org_id?: string;
            senders: components["schemas"]["SenderProfileSender"][];
            linkedin_identity?: components["schemas"]["SenderProfileIdentity"] | null;
            twitter_identity?: components["schemas"]["SenderProfileIdentity"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        SenderProfileCreate: {
            /**
             * Format: uuid
             * @description Team that owns the profile.
             */
            team_id: string;
            /** @description Profile name. */
            name: string;
            /** @description Senders (of the same team) that make up the profile; on PATCH the list replaces the current members. */
            sender_ids?: string[];
            /**
             * Format: uuid
             * @description LinkedIn identity to assign; `null` detaches it.
             */
            linkedin_identity_id?: string | null;
            /**
             * Format: uuid
             * @description Twitter identity to assign; `null` detaches it.
             */
            twitter_identity_id?: string | null;
            /** @description Sender disable strategy flag of the profile. */
            sender_disable_strategy?: boolean;
        };
        SenderProfileUpdate: {
            /**
             * Format: uuid
             * @description Optional; when given it must be the profile's own team (profiles do not move between teams).
             */
            team_id?: string;
            /** @description Profile name. */
            name?: string;
            /** @description Senders (of the same team) that make up the profile; on PATCH the list replaces the current members. */
            sender_ids?: string[];
            /**
             * Format: uuid
             * @description LinkedIn identity to assign; `null` detaches it.
             */
            linkedin_identity_id?: string | null;
            /**
             * Format: uuid
             * @description Twitter identity to assign; `null` detaches it.
             */
            twitter_identity_id?: string | null;
            /** @description Sender disable strategy flag of the profile. */
            sender_disable_strategy?: boolean;
        };
        SenderProfileResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["SenderProfile"];
            request_id: components["schemas"]["RequestId"];
        };
        SenderProfileListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["SenderProfile"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        DomainHealth: {
            is_active: boolean;
            dns_valid: boolean;
            spf_valid: boolean;
            dkim_valid: boolean;
            dmarc_valid: boolean;
            mx_valid: boolean;
            is_blacklisted: boolean;
            /** Format: date-time */
            last_check?: string | null;
            /** @description GET one only. */
            errors?: string[];
            /** @description GET one only. */
            warnings?: string[];
            /** @description GET one only. */
            blacklist_providers?: string[];
            /** @description GET one only. */
            blacklist_reason?: string | null;
            /** @description GET one only: the DNS records found. */
            records?: {
                spf?: string | null;
                dkim?: string | null;
                dmarc?: string | null;
                mx?: string[];
                nameservers?: string[];
            };
        };
        /** @description A managed domain (snake_case, as on the docs page). GET one adds `forwarding_address`, `dns_records`, `senders`, `team` and more `health` detail. */
        Domain: {
            /** @constant */
            object: "domain";
            /** Format: uuid */
            id: string;
            /** @description Domain name, e.g. `trybrightline.com`. */
            name: string;
            /** @enum {string} */
            status: "pending" | "purchasing" | "purchased" | "setting_up" | "active" | "purchase_failed" | "setup_failed" | "inactive" | "expired" | "cancelled";
            /**
             * @description `internal` = bought through SuperSend; `external` = brought by the user.
             * @enum {string}
             */
            managed: "internal" | "external";
            provider?: string | null;
            registrar?: string | null;
            dns_provider?: string | null;
            /** Format: date-time */
            expires_at?: string | null;
            auto_renew?: boolean;
            cancel_at_period_end?: boolean;
            /** Format: email */
            dmarc_email?: string | null;
            active_sender_count?: number;
            health: components["schemas"]["DomainHealth"];
            /** Format: uuid */
            team_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description GET one only: where the bare domain forwards. */
            forwarding_address?: string | null;
            /** @description GET one only: the records SuperSend expects. */
            dns_records?: {
                spf?: string | null;
                dkim?: string | null;
                dmarc?: string | null;
                mx?: string[];
            };
            /** @description GET one only: senders on this domain. */
            senders?: {
                /** Format: uuid */
                id: string;
                /** Format: email */
                email: string;
                send_as?: string;
                status?: string;
                disabled?: boolean;
                warm?: boolean;
                warming_stage?: number | null;
                health_score?: number | null;
            }[];
            /** @description GET one only. */
            team?: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
        };
        DomainResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Domain"];
            request_id: components["schemas"]["RequestId"];
        };
        DomainListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Domain"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        PlacementTestSeed: {
            /** Format: email */
            email: string;
        };
        PlacementTestResult: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            seed_email: string;
            /** @enum {string} */
            placement: "inbox" | "spam" | "not_received" | "bounced";
            /** Format: date-time */
            received_at?: string | null;
            /** Format: date-time */
            checked_at?: string | null;
            check_attempts?: number;
            tags?: string[];
            /** @description Free-form provider details. */
            metadata?: Record<string, never>;
        };
        /** @description An inbox placement test. GET one adds `test_email_subject`, `test_email_body`, `test_email_from`, `seed_addresses` and `placement_results`. Score = round(100 × inbox / total_seeds) once completed. */
        PlacementTest: {
            /** @constant */
            object: "placement_test";
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "completed" | "failed";
            tracking_code: string;
            score?: number | null;
            credit_cost?: number;
            total_seeds: number;
            auto_send?: boolean;
            is_auto_test?: boolean;
            results_summary?: {
                inbox: number;
                spam: number;
                not_received: number;
                bounced?: number;
            };
            sender?: {
                /** Format: uuid */
                id: string;
                /** Format: email */
                email?: string;
                provider?: string;
            } | null;
            created_by?: {
                /** Format: uuid */
                id: string;
                name?: string;
                /** Format: email */
                email?: string;
            } | null;
            /** Format: date-time */
            sent_at?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description GET one only. */
            test_email_subject?: string | null;
            /** @description GET one only (HTML). */
            test_email_body?: string | null;
            /** @description GET one only. */
            test_email_from?: string | null;
            /** @description GET one only. */
            seed_addresses?: components["schemas"]["PlacementTestSeed"][];
            /** @description GET one only. */
            placement_results?: components["schemas"]["PlacementTestResult"][];
        };
        /** @description The test as returned by create. */
        PlacementTestCreated: {
            /** @constant */
            object: "placement_test";
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "completed" | "failed";
            tracking_code: string;
            credit_cost: number;
            total_seeds: number;
            auto_send: boolean;
            seed_addresses: components["schemas"]["PlacementTestSeed"][];
            /** Format: uuid */
            sender_id?: string | null;
            /** Format: uuid */
            team_id?: string;
            /** Format: date-time */
            created_at: string;
        };
        PlacementTestSummary: {
            total_tests: number;
            completed_tests: number;
            average_score: number | null;
            tests_this_month: number;
            last_test: {
                /** Format: uuid */
                id: string;
                name: string;
                score?: number | null;
                /** @enum {string} */
                status: "pending" | "sending" | "sent" | "completed" | "failed";
                /** Format: date-time */
                created_at?: string;
            } | null;
        };
        PlacementTestCreate: {
            /** @default Untitled Test */
            name?: string;
            /** @description Subject of the test email. */
            test_email_subject?: string;
            /** @description HTML body of the test email. */
            test_email_body?: string;
            /** @description From value of the test email. */
            test_email_from?: string;
            /**
             * @description Seed mailboxes to send to; each costs one credit.
             * @default 10
             */
            seed_count?: number;
            /**
             * Format: uuid
             * @description Sender that sends the test email; must be an active (not disabled) sender of `team_id`.
             */
            sender_id: string;
            /**
             * @description Send the test email right away from `sender_id`.
             * @default false
             */
            auto_send?: boolean;
            /**
             * Format: uuid
             * @description Team that owns the test.
             */
            team_id: string;
        };
        PlacementTestResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["PlacementTest"];
            request_id: components["schemas"]["RequestId"];
        };
        PlacementTestCreatedResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["PlacementTestCreated"];
            request_id: components["schemas"]["RequestId"];
        };
        PlacementTestListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["PlacementTest"][];
            pagination: components["schemas"]["Pagination"];
            /** @description Present unless `include_summary=false`. */
            summary?: components["schemas"]["PlacementTestSummary"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description A blacklist entry. Organisation-level items show `team: null`; system-added items show `created_by: null`. */
        BlacklistItem: {
            /** @constant */
            object: "blacklist_item";
            /** Format: uuid */
            id: string;
            /** @description Email address, domain or LinkedIn URL. */
            item: string;
            /** @enum {string} */
            type: "email" | "domain" | "linkedin";
            /** @enum {string} */
            level: "organization" | "team" | "campaign";
            team_wide?: boolean;
            team?: {
                /** Format: uuid */
                id: string;
                name?: string;
            } | null;
            campaign?: {
                /** Format: uuid */
                id: string;
                name?: string;
            } | null;
            created_by?: {
                /** Format: uuid */
                id: string;
                name?: string;
                /** Format: email */
                email?: string;
            } | null;
            /**
             * @description Why the entry exists: `manual` (added through the API), `bulk_import`, or a campaign's auto-add flags (`reply` adds the contact's domain when `blacklistDomainOnReply` is set, `bounce` the address when `blacklistIfBounced`, `unsubscribe` the address when `blacklistIfUnsubscribe`). Null for an entry imported from a snapshot that did not keep reasons.
             * @enum {string|null}
             */
            reason?: "manual" | "bulk_import" | "reply" | "bounce" | "unsubscribe" | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at?: string;
        };
        BlacklistCreate: {
            /** @description Email address, domain or LinkedIn URL; `type` is derived from it. */
            item: string;
            /** @enum {string} */
            level: "organization" | "team" | "campaign";
            /**
             * Format: uuid
             * @description Required when `level` is `team`.
             */
            team_id?: string;
            /**
             * Format: uuid
             * @description Required when `level` is `campaign`.
             */
            campaign_id?: string;
        } & (unknown & unknown);
        BlacklistItemResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["BlacklistItem"];
            request_id: components["schemas"]["RequestId"];
        };
        BlacklistListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["BlacklistItem"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description Daily action limits and working schedule of the account. */
        IdentitySettings: {
            max_messages_per_day?: number;
            max_connection_requests_per_day?: number;
            max_profile_visits_per_day?: number;
            max_likes_per_day?: number;
            action_cooldown_seconds?: number;
            /** @description IANA time zone, e.g. `America/New_York`. */
            timezone?: string;
            /** @description Active weekdays, 0 = Sunday … 6 = Saturday. */
            days?: number[];
            /** @description Active time windows (HH:MM, local to `timezone`). */
            hours?: {
                start: string;
                end: string;
            }[];
        };
        /** @description A LinkedIn or Twitter account connected through the SuperSend Chrome extension. */
        Identity: {
            /** @constant */
            object: "identity";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "linkedin" | "twitter";
            handle?: string | null;
            username?: string | null;
            /** Format: email */
            email?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            /** Format: uri */
            photo?: string | null;
            /** @description e.g. `active`. */
            status: string;
            /** @description Last connection error, if any. */
            error?: string | null;
            settings?: components["schemas"]["IdentitySettings"];
            sender_profile?: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            team_id: string;
            /** Format: uuid */
            org_id?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        IdentityUpdate: {
            /** @description Keys given are merged into the current settings; keys left out keep their value. */
            settings?: {
                max_messages_per_day?: number;
                max_connection_requests_per_day?: number;
                max_profile_visits_per_day?: number;
                max_likes_per_day?: number;
                action_cooldown_seconds?: number;
                /** @description IANA time zone, e.g. `America/New_York`. */
                timezone?: string;
                /** @description Active weekdays, 0 = Sunday … 6 = Saturday. */
                days?: number[];
                /** @description Active time windows (HH:MM, local to `timezone`). */
                hours?: {
                    start: string;
                    end: string;
                }[];
            };
            /**
             * Format: uuid
             * @description Sender profile to attach the identity to; `null` detaches it.
             */
            sender_profile_id?: string | null;
        };
        IdentityResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Identity"];
            request_id: components["schemas"]["RequestId"];
        };
        IdentityListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Identity"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description The LinkedIn/Twitter identity the conversation runs on (null for email conversations). */
        ConversationIdentity: {
            /** Format: uuid */
            id: string;
            handle?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            /** Format: uri */
            photo?: string | null;
            /** @enum {string} */
            type: "linkedin" | "twitter";
        };
        ConversationParticipant: {
            id: string;
            display_name: string | null;
            username?: string | null;
            /** Format: uri */
            avatar_url?: string | null;
            is_self: boolean;
        };
        Conversation: {
            /** @constant */
            object: "conversation";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            platform_type: "email" | "linkedin" | "twitter";
            title?: string | null;
            /** Format: date-time */
            last_activity_at?: string | null;
            is_unread: boolean;
            is_archived: boolean;
            unread_count?: number;
            identity?: components["schemas"]["ConversationIdentity"] | null;
            participants?: components["schemas"]["ConversationParticipant"][];
            last_message?: {
                text: string | null;
                /** Format: date-time */
                timestamp: string;
            } | null;
            /** Format: uuid */
            team_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A conversation with its messages embedded. */
        ConversationDetail: components["schemas"]["Conversation"] & {
            messages: components["schemas"]["Message"][];
        };
        ConversationListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Conversation"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        ConversationDetailResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["ConversationDetail"];
            request_id: components["schemas"]["RequestId"];
        };
        ConversationUpdateRequest: {
            /** @description Archive (true) or unarchive (false) the conversation. */
            is_archived?: boolean;
            /** @description Mark the conversation unread (true) or read (false). */
            is_unread?: boolean;
            /** @description When true, marks every message of the conversation read. */
            mark_all_read?: boolean;
        };
        ConversationUpdateResult: {
            /** @constant */
            object: "conversation";
            /** Format: uuid */
            id: string;
            is_archived: boolean;
            is_unread: boolean;
            /** Format: date-time */
            updated_at: string;
        };
        ConversationUpdateResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["ConversationUpdateResult"];
            request_id: components["schemas"]["RequestId"];
        };
        MessageAttachment: {
            id: string;
            filename: string;
            file_path?: string | null;
            /** Format: uri */
            cloud_url?: string | null;
        };
        Message: {
            /** @constant */
            object: "message";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            conversation_id: string;
            /** @enum {string} */
            platform_type: "email" | "linkedin" | "twitter";
            /** @description Email subject (null on LinkedIn/Twitter). */
            subject?: string | null;
            text: string | null;
            html?: string | null;
            /** Format: date-time */
            timestamp: string;
            /** @description True when sent by the team (a sender or identity), false when received. */
            is_from_self: boolean;
            is_read: boolean;
            /** @description Delivery state, e.g. `queued` (just sent through the API), `sent`, `received`, `failed`. */
            status: string;
            /** @description Id of the send job when the message was queued. */
            job_id?: string | null;
            /** @description The mailbox that sent an outbound email (null otherwise). */
            sender?: {
                /** Format: uuid */
                id: string;
                /** Format: email */
                email: string;
            } | null;
            attachments?: components["schemas"]["MessageAttachment"][];
        };
        MessageListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Message"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        MessageResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Message"];
            request_id: components["schemas"]["RequestId"];
        };
        /** @description An email attachment, given inline (`content`, base64) or by `url`. */
        MessageAttachmentInput: {
            filename: string;
            /** @description File content, base64-encoded. */
            content?: string;
            /** @description MIME type, e.g. `application/pdf`. */
            content_type?: string;
            /**
             * Format: uri
             * @description Public URL to fetch the file from, instead of `content`.
             */
            url?: string;
        };
        MessageCreateRequest: {
            /** @description Message content (required for all platforms). */
            message: string;
            /**
             * Format: uuid
             * @description Sender (mailbox) to send from. Required for email conversations; must be an active sender of the organization.
             */
            sender_id?: string;
            /** @description Email only. Defaults to "Re: <conversation title>". */
            subject?: string;
            /**
             * @description Email only. Whether `message` is HTML.
             * @default false
             */
            is_html?: boolean;
            /** @description Email only. Overrides the recipient (one address or a list); chosen automatically when omitted. */
            to?: string | string[];
            /** @description Email only. CC recipients. */
            cc?: string[];
            /** @description Email only. BCC recipients. */
            bcc?: string[];
            /** @description Email only. Attachments. */
            attachments?: components["schemas"]["MessageAttachmentInput"][];
        };
        /** @description Which event types the webhook receives. Unspecified toggles default to false on create and stay unchanged on update. */
        WebhookEventToggles: {
            open?: boolean;
            click?: boolean;
            reply?: boolean;
            bounce?: boolean;
            sent?: boolean;
            unsubscribe?: boolean;
        };
        /** @description Free-form map of custom HTTP headers sent with every delivery (header name → value). */
        WebhookHeaders: {
            [key: string]: string;
        };
        WebhookCreateRequest: {
            /**
             * Format: uuid
             * @description Team the webhook belongs to.
             */
            team_id: string;
            /**
             * Format: uri
             * @description Endpoint that receives the event POSTs.
             */
            url: string;
            /** @description Display name. */
            name?: string;
            /** @default true */
            enabled?: boolean;
            events?: components["schemas"]["WebhookEventToggles"];
            headers?: components["schemas"]["WebhookHeaders"];
        };
        WebhookUpdateRequest: {
            /**
             * Format: uuid
             * @description Team of the webhook (optional; accepted for symmetry with create).
             */
            team_id?: string;
            /** Format: uri */
            url?: string;
            name?: string;
            enabled?: boolean;
            events?: components["schemas"]["WebhookEventToggles"];
            headers?: components["schemas"]["WebhookHeaders"];
        };
        WebhookTestRequest: {
            /**
             * @description Event type of the synthetic test event (sent whatever the webhook's toggles say).
             * @default reply
             * @enum {string}
             */
            event_type?: "open" | "click" | "reply" | "bounce" | "sent" | "unsubscribe" | "autoresponse" | "contact_added";
        };
        WebhookDeliveryRetryRequest: {
            /**
             * Format: uuid
             * @description Team of the webhook.
             */
            team_id: string;
        };
        /** @description The event toggles as stored (`<event>_event`). */
        WebhookConfig: {
            reply_event: boolean;
            open_event: boolean;
            click_event: boolean;
            sent_event: boolean;
            bounce_event: boolean;
            unsubscribe_event: boolean;
        };
        /** @description The event toggles as a boolean map. */
        WebhookEventMap: {
            open: boolean;
            click: boolean;
            reply: boolean;
            bounce: boolean;
            sent: boolean;
            unsubscribe: boolean;
        };
        /** @description A webhook as listed and fetched; `events` is an empty array and the toggles live in `config`. */
        Webhook: {
            /** @constant */
            object: "webhook";
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            name?: string | null;
            enabled: boolean;
            events: string[];
            /** @description Signing secret, always masked as `*`. */
            secret: string;
            headers: {
                [key: string]: string;
            };
            campaign_count?: number;
            config: components["schemas"]["WebhookConfig"];
            /** Format: uuid */
            team_id?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A webhook as returned by create; `events` is the boolean map and `secret` the signing secret, shown this once. */
        WebhookCreated: {
            /** @description Signing secret (Standard Webhooks `whsec_` + base64); verify deliveries with it. */
            secret?: string;
            headers?: {
                [key: string]: string;
            };
            /** @constant */
            object: "webhook";
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            name?: string | null;
            enabled: boolean;
            events: components["schemas"]["WebhookEventMap"];
            /** Format: uuid */
            team_id: string;
            /** Format: date-time */
            created_at: string;
        };
        WebhookListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Webhook"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["Webhook"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookCreatedResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["WebhookCreated"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookDelivery: {
            /** @constant */
            object: "webhook_delivery";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            event_id?: string | null;
            /** @description The payload's `type`, e.g. `reply`, `open`, `click`, `bounce`, `sent`, `unsubscribe`. */
            event_type: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed" | "retrying";
            attempt_count: number;
            /** @description Automatic attempts before the delivery is `failed` (5). */
            max_attempts: number;
            /** Format: date-time */
            last_attempt_at?: string | null;
            /** Format: date-time */
            next_retry_at?: string | null;
            /** Format: date-time */
            delivered_at?: string | null;
            /** @description HTTP status the receiver answered on the last attempt. */
            response_status?: number | null;
            response_time_ms?: number | null;
            error_message?: string | null;
            /** @description The JSON body POSTed to the webhook URL (free-form; always has a top-level `type`). */
            payload: {
                type: string;
            } & {
                [key: string]: unknown;
            };
            campaign?: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            contact?: {
                /** Format: uuid */
                id: string;
                /** Format: email */
                email: string;
                name?: string | null;
            } | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description A delivery with the receiver's last response. */
        WebhookDeliveryDetail: components["schemas"]["WebhookDelivery"] & {
            response_body: string | null;
            response_headers: {
                [key: string]: string;
            } | null;
        };
        WebhookDeliveryListResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["WebhookDelivery"][];
            pagination: components["schemas"]["Pagination"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookDeliveryResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["WebhookDelivery"];
            request_id: components["schemas"]["RequestId"];
        };
        WebhookDeliveryDetailResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["WebhookDeliveryDetail"];
            request_id: components["schemas"]["RequestId"];
        };
        HealthStatus: {
            /**
             * @description `degraded`: the process answers, but saving to its data file fails (see `reason`).
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** @description Why the status is `degraded`; present only then. */
            reason?: string;
            /** Format: date-time */
            timestamp: string;
            /** @description Process uptime in seconds. */
            uptime: number;
            version: string;
        };
        HealthResponse: {
            /** @constant */
            success: true;
            data: components["schemas"]["HealthStatus"];
            request_id: components["schemas"]["RequestId"];
        };
        /**
         * @description Contact status (pipeline stage); null = no status.
         * @enum {string|null}
         */
        V1Interest: "interested" | "not_interested" | "meeting_request" | "meeting_booked" | "customer" | "future" | "follow_up" | null;
        /**
         * @description Bounce category of a bounced contact, when available; null otherwise.
         * @enum {string|null}
         */
        V1BounceCategory: "invalid_recipient" | "policy_block" | "soft" | "unknown" | null;
        /**
         * @description When true (boolean `true` or string `"true"`), runs email verification when the contact profile is unvalidated or pending; already-validated profiles are skipped (no extra credits). Consumes verification credits. Default false.
         * @default false
         */
        V1ValidateEmails: boolean | ("true" | "false");
        /**
         * @description List Health level.
         * @enum {string}
         */
        V1RiskLevel: "SAFE" | "LOW" | "MEDIUM" | "HIGH" | "INVALID";
        /** @description A sending window in the campaign timezone. */
        V1SendingHours: {
            /** @description Window start, `HH:MM` (24 h). */
            start: string;
            /** @description Window end, `HH:MM` (24 h). */
            end: string;
        };
        /** @description Days of week to send: `{ monday: true, tuesday: true, ... }`. */
        V1SendingDays: {
            /** @description Send on Monday. */
            monday?: boolean;
            /** @description Send on Tuesday. */
            tuesday?: boolean;
            /** @description Send on Wednesday. */
            wednesday?: boolean;
            /** @description Send on Thursday. */
            thursday?: boolean;
            /** @description Send on Friday. */
            friday?: boolean;
            /** @description Send on Saturday. */
            saturday?: boolean;
            /** @description Send on Sunday. */
            sunday?: boolean;
        };
        /** @description Sequence step failure handling. */
        V1FailureConfiguration: {
            /**
             * @description What to do when a step fails.
             * @enum {string}
             */
            strategy?: "skip" | "retry" | "pause_contact" | "pause_campaign";
            /** @description Days to wait before retrying (strategy `retry`). */
            retryAfterDays?: number;
            /** @description Notify the team when a step fails. */
            notification?: boolean;
        } | null;
        /** @description A sequence node (React Flow node). Open object: editor keys such as `width`, `height`, `selected` are kept as sent. Email nodes carry `data.subject`/`data.body` (V1) or `data.subject_a`/`data.body_a`. */
        V1SequenceNode: {
            /** @description Node id, unique within the campaign. */
            id: string;
            /**
             * @description Node type, as on V2 (a campaign written on V1 is read on V2 too).
             * @enum {string}
             */
            type: "startNode" | "emailNode" | "waitNode" | "ifNode" | "stopNode" | "noteNode" | "linkedinProfileVisitNode" | "linkedinConnectionNode" | "linkedinConnectionWithMessageNode" | "linkedinMessageNode" | "linkedinLikeRecentPostNode" | "twitterFollowNode" | "twitterDMNode" | "twitterUnFollowNode" | "moveToAnotherCampaignNode";
            /** @description Step settings (free-form): `type` (numeric step type), `label`, `step_number`, `wait`, `wait_unit`, subject/body fields, ... */
            data?: {
                [key: string]: unknown;
            };
            /** @description Canvas position. */
            position?: {
                x: number;
                y: number;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A connection between two sequence nodes (React Flow edge; open object). */
        V1SequenceEdge: {
            /** @description Edge id. */
            id: string;
            /** @description Source node id. */
            source: string;
            /** @description Target node id. */
            target: string;
            /** @description Source handle (e.g. `true`/`false` branch of an ifNode). */
            sourceHandle?: string | null;
            /**
             * @description Edge type, as on V2.
             * @default buttonedge
             * @enum {string}
             */
            type?: "buttonedge";
        } & {
            [key: string]: unknown;
        };
        /** @description A campaign enrollment (Contact row) as V1 returns it. */
        V1Contact: {
            /**
             * Format: uuid
             * @description Contact (enrollment) id.
             */
            id: string;
            /** @description Email address (null for LinkedIn-only contacts). */
            email?: string | null;
            /** @description LinkedIn profile URL. */
            linkedin_url?: string | null;
            /** @description First name. */
            first_name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description Company name. */
            company_name?: string | null;
            /** @description Job title. */
            title?: string | null;
            /** @description Phone number. */
            phone?: string | null;
            /** @description City. */
            city?: string | null;
            /** @description State or province. */
            state?: string | null;
            /** @description Country. */
            country?: string | null;
            /** @description Company website. */
            company_url?: string | null;
            /** @description Industry. */
            industry?: string | null;
            /** @description Profile image URL. */
            image?: string | null;
            /** @description ID of the contact in an external system (CRM). */
            integration_contact_id?: string | null;
            /** @description Custom fields (free-form map). */
            custom?: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: uuid
             * @description Campaign of this enrollment (null for a profile-only create).
             */
            CampaignId?: string | null;
            /**
             * Format: uuid
             * @description Team id.
             */
            TeamId?: string;
            /**
             * Format: uuid
             * @description Organization id.
             */
            OrgId?: string;
            /**
             * Format: uuid
             * @description Team contact profile this enrollment belongs to.
             */
            ContactProfileId?: string | null;
            /**
             * Format: uuid
             * @description Active sender assigned to the contact.
             */
            SenderId?: string | null;
            interest?: components["schemas"]["V1Interest"];
            /** @description Contact is verified (approved to be sent to). */
            verified?: boolean;
            /** @description Email validation result; null = not validated. */
            valid?: boolean | null;
            /** @description Contact finished the sequence. */
            finished?: boolean;
            /** @description An appointment was booked. */
            appointment?: boolean;
            /** @description An email to the contact bounced. */
            bounced?: boolean;
            bounce_category?: components["schemas"]["V1BounceCategory"];
            /** @description The contact replied. */
            replied?: boolean;
            /** @description The contact opted out. */
            unsubscribed?: boolean;
            /** @description The contact opened an email. */
            opened?: boolean;
            /** @description The contact clicked a link. */
            clicked?: boolean;
            /** @description The contact is paused. */
            paused?: boolean;
            /** @description The contact is archived. */
            archived?: boolean;
            /** @description Current sequence node id. */
            node_id?: string | null;
            /** @description A/B test variant assigned to the contact. */
            variant?: string | null;
            /** @description Email provider of the contact's address. */
            email_provider?: string | null;
            /**
             * @description Queue status.
             * @enum {string}
             */
            status?: "idle" | "queued" | "processing";
            /**
             * Format: date-time
             * @description When the next sequence step is due.
             */
            next_step?: string | null;
            /**
             * Format: date-time
             * @description When the contact was paused.
             */
            paused_at?: string | null;
            /**
             * Format: date-time
             * @description When a paused contact resumes.
             */
            resume_at?: string | null;
            /** @description The last step failed. */
            failed?: boolean;
            /** @description Failure or pause reason. */
            reason?: string | null;
            /**
             * Format: date-time
             * @description When the last sequence node was processed.
             */
            last_node_processed_at?: string | null;
            /**
             * Format: date-time
             * @description Creation time.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last update time.
             */
            updatedAt: string;
        };
        /** @description A contact with its campaign and active sender (GET /v1/contact/{id}). */
        V1ContactDetail: components["schemas"]["V1Contact"] & {
            Campaign: {
                /**
                 * Format: uuid
                 * @description Campaign id.
                 */
                id: string;
                /** @description Campaign name. */
                name: string;
            };
            /** @description Active sender; null when none is assigned. */
            Sender?: {
                /**
                 * Format: uuid
                 * @description Sender id.
                 */
                id: string;
                /**
                 * Format: email
                 * @description Sender email address.
                 */
                email: string;
            } | null;
        };
        /** @description Per-contact sequence configuration; null when the contact has none. */
        V1ContactConfig: {
            /**
             * Format: uuid
             * @description Config id.
             */
            id: string;
            /** @description Configuration entries (per-step overrides); shape not documented. */
            config: Record<string, never>[];
        } | null;
        /** @description A label attached to a contact profile. */
        V1ProfileLabel: {
            /**
             * Format: uuid
             * @description Label id.
             */
            id: string;
            /** @description Label name (lowercase). */
            name: string;
            /** @description Hex color, e.g. `#22c55e`. */
            color?: string | null;
            /**
             * @description What the label applies to.
             * @enum {string}
             */
            applies_to?: "contact" | "both";
        };
        /** @description A team contact profile ("All Contacts" row) with its labels. */
        V1ContactProfile: {
            /**
             * Format: uuid
             * @description ContactProfile id.
             */
            id: string;
            /** @description Email address (null for LinkedIn-only contacts). */
            email?: string | null;
            /** @description LinkedIn profile URL. */
            linkedin_url?: string | null;
            /** @description First name. */
            first_name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description Company name. */
            company_name?: string | null;
            /** @description Job title. */
            title?: string | null;
            /** @description Phone number. */
            phone?: string | null;
            /** @description City. */
            city?: string | null;
            /** @description State or province. */
            state?: string | null;
            /** @description Country. */
            country?: string | null;
            /** @description Company website. */
            company_url?: string | null;
            /** @description Industry. */
            industry?: string | null;
            /** @description Profile image URL. */
            image?: string | null;
            /** @description ID of the contact in an external system (CRM). */
            integration_contact_id?: string | null;
            /** @description Custom fields (free-form map). */
            custom?: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: uuid
             * @description Team id.
             */
            TeamId?: string;
            /**
             * Format: uuid
             * @description Organization id.
             */
            OrgId?: string;
            /** @description Labels attached to the profile. */
            labels: components["schemas"]["V1ProfileLabel"][];
            /**
             * @description Always `contact_profile`.
             * @constant
             */
            __source: "contact_profile";
            /**
             * Format: date-time
             * @description Creation time.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Last update time.
             */
            updatedAt?: string;
        };
        /** @description One campaign enrollment of a contact profile. */
        V1AssociatedCampaign: {
            /**
             * Format: uuid
             * @description Campaign id.
             */
            id: string;
            /** @description Campaign name. */
            name: string;
            /**
             * Format: uuid
             * @description Enrollment Contact row id.
             */
            ContactId: string;
            /**
             * Format: date-time
             * @description When the enrollment was created (the list is sorted newest first).
             */
            contactCreatedAt: string;
            /** @description Replied in this enrollment. */
            replied?: boolean;
            /** @description Bounced in this enrollment. */
            bounced?: boolean;
            /** @description Opted out in this enrollment. */
            unsubscribed?: boolean;
            /** @description Opened an email of this enrollment. */
            opened?: boolean;
            /** @description Clicked a link of this enrollment. */
            clicked?: boolean;
            /** @description Finished the sequence. */
            finished?: boolean;
            /** @description Appointment booked. */
            appointment?: boolean;
            interest?: components["schemas"]["V1Interest"];
            /**
             * @description Queue status.
             * @enum {string}
             */
            status?: "idle" | "queued" | "processing";
            /**
             * Format: date-time
             * @description When the next sequence step is due.
             */
            next_step?: string | null;
            /**
             * Format: date-time
             * @description When the enrollment was paused.
             */
            paused_at?: string | null;
            /**
             * Format: date-time
             * @description When a paused enrollment resumes.
             */
            resume_at?: string | null;
            /** @description The last step failed. */
            failed?: boolean;
            /** @description Failure or pause reason. */
            reason?: string | null;
            /**
             * Format: date-time
             * @description When the last sequence node was processed.
             */
            last_node_processed_at?: string | null;
        };
        /** @description At least one of `email` or `linkedin_url` is required. */
        V1CreateContactRequest: {
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId: string;
            /**
             * Format: uuid
             * @description Campaign to enroll the contact in; omit for a profile-only create (no enrollment row).
             */
            CampaignId?: string;
            /**
             * Format: email
             * @description Email address. At least one of `email` or `linkedin_url` identifies the contact.
             */
            email?: string;
            /** @description LinkedIn profile URL, e.g. `https://www.linkedin.com/in/joepaul`. */
            linkedin_url?: string;
            /** @description First name. */
            first_name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description Company name. */
            company_name?: string | null;
            /** @description Job title. */
            title?: string | null;
            /** @description Phone number. */
            phone?: string | null;
            /** @description City. */
            city?: string | null;
            /** @description State or province. */
            state?: string | null;
            /** @description Country. */
            country?: string | null;
            /** @description Company website. */
            company_url?: string | null;
            /** @description Industry. */
            industry?: string | null;
            /** @description Profile image URL. */
            image?: string | null;
            /** @description ID of the contact in an external system (CRM). */
            integration_contact_id?: string | null;
            /** @description Custom fields: a free-form map of field name to value (open; any keys accepted). */
            custom?: {
                [key: string]: unknown;
            };
            /** @description Label names to attach to the profile; matched case-insensitively to existing `contact`/`both` labels, unknown names ignored. */
            labels?: string[];
            validate_emails?: components["schemas"]["V1ValidateEmails"];
        };
        V1UpdateContactRequest: {
            /**
             * Format: email
             * @description Email address. At least one of `email` or `linkedin_url` identifies the contact.
             */
            email?: string;
            /** @description LinkedIn profile URL, e.g. `https://www.linkedin.com/in/joepaul`. */
            linkedin_url?: string;
            /** @description First name. */
            first_name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description Company name. */
            company_name?: string | null;
            /** @description Job title. */
            title?: string | null;
            /** @description Phone number. */
            phone?: string | null;
            /** @description City. */
            city?: string | null;
            /** @description State or province. */
            state?: string | null;
            /** @description Country. */
            country?: string | null;
            /** @description Company website. */
            company_url?: string | null;
            /** @description Industry. */
            industry?: string | null;
            /** @description Profile image URL. */
            image?: string | null;
            /** @description ID of the contact in an external system (CRM). */
            integration_contact_id?: string | null;
            /** @description Custom fields: a free-form map of field name to value (open; any keys accepted). */
            custom?: {
                [key: string]: unknown;
            };
            interest?: components["schemas"]["V1Interest"];
            validate_emails?: components["schemas"]["V1ValidateEmails"];
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId?: string;
            /**
             * Format: uuid
             * @description Campaign identifier of the enrollment.
             */
            CampaignId?: string;
        };
        /** @description V1 contact filters (all optional; combined with AND). */
        V1ContactFilters: {
            /** @description Search in email, name and company. */
            search?: string;
            /** @description Filter by verified status. */
            verified?: boolean;
            /** @description Filter by email validation status (true = passed validation). */
            validated?: boolean;
            /** @description Filter by finished status. */
            finished?: boolean;
            /** @description Filter by appointment status. */
            appointment?: boolean;
            /** @description Filter by bounced status. */
            bounced?: boolean;
            /** @description Filter by replied status. */
            replied?: boolean;
            /** @description Filter by unsubscribed status. */
            unsubscribed?: boolean;
            /** @description Filter by paused status. */
            paused?: boolean;
            /** @description Filter contacts with (true) or without (false) an email. */
            has_email?: boolean;
            /** @description Filter contacts with (true) or without (false) a LinkedIn URL. */
            has_linkedin?: boolean;
            /** @description Filter contacts with pending tasks. */
            has_task?: boolean;
            /** @description Filter contacts that started (true) or have not started (false) the sequence. */
            started_sequence?: boolean;
            /** @description Filter by current sequence node id. */
            node_id?: string;
            /** @description Filter by interest level (contact status): one of interested, not_interested, meeting_request, meeting_booked, customer, future, follow_up. */
            interest?: string;
            /** @description Filter by A/B test variant. */
            variant?: string;
            /** @description Filter by email provider (e.g. `google`, `outlook`). */
            email_provider?: string;
            /** @description Filter by assigned sender IDs. */
            senderIds?: string[];
            /** @description Filter by conversation label IDs. */
            reply_labels?: string[];
            /** @description Filter by custom field values; each entry matches contacts whose `custom[key]` equals `value`. */
            customs?: {
                /** @description Custom field name. */
                key: string;
                /** @description Value to match. */
                value: string | number | boolean;
            }[];
        };
        V1ContactListRequest: {
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId: string;
            /**
             * Format: uuid
             * @description Filter by campaign.
             */
            CampaignId?: string;
            /**
             * @description Results per page (default 50, max 100).
             * @default 50
             */
            limit?: number;
            /**
             * @description Number of results to skip.
             * @default 0
             */
            offset?: number;
            /** @description Search in email, name and company. */
            search?: string;
            /** @description Filter by verified status. */
            verified?: boolean;
            /** @description Filter by email validation status (true = passed validation). */
            validated?: boolean;
            /** @description Filter by finished status. */
            finished?: boolean;
            /** @description Filter by appointment status. */
            appointment?: boolean;
            /** @description Filter by bounced status. */
            bounced?: boolean;
            /** @description Filter by replied status. */
            replied?: boolean;
            /** @description Filter by unsubscribed status. */
            unsubscribed?: boolean;
            /** @description Filter by paused status. */
            paused?: boolean;
            /** @description Filter contacts with (true) or without (false) an email. */
            has_email?: boolean;
            /** @description Filter contacts with (true) or without (false) a LinkedIn URL. */
            has_linkedin?: boolean;
            /** @description Filter contacts with pending tasks. */
            has_task?: boolean;
            /** @description Filter contacts that started (true) or have not started (false) the sequence. */
            started_sequence?: boolean;
            /** @description Filter by current sequence node id. */
            node_id?: string;
            /** @description Filter by interest level (contact status): one of interested, not_interested, meeting_request, meeting_booked, customer, future, follow_up. */
            interest?: string;
            /** @description Filter by A/B test variant. */
            variant?: string;
            /** @description Filter by email provider (e.g. `google`, `outlook`). */
            email_provider?: string;
            /** @description Filter by assigned sender IDs. */
            senderIds?: string[];
            /** @description Filter by conversation label IDs. */
            reply_labels?: string[];
            /** @description Filter by custom field values; each entry matches contacts whose `custom[key]` equals `value`. */
            customs?: {
                /** @description Custom field name. */
                key: string;
                /** @description Value to match. */
                value: string | number | boolean;
            }[];
        };
        /** @description One contact row of a bulk upload; at least one of `email` or `linkedin_url`. */
        V1BulkContactItem: {
            /**
             * Format: email
             * @description Email address. At least one of `email` or `linkedin_url` identifies the contact.
             */
            email?: string;
            /** @description LinkedIn profile URL, e.g. `https://www.linkedin.com/in/joepaul`. */
            linkedin_url?: string;
            /** @description First name. */
            first_name?: string | null;
            /** @description Last name. */
            last_name?: string | null;
            /** @description Company name. */
            company_name?: string | null;
            /** @description Job title. */
            title?: string | null;
            /** @description Phone number. */
            phone?: string | null;
            /** @description City. */
            city?: string | null;
            /** @description State or province. */
            state?: string | null;
            /** @description Country. */
            country?: string | null;
            /** @description Company website. */
            company_url?: string | null;
            /** @description Industry. */
            industry?: string | null;
            /** @description Profile image URL. */
            image?: string | null;
            /** @description ID of the contact in an external system (CRM). */
            integration_contact_id?: string | null;
            /** @description Custom fields: a free-form map of field name to value (open; any keys accepted). */
            custom?: {
                [key: string]: unknown;
            };
        };
        V1BulkContactsRequest: {
            /** @description Contacts to import (1 to 10,000). */
            contacts: components["schemas"]["V1BulkContactItem"][];
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId: string;
            /**
             * Format: uuid
             * @description Campaign to enroll the contacts in.
             */
            CampaignId: string;
            validate_emails?: components["schemas"]["V1ValidateEmails"];
        };
        /** @description `transfer` requires `to_campaign_id`; `assign_step` requires `node_id` and `step_number`; `reassign_active_sender` takes `sender_id`. Contacts are selected by `contact_ids`, or by `filters` when `contact_ids` is omitted. */
        V1BulkActionRequest: {
            /**
             * @description get_contacts: get contacts matching filters; verify_contacts / unverify_contacts: mark verified / unverified; verify_passed_email_validation: verify contacts that passed email validation; unverify_failed_email_validation: unverify contacts that failed it; restart: restart contacts in the sequence; finish / unfinish: mark finished / not finished; resume: resume paused contacts; archive_unverified: archive unverified contacts; archive_all: archive the selected contacts; unarchive: unarchive contacts; transfer: move to another campaign (requires to_campaign_id); reassign_active_sender: reassign the active sender; assign_step: put contacts on a sequence step (requires node_id and step_number).
             * @enum {string}
             */
            action: "get_contacts" | "verify_contacts" | "unverify_contacts" | "verify_passed_email_validation" | "unverify_failed_email_validation" | "restart" | "finish" | "unfinish" | "resume" | "archive_unverified" | "archive_all" | "unarchive" | "transfer" | "reassign_active_sender" | "assign_step";
            /**
             * Format: uuid
             * @description Campaign the contacts belong to (source campaign for `transfer`).
             */
            campaign_id: string;
            /** @description Contacts to act on. */
            contact_ids?: string[];
            /**
             * Format: uuid
             * @description Target campaign (`transfer`).
             */
            to_campaign_id?: string;
            /** @description Sequence node to assign (`assign_step`). */
            node_id?: string;
            /** @description Step number of that node (`assign_step`). */
            step_number?: number;
            /**
             * Format: uuid
             * @description Sender to make active (`reassign_active_sender`); null or omitted clears the active sender.
             */
            sender_id?: string | null;
            filters?: components["schemas"]["V1ContactFilters"];
        } & (unknown & unknown);
        /** @description A campaign as V1 returns it. */
        V1Campaign: {
            /**
             * Format: uuid
             * @description Campaign id.
             */
            id: string;
            /** @description Campaign name. */
            name: string;
            /**
             * @description 1 = active (running), 2 = inactive (paused).
             * @enum {integer}
             */
            status: 1 | 2;
            /** @description Draft status. */
            is_draft?: boolean;
            /** @description Uses the legacy (V1) sequence editor. */
            legacy_sequence?: boolean;
            /** @description Archived (soft-deleted). */
            archived?: boolean;
            /** @description Warm-up mode. */
            warm?: boolean;
            /** @description Tracking domain. */
            track_domain?: string | null;
            /** @description Open and click tracking enabled. */
            track?: boolean;
            /**
             * Format: uuid
             * @description Campaign category (folder) ID.
             */
            category_id?: string | null;
            /**
             * Format: uuid
             * @description Team id.
             */
            TeamId?: string;
            /**
             * Format: uuid
             * @description Organization id.
             */
            OrgId?: string;
            /**
             * Format: uuid
             * @description User who created the campaign.
             */
            user_id?: string | null;
            /**
             * Format: uuid
             * @description Template the campaign was created from.
             */
            templateId?: string | null;
            /** @description LinkedIn identity used by the campaign. */
            LinkedinId?: string | null;
            /** @description Senders assigned to the campaign. */
            SenderIds?: string[];
            /** @description Sequence nodes. */
            nodes?: components["schemas"]["V1SequenceNode"][];
            /** @description Sequence edges. */
            edges?: components["schemas"]["V1SequenceEdge"][];
            /** @description Custom variable definitions for contacts. */
            custom_variables?: (string | Record<string, never>)[];
            /** @description Schedule timezone. */
            timezone?: string | null;
            /** @description Days of week to send: `{monday: true, ...}` or ISO weekday numbers `[1, 2, 3, 4, 5]`. */
            days?: {
                monday?: boolean;
                tuesday?: boolean;
                wednesday?: boolean;
                thursday?: boolean;
                friday?: boolean;
                saturday?: boolean;
                sunday?: boolean;
            } | number[] | null;
            /** @description Sending hours windows. */
            hours?: components["schemas"]["V1SendingHours"][];
            /**
             * Format: date-time
             * @description Campaign start date.
             */
            start?: string | null;
            /**
             * Format: date-time
             * @description Campaign end date.
             */
            end?: string | null;
            /** @description Max emails per day from all senders; null = no campaign limit. */
            max_per_day?: number | null;
            /** @description List Health levels sent to; null = all. */
            send_to_risk_levels?: components["schemas"]["V1RiskLevel"][] | null;
            /** @description BCC addresses. */
            bcc?: string[] | null;
            /** @description BCC applies to replies only. */
            bcc_replies_only?: boolean;
            /** @description Opt-out link enabled. */
            unsubscribe?: boolean;
            /** @description Opt-out keyword / message. */
            unsubscribe_message?: string | null;
            /** @description Blacklist on opt-out. */
            blacklistIfUnsubscribe?: boolean;
            /** @description Blacklist on bounce. */
            blacklistIfBounced?: boolean;
            /** @description Blacklist the domain on reply. */
            blacklistDomainOnReply?: boolean;
            /** @description List-Unsubscribe header enabled. */
            list_unsubscribe_header?: boolean;
            failureConfiguration?: components["schemas"]["V1FailureConfiguration"];
            /** @description Number of contacts in the campaign. */
            contact_count?: number;
            /**
             * Format: date-time
             * @description Creation time.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last update time.
             */
            updatedAt: string;
        };
        /** @description A campaign row of the V1 overview; metric fields are present when `includeMetrics=true`. */
        V1CampaignOverview: components["schemas"]["V1Campaign"] & {
            /** @description Contacts that were sent at least one step. */
            contactedCount?: number;
            /** @description Opens. */
            openCount?: number;
            /** @description Replies. */
            replyCount?: number;
            /** @description Emails sent. */
            emailSentCount?: number;
            /** @description LinkedIn messages sent. */
            linkedInSentCount?: number;
            /** @description Bounces (all categories). */
            bounces?: number;
            /** @description Bounces of category invalid_recipient. */
            invalidRecipientBounces?: number;
            /** @description Bounces of category policy_block. */
            policyBlockBounces?: number;
            /** @description Bounces of category soft. */
            softBounces?: number;
            /** @description Opt-outs. */
            opt_outs?: number;
            /** @description Contacts in the campaign. */
            contactCount?: number;
            /** @description Verified contacts in the campaign. */
            verifiedContactCount?: number;
        };
        V1CreateCampaignRequest: {
            /** @description Campaign name. */
            name: string;
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId: string;
            /** @description Tracking domain (team default used if omitted). */
            track_domain?: string | null;
            /** @description Enable open and click tracking. When false, no pixels or link rewrites; replies and bounces are still tracked. */
            track?: boolean;
            /**
             * Format: uuid
             * @description Campaign category (folder) ID; null uncategorizes.
             */
            category_id?: string | null;
            /** @description Sequence nodes. */
            nodes?: components["schemas"]["V1SequenceNode"][];
            /** @description Sequence edges (connections between nodes). */
            edges?: components["schemas"]["V1SequenceEdge"][];
            /** @description Draft status. */
            is_draft?: boolean;
            /** @description List Health levels to send to; null = send to all. */
            send_to_risk_levels?: components["schemas"]["V1RiskLevel"][] | null;
            /** @description BCC email addresses. */
            bcc?: string[] | null;
            /** @description When true, BCC only applies to reply emails. */
            bcc_replies_only?: boolean;
            /** @description Campaign schedule timezone (IANA name, e.g. `America/Los_Angeles`). */
            timezone?: string;
            days?: components["schemas"]["V1SendingDays"];
            /** @description Sending hours windows. */
            hours?: components["schemas"]["V1SendingHours"][];
            /**
             * Format: date-time
             * @description Campaign start date (ISO 8601).
             */
            start?: string | null;
            /**
             * Format: date-time
             * @description Campaign end date (ISO 8601).
             */
            end?: string | null;
            /** @description Enable opt-out link in emails. */
            unsubscribe?: boolean;
            /** @description Keyword to detect opt-out in replies. */
            unsubscribe_message?: string | null;
            /** @description Add contact to blacklist when they opt out. */
            blacklistIfUnsubscribe?: boolean;
            /** @description Add contact to blacklist when email bounces. */
            blacklistIfBounced?: boolean;
            /** @description Blacklist contact domain when a reply is received. */
            blacklistDomainOnReply?: boolean;
            /** @description Add List-Unsubscribe header to emails. */
            list_unsubscribe_header?: boolean;
            failureConfiguration?: components["schemas"]["V1FailureConfiguration"];
            /** @description Custom variable definitions for contacts. */
            custom_variables?: (string | Record<string, never>)[];
            /**
             * Format: uuid
             * @description Template used to create this campaign.
             */
            templateId?: string;
        };
        V1UpdateCampaignRequest: {
            /** @description Campaign name. */
            name?: string;
            /**
             * @description Status (1 = ACTIVE, 2 = INACTIVE).
             * @enum {integer}
             */
            status?: 1 | 2;
            /** @description Max emails per day from all senders (1–100000); null = no campaign limit. */
            max_per_day?: number | null;
            /** @description Tracking domain (team default used if omitted). */
            track_domain?: string | null;
            /** @description Enable open and click tracking. When false, no pixels or link rewrites; replies and bounces are still tracked. */
            track?: boolean;
            /**
             * Format: uuid
             * @description Campaign category (folder) ID; null uncategorizes.
             */
            category_id?: string | null;
            /** @description Sequence nodes. */
            nodes?: components["schemas"]["V1SequenceNode"][];
            /** @description Sequence edges (connections between nodes). */
            edges?: components["schemas"]["V1SequenceEdge"][];
            /** @description Draft status. */
            is_draft?: boolean;
            /** @description List Health levels to send to; null = send to all. */
            send_to_risk_levels?: components["schemas"]["V1RiskLevel"][] | null;
            /** @description BCC email addresses. */
            bcc?: string[] | null;
            /** @description When true, BCC only applies to reply emails. */
            bcc_replies_only?: boolean;
            /** @description Campaign schedule timezone (IANA name, e.g. `America/Los_Angeles`). */
            timezone?: string;
            days?: components["schemas"]["V1SendingDays"];
            /** @description Sending hours windows. */
            hours?: components["schemas"]["V1SendingHours"][];
            /**
             * Format: date-time
             * @description Campaign start date (ISO 8601).
             */
            start?: string | null;
            /**
             * Format: date-time
             * @description Campaign end date (ISO 8601).
             */
            end?: string | null;
            /** @description Enable opt-out link in emails. */
            unsubscribe?: boolean;
            /** @description Keyword to detect opt-out in replies. */
            unsubscribe_message?: string | null;
            /** @description Add contact to blacklist when they opt out. */
            blacklistIfUnsubscribe?: boolean;
            /** @description Add contact to blacklist when email bounces. */
            blacklistIfBounced?: boolean;
            /** @description Blacklist contact domain when a reply is received. */
            blacklistDomainOnReply?: boolean;
            /** @description Add List-Unsubscribe header to emails. */
            list_unsubscribe_header?: boolean;
            failureConfiguration?: components["schemas"]["V1FailureConfiguration"];
            /** @description Warm-up mode. */
            warm?: boolean;
            /** @description LinkedIn identity (account) to use. */
            LinkedinId?: string;
            /** @description Senders to assign to the campaign (replaces the set). */
            SenderIds?: string[];
            /**
             * Format: uuid
             * @description Team identifier.
             */
            TeamId?: string;
            /**
             * Format: uuid
             * @description Campaign identifier (same as the path id).
             */
            CampaignId?: string;
        };
        /**
         * @description A contact of the secret-key Contacts API (bare resource).
         * @example {
         *       "id": "b8e2d0f4-1c3a-4e6b-8f9d-2a7c5e1b3d90",
         *       "email": "ada@lovelace-analytics.com",
         *       "data": {
         *         "firstName": "Ada",
         *         "plan": "pro"
         *       },
         *       "subscribed": true,
         *       "projectId": "3f0c9a8e-5b7d-4c21-9e4a-0d6b2f1a7c55",
         *       "createdAt": "2026-06-01T09:15:27.482Z",
         *       "updatedAt": "2026-06-02T11:02:10.007Z"
         *     }
         */
        SkContact: {
            /**
             * Format: uuid
             * @description Contact ID (UUID v4).
             */
            id: string;
            /** @description Email address, stored trimmed and lowercased (format not validated). */
            email: string;
            /** @description Free-form custom fields (open map); `null` when there are none (never `{}` after a write). */
            data: {
                [key: string]: unknown;
            } | null;
            /** @description Subscription status for marketing emails (`true` by default). */
            subscribed: boolean;
            /**
             * Format: uuid
             * @description The project the contact belongs to.
             */
            projectId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description Probably present in the newest builds of the real service; sendbox emits it only behind a flag.
             */
            snoozedUntil?: string | null;
        };
        /** @description The contact plus `_meta` telling whether the upsert created or updated it. */
        SkContactWriteResult: components["schemas"]["SkContact"] & {
            _meta: {
                /** @description `true` when the contact was created (HTTP 201). */
                isNew: boolean;
                /** @description `true` when an existing contact was updated (HTTP 200). Always the opposite of `isNew`. */
                isUpdate: boolean;
            };
        };
        SkContactList: {
            data: components["schemas"]["SkContact"][];
            /** @description Count of all matching contacts on the first page (no cursor); `0` on pages requested with a cursor. */
            total: number;
            /** @description Id of the last returned contact, to pass as `cursor` next. Left out when `hasMore` is false. */
            cursor?: string;
            /** @description `true` when additional pages are available. */
            hasMore: boolean;
        };
        SkJobQueued: {
            /** @description Confirmation message. */
            message: string;
            /** @description Job id to poll for status. */
            jobId: string;
        };
        SkImportResult: {
            /** @description Data rows parsed (header not counted). */
            totalRows: number;
            /** @description `createdCount + updatedCount`. */
            successCount: number;
            createdCount: number;
            updatedCount: number;
            failureCount: number;
            errors: {
                /** @description 1-based line number in the file, the header being line 1. */
                row: number;
                email: string;
                /** @description e.g. `Email is required`, `Invalid email format`, `Locale must be a string`. */
                error: string;
            }[];
        };
        SkImportJob: {
            id: string;
            /** @enum {string} */
            state: "waiting" | "active" | "delayed" | "completed" | "failed";
            progress: number;
            /** @description `null` until `completed` (and on `failed`). */
            result: null | components["schemas"]["SkImportResult"];
            /** @description The raw job payload. */
            data: {
                /** Format: uuid */
                projectId: string;
                /** @description The whole uploaded file, base64-encoded. */
                csvData: string;
                filename: string;
            };
            /** @description Present only after a failed attempt (also while `delayed` before the retry). */
            failedReason?: string;
        };
        SkBulkIdsSelector: {
            /** @constant */
            mode: "ids";
            /** @description Contact IDs to act on (1–1,000; duplicates count as failures). */
            contactIds: string[];
        };
        SkBulkQuerySelector: {
            /** @constant */
            mode: "query";
            /** @description Which contacts to act on; empty or absent means every contact of the project. */
            filter?: {
                /** @description Case-insensitive substring of the email. */
                search?: string;
                /** @description Only contacts with this subscription state. */
                subscribed?: boolean;
            };
            /** @description Contact IDs to leave out. */
            excludeIds?: string[];
        };
        /** @description Selects the contacts of a bulk action, by explicit ids or by query. */
        SkBulkActionRequest: components["schemas"]["SkBulkIdsSelector"] | components["schemas"]["SkBulkQuerySelector"];
        SkBulkResult: {
            /** @enum {string} */
            operation: "subscribe" | "unsubscribe" | "delete";
            /** @description ids mode: length of `contactIds` (duplicates included); query mode: matches when the job started. */
            totalRequested: number;
            /** @description Contacts actually changed (flipped or deleted). */
            successCount: number;
            /** @description Contacts already in the target state; always 0 for delete. */
            unchangedCount: number;
            /** @description Ids not found, in another project, or duplicated, plus whole failed batches. */
            failureCount: number;
            /** @description Whole-batch failures only (`contactId` `batch`, `email` empty). */
            errors: {
                contactId: string;
                email: string;
                error: string;
            }[];
        };
        SkBulkJob: {
            id: string;
            /** @enum {string} */
            state: "waiting" | "active" | "delayed" | "completed" | "failed";
            progress: number;
            /** @description `null` until `completed`. */
            result: null | components["schemas"]["SkBulkResult"];
            /** @description The raw job payload. */
            data: {
                /** Format: uuid */
                projectId: string;
                /** @enum {string} */
                operation: "subscribe" | "unsubscribe" | "delete";
                /** @description The selector as validated (`filter` defaults to `{}` in query mode). */
                selector: {
                    /** @enum {string} */
                    mode: "ids" | "query";
                    contactIds?: string[];
                    filter?: {
                        search?: string;
                        subscribed?: boolean;
                    };
                    excludeIds?: string[];
                };
            };
            /** @description Present only after a failed attempt. */
            failedReason?: string;
        };
    };
    responses: {
        /** @description The request is invalid; `param` names the field at fault. */
        V2BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description The API key is missing or not recognised. */
        V2Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description Not enough email-verification credits. */
        V2PaymentRequired: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description The key's user may not access this team or resource. */
        V2Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description The resource does not exist (code `<resource>_not_found`), or the route is unknown. */
        V2NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description The request conflicts with the resource's current state. */
        V2Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description The request body is larger than the sandbox accepts. */
        V2PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description Too much work is queued (rows in this workspace, or rows or bytes across the sandbox); retry after the time in `Retry-After`, once queued uploads have been processed. */
        V2TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /** @description An unexpected server error. */
        V2ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V2Error"];
            };
        };
        /**
         * @description Service temporarily unavailable. This is also what the load balancer answers, with no body,
         *     when a client goes over the infrastructure rate limits (50 req/s, 20 connections, 3,000 req/min).
         */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request is invalid. */
        V1BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description The API key is missing or not recognised. */
        V1Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description The resource does not exist. */
        V1NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description The request conflicts with the resource's current state. */
        V1Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description The key's user may not access this team. */
        V1Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description The request body is larger than the sandbox accepts. */
        V1PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description Rate limited. */
        V1TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /** @description An unexpected server error. */
        V1ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1Error"];
            };
        };
        /**
         * @description The request is invalid. Operations marked `x-sandbox-validation-error: flat` answer `{"error": "..."}`;
         *     the others, and malformed JSON, answer the envelope with code `VALIDATION_ERROR`.
         */
        PlunkBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkFlatError"] | components["schemas"]["PlunkErrorEnvelope"];
            };
        };
        /** @description Missing, malformed, unknown or public (`pk_…`) key. */
        PlunkUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkErrorEnvelope"];
            };
        };
        /** @description The project is disabled (writes only). */
        PlunkForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkErrorEnvelope"];
            };
        };
        /** @description The contact is not in this project (the real service reports code `INTERNAL_SERVER_ERROR` with status 404). */
        PlunkNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkErrorEnvelope"];
            };
        };
        /** @description The job does not exist, belongs to another project, or was pruned. */
        PlunkJobNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkFlatError"];
            };
        };
        /** @description Another contact of the project already has that email. */
        PlunkConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkErrorEnvelope"];
            };
        };
        /** @description The body or uploaded file is larger than allowed (the real service answers 500 here; sendbox answers 413). */
        PlunkPayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkErrorEnvelope"];
            };
        };
        /** @description Contact write rate limit exceeded. */
        PlunkTooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkErrorEnvelope"];
            };
        };
        /** @description An unexpected server error. */
        PlunkServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PlunkErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @description Results per page. */
        Limit: number;
        /** @description Number of results to skip. */
        Offset: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's id; on V2 the same value as the body's `request_id`.
         * @example req_a1b2c3d4e5f6789012345678
         */
        RequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTeams: {
        parameters: {
            query: {
                /** @description Results per page (default 20, max 100). */
                limit: number;
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
                /** @description Filter by team name (case-insensitive substring). */
                search?: string;
                /** @description `"true"` returns every team in the organization (org admins only); default `"false"`. */
                all: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teams. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Team"][];
                        pagination: components["schemas"]["Pagination"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamCreateRequest"];
            };
        };
        responses: {
            /** @description The created team. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated team. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTeamUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's usage. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["TeamUsage"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContacts: {
        parameters: {
            query: {
                /** @description Team identifier. */
                TeamId: string;
                /** @description Filter by campaign. */
                CampaignId?: string;
                /** @description Search in email, name and company. */
                search?: string;
                /**
                 * @description Filter by contact status. Values: interested, not_interested, meeting_request, meeting_booked,
                 *     customer, future, follow_up. Comma-separated for multiple. Empty selects contacts with no status.
                 * @example interested,meeting_booked
                 */
                interest?: string;
                /** @description Include deleted contacts. */
                deleted: boolean;
                /** @description Exact email filter (case-insensitive). */
                email?: string;
                /** @description `last_activity` (latest event first), `last_activity_asc` (oldest activity first) or `last_updated` (most recently updated first). */
                sort_by?: "last_activity" | "last_activity_asc" | "last_updated";
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Contact"][];
                        pagination: components["schemas"]["Pagination"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreateRequest"];
            };
        };
        responses: {
            /** @description The enrollment (with `CampaignId`) or the team contact profile (without). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Contact"] | components["schemas"]["ContactProfile"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteContactByIdentifier: {
        parameters: {
            query: {
                /** @description Team identifier. */
                TeamId: string;
                /** @description Restrict the delete to this campaign's enrollment. */
                CampaignId?: string;
                /** @description Email of the contact to delete (one of `email` or `linkedin_url` is required). */
                email?: string;
                /**
                 * @description LinkedIn profile URL of the contact to delete (one of `email` or `linkedin_url` is required).
                 * @example https://linkedin.com/in/johndoe
                 */
                linkedin_url?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    bulkCreateContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkContactsRequest"];
                "multipart/form-data": components["schemas"]["BulkContactsCsvRequest"];
            };
        };
        responses: {
            /** @description The upload was accepted and will be processed asynchronously. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["BulkUpload"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            429: components["responses"]["V2TooManyRequests"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact (enrollment) id. Not a ContactProfile id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact (enrollment) id. Not a ContactProfile id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact (enrollment) id. Not a ContactProfile id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated contact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            409: components["responses"]["V2Conflict"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listContactInboxLinkClicks: {
        parameters: {
            query: {
                /** @description Filter to a team (defaults to the contact's team). */
                team_id?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /** @description Contact (enrollment) id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of click events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            clicks: components["schemas"]["ContactInboxLinkClick"][];
                            pagination: components["schemas"]["Pagination"];
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailValidationRequest"];
            };
        };
        responses: {
            /** @description The verification result. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["EmailValidationResult"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            402: components["responses"]["V2PaymentRequired"];
            403: components["responses"]["V2Forbidden"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLabels: {
        parameters: {
            query: {
                /** @description Team identifier. */
                team_id: string;
                /** @description Filter by label name (case-insensitive substring). */
                search?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of labels. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Label"][];
                        pagination: components["schemas"]["Pagination"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createLabel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LabelCreateRequest"];
            };
        };
        responses: {
            /** @description The created (or restored) label. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            409: components["responses"]["V2Conflict"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Label id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Label id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Label id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LabelUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated label. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            409: components["responses"]["V2Conflict"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCampaigns: {
        parameters: {
            query: {
                /** @description Team identifier. */
                TeamId: string;
                /** @description Search in campaign name or track_domain. */
                search?: string;
                /** @description Filter by status (1=active, 2=inactive). */
                status?: 1 | 2;
                /** @description Include archived campaigns ("true" or "false", default "false"). */
                archived: "true" | "false";
                /** @description Sort field: newest (default), oldest, last_modified, name. */
                sortBy: "newest" | "oldest" | "last_modified" | "name";
                /** @description Include subsequence (child) campaigns, which are excluded by default. */
                include_subsequences: boolean;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"][];
                        pagination: components["schemas"]["Pagination"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignCreateRequest"];
            };
        };
        responses: {
            /** @description The campaign was created (inactive draft). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign was archived, or (draft) permanently deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignArchiveResult"] | components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            409: components["responses"]["V2Conflict"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCampaignSubsequences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Parent campaign ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subsequences of the campaign (possibly empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Campaign"][];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCampaignParent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parent link of the campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["CampaignParentInfo"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCampaignInboxLinkClicks: {
        parameters: {
            query: {
                /** @description Page number (default 1). */
                page: number;
                /** @description Results per page (default 25, max 100). */
                limit: number;
                /** @description Filter to a specific contact. */
                contact_id?: string;
                /** @description Earliest click timestamp (ISO 8601). */
                date_from?: string;
                /** @description Latest click timestamp (ISO 8601). */
                date_to?: string;
                /** @description When true, return only the first click per (contact, link, UTC day). */
                first_only: boolean;
            };
            header?: never;
            path: {
                /** @description Campaign ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inbox reply link clicks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["CampaignInboxLinkClickPage"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query: {
                /** @description Team identifier; omitted = all the user's teams. */
                TeamId?: string;
                /** @description Only events of this campaign. */
                CampaignId?: string;
                /** @description Only events of this contact. */
                ContactId?: string;
                /** @description Only events of this sender. */
                SenderId?: string;
                /** @description Event type. */
                type?: "scheduled" | "sent" | "open" | "reply" | "click" | "bounce" | "unsubscribe" | "contact_added" | "upload_completed" | "bulk_action" | "autoresponse";
                /** @description Channel. */
                channel?: "email" | "linkedin" | "twitter" | "text" | "call";
                /** @description Earliest event date (ISO 8601). */
                start_date?: string;
                /** @description Latest event date (ISO 8601). */
                end_date?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Event"][];
                        pagination: components["schemas"]["Pagination"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event ID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Event"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSenders: {
        parameters: {
            query: {
                /** @description Team whose senders to list (PascalCase). Optional: all accessible teams when omitted. */
                TeamId?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
                /** @description Search in `email` or `send_as`. */
                search?: string;
                /** @description Only senders of this provider. */
                provider?: "smtp" | "outlook" | "google" | "missioninbox" | "supersend-relay" | "ss-private-smtp";
                /** @description Only disabled (`"true"`) or enabled (`"false"`) senders. */
                disabled?: "true" | "false";
                /** @description Only senders with warm-up on (`"true"`) or off (`"false"`). */
                warm?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of senders. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The sender id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sender. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The sender id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SenderUpdate"];
            };
        };
        responses: {
            /** @description The updated sender. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSenderProfiles: {
        parameters: {
            query: {
                /** @description Team whose profiles to list (required, snake_case). */
                team_id: string;
                /** @description Search by profile name. */
                name?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sender profiles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderProfileListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSenderProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SenderProfileCreate"];
            };
        };
        responses: {
            /** @description The created sender profile. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderProfileResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSenderProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The sender profile id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sender profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderProfileResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSenderProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The sender profile id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSenderProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The sender profile id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SenderProfileUpdate"];
            };
        };
        responses: {
            /** @description The updated sender profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SenderProfileResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDomains: {
        parameters: {
            query: {
                /** @description Only domains of this team. */
                team_id?: string;
                /** @description Only domains in this status. */
                status?: "pending" | "purchasing" | "purchased" | "setting_up" | "active" | "purchase_failed" | "setup_failed" | "inactive" | "expired" | "cancelled";
                /** @description Only internal (bought through SuperSend) or external domains. */
                managed?: "internal" | "external";
                /** @description Search in the domain name. */
                search?: string;
                /** @description Sort field (default `name`). */
                sort_by: "created_at" | "name" | "status" | "expires_at";
                /** @description Sort direction (default `asc`). */
                sort_order: "asc" | "desc";
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of domains. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPlacementTests: {
        parameters: {
            query: {
                /** @description Only tests of this team. */
                team_id?: string;
                /** @description Only tests sent from this sender. */
                sender_id?: string;
                /** @description Only tests in this status. */
                status?: "pending" | "sending" | "sent" | "completed" | "failed";
                /** @description Search in the test name. */
                search?: string;
                /** @description Sort field (default `created_at`). */
                sort_by: "created_at" | "name" | "status" | "score" | "sent_at" | "completed_at";
                /** @description Sort direction (default `desc`). */
                sort_order: "asc" | "desc";
                /** @description Include the top-level `summary` (totals, average score, last test). */
                include_summary: boolean;
                /** @description JSON-encoded score/date filters, e.g. `[{"field":"score","operator":"gte","value":80}]`. */
                conditional_filters?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of placement tests, with a summary. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementTestListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPlacementTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementTestCreate"];
            };
        };
        responses: {
            /** @description The created placement test. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementTestCreatedResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            402: components["responses"]["V2PaymentRequired"];
            403: components["responses"]["V2Forbidden"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPlacementTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The placement test id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The placement test. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementTestResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBlacklist: {
        parameters: {
            query: {
                /** @description Only entries of this team. */
                team_id?: string;
                /** @description Only entries of this campaign. */
                campaign_id?: string;
                /** @description Only entries of this scope. */
                level?: "organization" | "team" | "campaign";
                /** @description Only entries of this kind. */
                type?: "email" | "domain" | "linkedin";
                /** @description Search in `item`. */
                search?: string;
                /** @description Sort field (default `created_at`). */
                sort_by: "created_at" | "item" | "type";
                /** @description Sort direction (default `desc`). */
                sort_order: "asc" | "desc";
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of blacklist entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBlacklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlacklistCreate"];
            };
        };
        responses: {
            /** @description The created blacklist entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistItemResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            409: components["responses"]["V2Conflict"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteBlacklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The blacklist item id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry was removed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listIdentities: {
        parameters: {
            query: {
                /** @description Only identities of this team. */
                team_id?: string;
                /** @description Only identities of this network. */
                type?: "linkedin" | "twitter";
                /** @description Only identities in this status, e.g. `active`. */
                status?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of identities. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identity id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identity id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The identity id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityUpdate"];
            };
        };
        responses: {
            /** @description The updated identity. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversations: {
        parameters: {
            query: {
                /** @description Only conversations of this team (uuid from list teams). Omitted = all teams the user can access. */
                team_id?: string;
                /** @description Only conversations of this LinkedIn/Twitter identity. */
                identity_id?: string;
                /** @description Channel of the conversations. Defaults to `linkedin`. */
                channel: "email" | "linkedin" | "twitter";
                /** @description Archive state filter. */
                status?: "archived" | "unarchived";
                /** @description Read state filter. */
                read_status?: "read" | "unread";
                /** @description Only conversations whose last message was received (`inbound`) or sent (`outbound`). */
                last_message_direction?: "inbound" | "outbound";
                /** @description Free-text search over conversation title, participants and last message. */
                search?: string;
                /** @description Sort field; only `date` (last activity) is supported. */
                sort_by: "date";
                /** @description Sort direction. */
                sort_direction: "asc" | "desc";
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation and its messages. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDetailResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated state. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationUpdateResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversationMessages: {
        parameters: {
            query: {
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /** @description Conversation id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCreateRequest"];
            };
        };
        responses: {
            /** @description The message was created and queued for sending. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query: {
                /** @description Team whose webhooks to list. */
                team_id: string;
                /** @description Only enabled (`true`) or disabled (`false`) webhooks. */
                enabled?: boolean;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreateRequest"];
            };
        };
        responses: {
            /** @description The webhook was created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreatedResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: {
                /** @description Team of the webhook (optional). */
                team_id?: string;
            };
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: {
                /** @description Team of the webhook (optional). */
                team_id?: string;
            };
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V2Message"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: {
                /** @description Team of the webhook (optional). */
                team_id?: string;
            };
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated webhook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhook: {
        parameters: {
            query?: {
                /** @description Team of the webhook (optional). */
                team_id?: string;
            };
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookTestRequest"];
            };
        };
        responses: {
            /** @description The delivery record of the test event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query: {
                /** @description Team of the webhook. */
                team_id: string;
                /** @description Delivery status filter. */
                status?: "pending" | "delivered" | "failed" | "retrying";
                /** @description Event type filter, e.g. `reply`, `open`, `click`, `bounce`, `sent`, `unsubscribe`. */
                event_type?: string;
                /** @description Only deliveries of events from this campaign. */
                campaign_id?: string;
                /** @description Free-text search (contact email, error message). */
                search?: string;
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query: {
                /** @description Team of the webhook. */
                team_id: string;
            };
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
                /** @description Delivery id. */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, with response details. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetailResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook id. */
                id: string;
                /** @description Delivery id. */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDeliveryRetryRequest"];
            };
        };
        responses: {
            /** @description The delivery after the retry attempt. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            400: components["responses"]["V2BadRequest"];
            401: components["responses"]["V2Unauthorized"];
            403: components["responses"]["V2Forbidden"];
            404: components["responses"]["V2NotFound"];
            413: components["responses"]["V2PayloadTooLarge"];
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpenapiYaml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example openapi: 3.1.0
                     *     info:
                     *       title: SuperSend API
                     *       version: 2.0.0
                     *     paths:
                     *       /v2/health:
                     *         get:
                     *           summary: Health check
                     */
                    "application/yaml": string;
                };
            };
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        };
                        paths: Record<string, never>;
                    };
                };
            };
            500: components["responses"]["V2ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1CreateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V1CreateContactRequest"];
            };
        };
        responses: {
            /** @description Contact created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        message: "Contact created successfully";
                        contact: components["schemas"]["V1Contact"] & Record<string, never>;
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1ListContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V1ContactListRequest"];
            };
        };
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total contacts matching the filters. */
                        count: number;
                        rows: components["schemas"]["V1Contact"][];
                        /** @description Verified contacts among the matches. */
                        verified_count: number;
                        /** @description Contacts with a valid email among the matches. */
                        valid_count: number;
                        /** @description Paused contacts among the matches. */
                        paused_count: number;
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1GetContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact (enrollment) id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        Contact: components["schemas"]["V1ContactDetail"];
                        ContactConfig?: components["schemas"]["V1ContactConfig"];
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1UpdateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact (enrollment) id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V1UpdateContactRequest"];
            };
        };
        responses: {
            /** @description Contact updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @constant */
                        message: "Contact updated successfully.";
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1GetContactProfile: {
        parameters: {
            query: {
                /** @description Team the profile belongs to. */
                TeamId: string;
            };
            header?: never;
            path: {
                /** @description ContactProfile id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile and its enrollments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        contact: components["schemas"]["V1ContactProfile"];
                        associated_campaigns: components["schemas"]["V1AssociatedCampaign"][];
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1BulkCreateContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V1BulkContactsRequest"];
            };
        };
        responses: {
            /** @description Upload accepted for processing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        message: "Upload received. Processing will begin shortly.";
                        /**
                         * Format: uuid
                         * @description Id of the upload.
                         */
                        uploadId: string;
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1BulkContactAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V1BulkActionRequest"];
            };
        };
        responses: {
            /** @description Action done; `get_contacts` returns the contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @description What was done, e.g. "Contact(s) verified status updated successfully". */
                        message: string;
                        /** @description Contacts the action changed. */
                        affected?: number;
                        /** @description Selected contacts left unchanged (already in that state, not qualifying for the action, or already enrolled in the `transfer` target). */
                        skipped?: number;
                        /** @description `contact_ids` that are not contacts of `campaign_id` (unknown, deleted, or of another campaign). */
                        ignored?: number;
                    } | {
                        /** @constant */
                        success: true;
                        contacts: components["schemas"]["V1Contact"][];
                        /** @description Number of matching contacts. */
                        count: number;
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1CreateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V1CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description Campaign created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            campaign: components["schemas"]["V1Campaign"];
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1ListCampaigns: {
        parameters: {
            query: {
                /** @description Team identifier. */
                TeamId: string;
                /** @description Search in campaign name. */
                search?: string;
                /** @description Sort field. */
                order_by: "name" | "status" | "createdAt" | "updatedAt";
                /** @description Sort direction. */
                order: "ASC" | "DESC";
                /** @description Filter by status (1 = active, 2 = inactive). */
                status?: 1 | 2;
                /** @description Include archived campaigns. */
                archived: "true" | "false";
                /** @description Include performance metrics. */
                includeMetrics: "true" | "false";
                /** @description Results per page. */
                limit: components["parameters"]["Limit"];
                /** @description Number of results to skip. */
                offset: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        campaigns: components["schemas"]["V1CampaignOverview"][];
                        /** @description Campaigns matching the filters. */
                        total: number;
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1GetCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        campaign: components["schemas"]["V1Campaign"];
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1UpdateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V1UpdateCampaignRequest"];
            };
        };
        responses: {
            /** @description Campaign updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @constant */
                        message: "Campaign updated successfully";
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            409: components["responses"]["V1Conflict"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1DeleteCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Campaign archived, or deleted when it was a draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        /** @enum {string} */
                        message: "Campaign archived successfully" | "Campaign deleted successfully";
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    v1CloneCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Campaign to copy. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Team the copy is created in.
                     */
                    TeamId: string;
                };
            };
        };
        responses: {
            /** @description The new campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        campaign: components["schemas"]["V1Campaign"];
                    };
                };
            };
            400: components["responses"]["V1BadRequest"];
            401: components["responses"]["V1Unauthorized"];
            403: components["responses"]["V1Forbidden"];
            404: components["responses"]["V1NotFound"];
            413: components["responses"]["V1PayloadTooLarge"];
            429: components["responses"]["V1TooManyRequests"];
            500: components["responses"]["V1ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skListContacts: {
        parameters: {
            query: {
                /**
                 * @description Contacts per page. Default 20. Values above 100 are not rejected: the real service clamps them
                 *     to 100 (sendbox does the same).
                 */
                limit: number;
                /**
                 * @description Pagination cursor: the `cursor` returned by the previous response (id of that page's last contact).
                 *     Omit, or send empty, on the first request. An unknown id gives an empty page.
                 */
                cursor?: string;
                /** @description Filter by email address (case-insensitive substring match on `email` only; not trimmed). */
                search?: string;
                /** @description Only subscribed (`true`) or only unsubscribed (`false`) contacts. Absent means no filter. */
                subscribed?: "true" | "false";
                /** @description Sort column. */
                sort: "email" | "createdAt";
                /** @description Sort direction (the `id` tie-breaker is always descending). */
                dir: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkContactList"];
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skCreateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Contact email; the unique key of the upsert (trimmed and lowercased, format not checked). */
                    email: string;
                    /** @description Subscription status for marketing emails. Defaults to `true` for new contacts. */
                    subscribed?: boolean;
                    /**
                     * @description Free-form custom key-value data (open map), merged into existing data. `null` or absent means
                     *     no change. A non-string `locale` answers 400 `Locale must be a string`.
                     */
                    data?: {
                        [key: string]: unknown;
                    } | null;
                };
            };
        };
        responses: {
            /** @description A contact with that email already existed and was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkContactWriteResult"];
                };
            };
            /** @description A new contact was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkContactWriteResult"];
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            403: components["responses"]["PlunkForbidden"];
            413: components["responses"]["PlunkPayloadTooLarge"];
            429: components["responses"]["PlunkTooManyRequests"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skGetContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact ID (a UUID v4). Non-UUID values are not rejected with 400; they answer 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkContact"];
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            404: components["responses"]["PlunkNotFound"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skDeleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact ID (a UUID v4). Non-UUID values answer 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            403: components["responses"]["PlunkForbidden"];
            404: components["responses"]["PlunkNotFound"];
            429: components["responses"]["PlunkTooManyRequests"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skUpdateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact ID (a UUID v4). Non-UUID values answer 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description New email address (trimmed and lowercased; must not belong to another contact of the project). */
                    email?: string;
                    /** @description Updated subscription status. */
                    subscribed?: boolean;
                    /** @description Free-form custom fields (open map) merged into the existing data; `null` clears all data. */
                    data?: {
                        [key: string]: unknown;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkContact"];
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            403: components["responses"]["PlunkForbidden"];
            404: components["responses"]["PlunkNotFound"];
            409: components["responses"]["PlunkConflict"];
            413: components["responses"]["PlunkPayloadTooLarge"];
            429: components["responses"]["PlunkTooManyRequests"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skImportContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV file (at most 5 MB) with an `email` column; additional columns are stored as contact data fields.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The import was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkJobQueued"] & {
                        /** @constant */
                        message?: "Import queued successfully";
                        jobId?: unknown;
                    };
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            403: components["responses"]["PlunkForbidden"];
            413: components["responses"]["PlunkPayloadTooLarge"];
            429: components["responses"]["PlunkTooManyRequests"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skGetImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job ID returned by `POST /contacts/import` (`import-<projectId>-<epochMillis>`). */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkImportJob"];
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            404: components["responses"]["PlunkJobNotFound"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skBulkSubscribeContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkBulkActionRequest"];
            };
        };
        responses: {
            /** @description The bulk subscribe was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkJobQueued"] & {
                        /** @constant */
                        message?: "Bulk subscribe queued successfully";
                        jobId?: unknown;
                    };
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            403: components["responses"]["PlunkForbidden"];
            413: components["responses"]["PlunkPayloadTooLarge"];
            429: components["responses"]["PlunkTooManyRequests"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skBulkUnsubscribeContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkBulkActionRequest"];
            };
        };
        responses: {
            /** @description The bulk unsubscribe was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkJobQueued"] & {
                        /** @constant */
                        message?: "Bulk unsubscribe queued successfully";
                        jobId?: unknown;
                    };
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            403: components["responses"]["PlunkForbidden"];
            413: components["responses"]["PlunkPayloadTooLarge"];
            429: components["responses"]["PlunkTooManyRequests"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skBulkDeleteContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkBulkActionRequest"];
            };
        };
        responses: {
            /** @description The bulk delete was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkJobQueued"] & {
                        /** @constant */
                        message?: "Bulk delete queued successfully";
                        jobId?: unknown;
                    };
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            403: components["responses"]["PlunkForbidden"];
            413: components["responses"]["PlunkPayloadTooLarge"];
            429: components["responses"]["PlunkTooManyRequests"];
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    skGetBulkJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job ID returned by a bulk POST (`bulk-<operation>-<projectId>-<epochMillis>`). */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bulk action job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkBulkJob"];
                };
            };
            400: components["responses"]["PlunkBadRequest"];
            401: components["responses"]["PlunkUnauthorized"];
            /** @description The job does not exist, belongs to another project, or was pruned. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlunkFlatError"];
                };
            };
            500: components["responses"]["PlunkServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
