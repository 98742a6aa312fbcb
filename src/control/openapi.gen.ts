/**
 * Generated from src/control/openapi.yaml by openapi-typescript (src/contract/generate-types.ts). Do not edit by hand:
 * change the document and run `npm run gen:types`.
 */

export interface paths {
    "/__sandbox/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document, as JSON */
        get: operations["ctlGetOpenapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request journal of the workspace, newest first
         * @description What clients of this workspace sent and got back, with each request's validation errors, the scenario
         *     rules that applied, and whether its effect on state happened (`applied`) or a fault cut it (`fault`).
         *     The journal is a bounded ring (1,000 requests and 8 MB per workspace, 256 MB across workspaces by
         *     default; oldest entries go first, an oversized body is cut to a `truncated` preview); credentials are redacted.
         */
        get: operations["ctlListRequests"];
        put?: never;
        post?: never;
        /** Empty the workspace's request journal */
        delete: operations["ctlClearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many journal entries match, for verification in tests */
        get: operations["ctlCountRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request journal of the workspace as it happens (server-sent events)
         * @description A `text/event-stream` that sends each request of the workspace as it is journaled: one `request`
         *     event per entry, its `id:` the entry's id and its `data:` a JSON summary (method, path, status,
         *     duration, request id, validation violations, scenarios applied, fault). The whole entry, with request
         *     and response bodies, is at `GET /__sandbox/requests/{id}`. With `after`, entries the journal still
         *     holds with a greater id are sent first. A comment line keeps the connection open every 15 s.
         *
         *     The stream ends with a `close` event whose data names why: `reset` (POST /__sandbox/reset replaced
         *     the journal; reconnect) or `shutdown`. A client that lets more than 1 MB of events pile up unread is
         *     disconnected. At most 16 streams read one workspace at once; beyond, 429.
         */
        get: operations["ctlStreamRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One journal entry, with the request and response bodies
         * @description 404 `request_not_found` once the ring no longer holds the entry (or after a reset).
         */
        get: operations["ctlGetRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which documented operations and declared statuses this workspace exercised */
        get: operations["ctlGetCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put the workspace back to its seed
         * @description Replaces the workspace with a fresh one from its seed: state, clock, pending jobs, journal, coverage
         *     and the scenarios activated through this control plane (those started with `--scenario` stay on).
         */
        post: operations["ctlReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the workspace's whole state as one JSON document
         * @description Answers the workspace's state as a snapshot (the document itself, without an envelope), so it can be
         *     saved and sent back as it is with `PUT /__sandbox/state`, into this workspace or another one. The
         *     snapshot is plain JSON, versioned (`format`, `version`) and complete: every record of the SuperSend
         *     organisation (org, user, teams, labels, campaigns, contact profiles, enrollments, events, inbox reply
         *     link clicks, bulk uploads) and of the secret-key project (contacts and jobs), in the order the API
         *     lists them, with the workspace clock. Indexes and derived values are not included; import rebuilds
         *     them. The request journal, coverage and scenarios are not state and are not exported.
         */
        get: operations["ctlExportState"];
        /**
         * Replace the workspace's state with a snapshot
         * @description Replaces the state of the workspace of the key presented (and of no other) with a snapshot from
         *     `GET /__sandbox/state`, from this workspace or another. Exporting right after gives the same
         *     document (except `workspace`), and the API answers as the exporting workspace did: same ids, same
         *     lists in the same order.
         *
         *     The whole document is checked before anything changes: its shape and field types, then the
         *     references between records (unique ids, teams, campaigns, profiles and labels that exist, one
         *     enrollment per profile and campaign, unique identifiers per team, unique project emails). A bad
         *     snapshot answers 400 (`invalid_snapshot`, or the validation codes) with `param` naming the first bad
         *     part, e.g. `supersend.enrollments[3].campaign_id`, and the workspace is left exactly as it was.
         *
         *     Values are held to what requests may store, so nothing imported can break a later read or save:
         *     strings a request sets keep that request's bounds (e.g. a team `name` at most 255 characters, as
         *     `TeamCreateRequest` says); any other string at most 65,536 characters (an import job's `csvData`: the
         *     base64 of the documented 5 MB file); free-form values (`custom`, `data`, `nodes`, `details`, …) at
         *     most 32 levels deep; numbers finite, counters non-negative integers, `contacts_limit` at least 1;
         *     date-times ISO 8601 with a four-digit year and epoch-millisecond times (`createdAt`, `at`,
         *     `readyAt`, …) whole numbers, both within years 0000–9999.
         *
         *     - The workspace clock is set to the snapshot's `clock.now`, frozen or running as it was exported.
         *     - Work scheduled on the workspace is dropped. Bulk uploads and secret-key jobs that were unfinished
         *       (`pending`/`processing` uploads; `waiting`, `active` or `delayed` jobs) are imported in the state
         *       they were exported in and are **not resumed**: they stay in that state.
         *     - The request journal, coverage and active scenarios of the workspace are kept.
         *     - Ids the workspace makes after an import come from its own random source, not the exporter's.
         *
         *     The body is limited like every JSON body (10 MB by default).
         */
        put: operations["ctlImportState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/persistence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether saving to the data file works
         * @description How saving to `--data-file` goes, for the whole process: the sync mode, the last successful save
         *     (wall-clock time and duration), the last write error while saving fails (it clears once a save
         *     works again), how many workspaces have changes not yet on disk, how many cannot be serialised,
         *     and for the workspace of the key presented whether its latest state is on disk. Other workspaces
         *     are counted, never named. Without `--data-file`, `enabled` is false and `status` is `off`.
         */
        get: operations["ctlGetPersistence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scenarios of this sandbox, whether each is active in the workspace, with its counters
         * @description Every scenario file the sandbox loaded (scenarios/*.yaml), in name order. `active` tells whether it
         *     applies to every request of this workspace; `matched` counts the requests its rules matched and
         *     `applied` those they acted on, in this workspace only (a scenario used through the
         *     `X-Sandbox-Scenario` header counts too). Counters start again when the scenario is activated.
         */
        get: operations["ctlListScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenarios/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Define or replace a scenario in this workspace
         * @description Defines a scenario for this workspace only (as WireMock's `/__admin/mappings`), or replaces the one
         *     of that name: a scenario file's for this workspace, or one defined here before. The body is a
         *     scenario file's content, YAML (`application/yaml`, `text/yaml`, `text/plain`) or JSON
         *     (`application/json`), and is checked exactly as a file is (scenarios/schema.json, plus the checks
         *     at load: among them, a rule that can never apply is refused). Its `name`, if given, must equal the
         *     name in the path. A problem answers 400 `invalid_scenario` naming the place: `line` and `column` in the body as
         *     sent (for a JSON body sent as `application/json`, in the body re-indented by two spaces; send JSON
         *     as `application/yaml` to get the lines as sent) and `path`, the field (`rules.0.respond.status`).
         *
         *     The scenario starts afresh; it stays active if it was, and is otherwise activated like any other
         *     (`POST …/activate` or `X-Sandbox-Scenario`). A workspace defines at most 100 scenarios. A reset
         *     of the workspace drops them.
         */
        put: operations["ctlPutScenario"];
        post?: never;
        /**
         * Remove a scenario this workspace defined
         * @description Removes a scenario defined in this workspace with PUT. If a scenario file has the same name, the
         *     file's scenario applies again (still active if the removed one was); otherwise the scenario is
         *     gone and deactivated. Scenarios from files cannot be removed: a name this workspace did not define
         *     answers 404 `scenario_not_found`.
         */
        delete: operations["ctlDeleteScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenarios/{name}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a scenario in this workspace, starting it afresh
         * @description From now on the scenario applies to every request of this workspace (and of no other). Activating
         *     starts it afresh: counters, sequence positions and its seeded random source begin again, so a run
         *     repeats. An unknown name answers 404 `scenario_not_found`.
         */
        post: operations["ctlActivateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenarios/{name}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a scenario in this workspace
         * @description The scenario stops applying to this workspace's requests (it can still be asked for per request with
         *     `X-Sandbox-Scenario`). Its counters stay readable. An unknown name answers 404 `scenario_not_found`.
         */
        post: operations["ctlDeactivateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace clock and its pending jobs */
        get: operations["ctlGetClock"];
        put?: never;
        /**
         * Freeze, resume or set the workspace clock
         * @description `freeze` stops the clock where it is; `resume` lets it follow real time again from where it stands;
         *     `set` moves it to `at` (frozen or not, as it was) and runs every job that became due, in order.
         *     The clock stays within years 0000–9999 (`0000-01-01T00:00:00.000Z` to `9999-12-31T23:59:59.999Z`,
         *     what a snapshot can hold): any other `at` answers 400 with `param: at`, and a running clock stops
         *     at the last millisecond of year 9999.
         */
        post: operations["ctlSetClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the clock forward and run everything that became due, in order
         * @description An advance that would take the clock past `9999-12-31T23:59:59.999Z` answers 400 with
         *     `param: seconds` and moves nothing. Fractions of a millisecond are rounded.
         */
        post: operations["ctlAdvanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress and per-row outcome of a bulk contacts upload
         * @description The docs give no endpoint for an upload's progress; this one shows it: status (pending, processing,
         *     completed, failed), counts, and each processed row's outcome with the reason a row failed. An upload
         *     is `pending` for the workspace's processing latency, then `processing` (500 rows per second of
         *     workspace time), then `completed`; it is `failed` (with `failure_reason`) when its campaign was
         *     deleted before it finished. 404 `upload_not_found` for an unknown id or another workspace's upload.
         */
        get: operations["ctlGetUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/link-clicks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an inbox reply link click, as if the recipient had clicked
         * @description Makes a click happen for tests and demos. The click is attributed to the contact's campaign; the
         *     campaign's reply_link_clicks counts at most one per (contact, link, UTC day), the contact's
         *     reply_link_clicked flag is set and a `click` event (details `{link_id, url, inbox_reply: true}`) is
         *     logged. The link id is stable per (contact, original_url) unless `link_id` names one; a `link_id`
         *     already used by another contact or URL answers 400 `invalid_link_id`. Conversation and message ids
         *     are generated once per contact. `final_url` is original_url with
         *     `utm_source=supersend&utm_medium=inbox_reply&utm_campaign=<campaign name slug>` appended, or null
         *     with `utm: false`. An unknown or deleted contact answers 404 `contact_not_found`.
         */
        post: operations["ctlRecordLinkClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect a LinkedIn or Twitter identity, as the browser extension would
         * @description The V2 API has no identity create: accounts are connected through SuperSend's browser extension.
         *     This stands in for it. The identity joins `team_id` (403 `team_access_denied` for a team of no
         *     workspace); `settings` keys override the defaults (40 messages, 15 connection requests, 80 profile
         *     visits, 25 likes per day, 90 s cooldown, UTC, Monday–Friday 09:00–17:00) under the same rules as
         *     PATCH /v2/identities/:id; `sender_profile_id` puts it on a sender profile of the same team (taking
         *     the place of that profile's identity of the same type). Connecting the same account again (same
         *     team, type and handle, case-insensitive) refreshes the existing identity instead: given fields
         *     replace the stored ones, status becomes `status` (default `active`) and `error` is cleared unless
         *     given; that answers 200, a new identity 201. A `disconnected` status with an `error` lets clients
         *     test how they show a broken connection.
         */
        post: operations["ctlConnectIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/webhook-inbox/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The inbox's name (letters, digits, `.`, `_`, `-`); inboxes exist on first use. */
                name: string;
            };
            cookie?: never;
        };
        /** What the inbox received, oldest first */
        get: operations["ctlWebhookInboxList"];
        put?: never;
        /**
         * Receive a webhook delivery (a built-in receiver for demos and CI)
         * @description A webhook receiver inside the sandbox: point a webhook's `url` at
         *     `http://<sandbox host>:<port>/__sandbox/webhook-inbox/<name>` and every delivery is kept here with its
         *     headers, body and the result of checking its Standard Webhooks signature against the workspace's
         *     webhook secrets. No key is needed: a delivery the sandbox is sending lands in the inbox of the
         *     workspace that sends it; anything else lands in the workspace of the key it presents (the default
         *     workspace without one). Answers 200 `{received: true}`. Each inbox keeps its 100 newest entries, and
         *     a workspace its 20 most recently used inboxes. Not state: a reset, an import or a restart empties it.
         */
        post: operations["ctlWebhookInboxReceive"];
        /** Empty the inbox */
        delete: operations["ctlWebhookInboxClear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The console, a page to watch and steer a workspace in a browser
         * @description One HTML page with its script and style (below); it loads nothing from other hosts. It asks for a
         *     key and sends it with every call it makes, so it shows and steers that key's workspace only.
         */
        get: operations["ctlConsolePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/console/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The console's script and style */
        get: operations["ctlConsoleAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API reference of the simulated API and of this control plane (Swagger UI)
         * @description Swagger UI, served from the sandbox's own dependencies, showing openapi.yaml and this document;
         *     "Try it out" calls this sandbox.
         */
        get: operations["ctlDocsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/docs/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Swagger UI's files, and the two documents with this sandbox as their server
         * @description `api.json` and `control.json` are openapi.yaml and this document as JSON, their `servers` set to the
         *     address the page was loaded from, so "Try it out" calls this sandbox.
         */
        get: operations["ctlDocsAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's engagement model (rates the campaign engine draws outcomes from) */
        get: operations["ctlGetEngagement"];
        /**
         * Change the workspace's engagement rates (the fields given; the others stay)
         * @description Each rate is a share from 0 to 1. Outcomes are drawn at send time from the workspace's seeded random
         *     source; addresses whose local part starts with a convention prefix (README "Campaign engine") force
         *     their outcome whatever the rates.
         */
        put: operations["ctlPutEngagement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make one engagement outcome happen now for a contact
         * @description Applies the outcome as the campaign engine does when a drawn outcome falls due: the contact's flags,
         *     status and interest change (reply, bounce and unsubscribe finish its sequence; an autoresponse pauses
         *     it for five days, until `resume_at`), and the event is logged. A reply or autoresponse arrives in the
         *     contact's email conversation as an unread inbound message (`text`, else a text drawn for its category;
         *     `details` then names `conversation_id` and `message_id`), and the campaign's blacklist flags add their
         *     entries (README "Campaign engine"). `category` is a reply's AI category or a bounce's
         *     `bounce_category`. An unknown or deleted contact answers 404 `contact_not_found`.
         */
        post: operations["ctlRecordEngagement"];
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
        /** @description Per-workspace engagement rates, each a share from 0 to 1 (click_rate is a share of opened emails). */
        EngagementModel: {
            open_rate: number;
            click_rate: number;
            reply_rate: number;
            autoresponse_rate: number;
            bounce_rate: number;
            unsubscribe_rate: number;
        };
        JournalEntry: {
            id: number;
            /** Format: date-time */
            at: string;
            method: string;
            path: string;
            query?: Record<string, never>;
            operationId: string | null;
            status: number;
            durationMs?: number;
            requestId: string;
            headers?: Record<string, never>;
            body?: unknown;
            violations: Record<string, never>[];
            scenarios: string[];
            applied: boolean;
            fault: string | null;
            /**
             * @description The answer's body as sent, as text (JSON for API answers); past 4 KB a marker
             *     `{truncated: true, length, preview}` with its first 4 KB; null when no body was sent whole.
             */
            response?: unknown;
        };
        Upload: {
            /** Format: uuid */
            upload_id: string;
            /** @enum {string} */
            status: "pending" | "processing" | "completed" | "failed";
            /** @enum {string} */
            source: "json" | "csv" | "v1";
            team_id?: string;
            campaign_id?: string | null;
            contact_count: number;
            processed_count: number;
            created_count: number;
            updated_count: number;
            failed_count: number;
            failure_reason?: string | null;
            /** @description The rows processed so far, in order. */
            rows: {
                /** @description Position of the row in the upload (1 = the first contact; for a CSV, the first data row after the header). */
                row: number;
                /** @enum {string} */
                status: "created" | "updated" | "failed";
                /** @description The enrollment (Contact) created or updated; null for a failed row. */
                contact_id?: string | null;
                /** @description Why the row failed. */
                reason?: string;
            }[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            completed_at?: string | null;
        };
        /**
         * @description A workspace's whole state (GET/PUT /__sandbox/state). Every collection is an array of records in the
         *     order the API lists them; record fields are the stored fields (enrollments are the API's contacts,
         *     `profiles` the teams' contact profiles). Records may carry fields beyond those listed here.
         *     Import checks each record's fields and types and the references between records.
         */
        WorkspaceSnapshot: {
            /** @enum {string} */
            format: "sendbox-workspace";
            /**
             * @description Layout version of the document; this sandbox reads and writes version 1.
             * @enum {integer}
             */
            version: 1;
            /** @description The workspace it was exported from (it can be imported into any workspace). */
            workspace: string;
            /**
             * Format: date-time
             * @description Workspace time of the export.
             */
            exported_at: string;
            clock: {
                /** Format: date-time */
                now: string;
                frozen: boolean;
            };
            /** @description The SuperSend records. The sections of stores that sit beside the core records (link_clicks, uploads, senders, …) may be absent: a snapshot made before such a store existed imports with it empty. */
            supersend: {
                org: {
                    id: string;
                    name: string;
                    subsequences_enabled: boolean;
                    verification_credits: number;
                };
                user: {
                    id: string;
                    name: string;
                    email: string;
                };
                teams: components["schemas"]["SnapshotRecords"];
                labels: components["schemas"]["SnapshotRecords"];
                campaigns: components["schemas"]["SnapshotRecords"];
                profiles: components["schemas"]["SnapshotRecords"];
                enrollments: components["schemas"]["SnapshotRecords"];
                /**
                 * @description Each campaign's enrollment ids in the order they joined it (differs from creation order after
                 *     transfers); every enrollment appears once, under its campaign.
                 */
                campaign_enrollment_order: {
                    campaign_id: string;
                    enrollment_ids: string[];
                }[];
                events: components["schemas"]["SnapshotRecords"];
                link_clicks?: {
                    clicks: components["schemas"]["SnapshotRecords"];
                    links: components["schemas"]["SnapshotRecords"];
                    conversations: {
                        contact_id: string;
                        conversation_id: string;
                        conversation_message_id: string;
                    }[];
                };
                uploads?: components["schemas"]["SnapshotRecords"];
                senders?: components["schemas"]["SnapshotRecords"];
                domains?: components["schemas"]["SnapshotRecords"];
                sender_profiles?: components["schemas"]["SnapshotRecords"];
                identities?: components["schemas"]["SnapshotRecords"];
                conversations?: {
                    conversations: components["schemas"]["SnapshotRecords"];
                    messages: components["schemas"]["SnapshotRecords"];
                };
                /** @description Webhooks (with their signing secrets) and their delivery log; pending deliveries are sent again after an import. */
                webhooks?: {
                    webhooks: components["schemas"]["SnapshotRecords"];
                    deliveries: components["schemas"]["SnapshotRecords"];
                };
                blacklist?: components["schemas"]["SnapshotRecords"];
                placement_tests?: components["schemas"]["SnapshotRecords"];
                engagement?: components["schemas"]["EngagementModel"];
                /** @description The campaign engine's agenda, in due order (import schedules it again), and the sending rules' counters. */
                engine?: {
                    /** @description Each enrollment's next step (epoch ms). */
                    steps: {
                        enrollment_id: string;
                        at: number;
                    }[];
                    outcomes: components["schemas"]["SnapshotRecords"];
                    /** @description Sending rules' counters, present when any. What each sender sent on its current day (YYYY-MM-DD in its sender profile's timezone, else UTC), in all and per campaign. */
                    sender_days?: {
                        sender_id: string;
                        day: string;
                        sent: number;
                        campaigns: {
                            [key: string]: number;
                        };
                    }[];
                    /** @description What each campaign sent on its current day (its timezone, else UTC), for its own max_per_day; present when any. */
                    campaign_days?: {
                        campaign_id: string;
                        day: string;
                        sent: number;
                    }[];
                    /** @description Email steps whose `scheduled` event is recorded (one per step, not per re-queue); present when any. */
                    scheduled?: {
                        enrollment_id: string;
                        node_id: string;
                    }[];
                };
                /** @description What LinkedIn and Twitter steps did that later steps and metrics read: each identity's connection requests (by normalised LinkedIn URL, epoch ms) and the contacts of each campaign a LinkedIn request or message reached (V1 overview `linkedInSentCount`), and each identity's pacing counters. */
                social?: {
                    connections: {
                        identity_id: string;
                        linkedin_url: string;
                        at: number;
                    }[];
                    linkedin_reached: {
                        campaign_id: string;
                        contact_id: string;
                    }[];
                    /** @description Each identity's actions on its current day (YYYY-MM-DD in its timezone) by kind, and its last action (epoch ms), for its daily limits and cooldown; present when any. */
                    identity_days?: {
                        identity_id: string;
                        day: string;
                        counts: {
                            connection?: number;
                            message?: number;
                            visit?: number;
                            like?: number;
                        };
                        last_at: number;
                    }[];
                };
            };
            /** @description The secret-key API's project; `jobs` may be absent (imported empty). */
            project: {
                id: string;
                disabled: boolean;
                contacts: components["schemas"]["SnapshotRecords"];
                jobs?: {
                    imports: components["schemas"]["SnapshotRecords"];
                    bulk: components["schemas"]["SnapshotRecords"];
                };
            };
        };
        WebhookInboxEntry: {
            /** @description `in_<n>`, in arrival order within the workspace. */
            id: string;
            /**
             * Format: date-time
             * @description Workspace time of arrival.
             */
            received_at: string;
            /** @description The request's headers (lowercase names). */
            headers: {
                [key: string]: string;
            };
            /** @description The JSON body as received (null without one). */
            body: unknown;
            signature: {
                /** @description The `webhook-signature` header verifies with the secret of one of the workspace's webhooks (Standard Webhooks, 5-minute timestamp tolerance). */
                verified: boolean;
                /** @description The webhook whose secret verified it. */
                webhook_id: string | null;
                /** @description Why it did not verify. */
                error: string | null;
            };
        };
        SnapshotRecords: {
            id: string;
        }[];
        ConnectedIdentityResponse: {
            /** @constant */
            success: true;
            /** @description The identity as GET /v2/identities/:id shows it (openapi.yaml `Identity`). */
            data: {
                /** @constant */
                object: "identity";
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                type: "linkedin" | "twitter";
                handle: string;
                username?: string | null;
                email?: string | null;
                first_name?: string | null;
                last_name?: string | null;
                photo?: string | null;
                status: string;
                error?: string | null;
                settings: Record<string, never>;
                sender_profile?: Record<string, never> | null;
                /** Format: uuid */
                team_id: string;
                /** Format: uuid */
                org_id?: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
            };
            request_id: components["schemas"]["RequestId"];
        };
        ScenarioSummary: {
            name: string;
            description: string;
            /** @description Whether it applies to every request of this workspace. */
            active: boolean;
            /** @description Requests of this workspace its rules matched. */
            matched: number;
            /** @description Requests of this workspace its rules acted on. */
            applied: number;
            /**
             * @description `file`: loaded at start; `workspace`: defined in this workspace with PUT.
             * @enum {string}
             */
            origin?: "file" | "workspace";
            rules: {
                name: string;
                matched: number;
                applied: number;
            }[];
        };
        RequestId: string;
        Clock: {
            /** @constant */
            success: true;
            data: {
                /** Format: date-time */
                now: string;
                frozen: boolean;
                pending_jobs: number;
                /** Format: date-time */
                next_job_at?: string | null;
                /** @description Jobs run by this call. */
                ran?: number;
            };
            request_id: components["schemas"]["RequestId"];
        };
        Error: {
            error: {
                type: string;
                code: string;
                message: string;
                param?: string;
                doc_url?: string;
            };
            request_id: components["schemas"]["RequestId"];
        };
    };
    responses: {
        /** @description Done. */
        Message: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @constant */
                    success: true;
                    message: string;
                    data?: Record<string, never>;
                    request_id: components["schemas"]["RequestId"];
                };
            };
        };
        /** @description The scenario in this workspace after the call. */
        Scenario: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @constant */
                    success: true;
                    data: components["schemas"]["ScenarioSummary"];
                    request_id: components["schemas"]["RequestId"];
                };
            };
        };
        /** @description The workspace clock after the call. */
        Clock: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Clock"];
            };
        };
        /** @description The workspace's engagement model. */
        EngagementModelAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @constant */
                    success: true;
                    data: components["schemas"]["EngagementModel"];
                    request_id: components["schemas"]["RequestId"];
                };
            };
        };
        /** @description The request is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The scenario is refused (`invalid_scenario`), or the request is otherwise invalid. `line` and
         *     `column` give the place in the body, `path` the field.
         */
        InvalidScenario: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        type: string;
                        code: string;
                        message: string;
                        param?: string;
                        doc_url?: string;
                        line?: number;
                        column?: number;
                        path?: string;
                    };
                    request_id: components["schemas"]["RequestId"];
                };
            };
        };
        /** @description Not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key's user cannot reach that team. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key is missing or unknown. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected error. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        JournalMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "get" | "post" | "put" | "patch" | "delete";
        /** @description Exact request path, e.g. /v2/contacts. */
        JournalPath: string;
        JournalOperationId: string;
        /** @description Answer status; 0 for a request cut by a network fault. */
        JournalStatus: number;
        /** @description Only requests at or after this workspace time. */
        JournalSince: string;
        /** @description The scenario's name (its file name without .yaml). */
        ScenarioName: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ctlGetOpenapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control plane's OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    ctlListRequests: {
        parameters: {
            query: {
                method?: components["parameters"]["JournalMethod"];
                /** @description Exact request path, e.g. /v2/contacts. */
                path?: components["parameters"]["JournalPath"];
                operationId?: components["parameters"]["JournalOperationId"];
                /** @description Answer status; 0 for a request cut by a network fault. */
                status?: components["parameters"]["JournalStatus"];
                /** @description Only requests at or after this workspace time. */
                since?: components["parameters"]["JournalSince"];
                limit: number;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Journal entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["JournalEntry"][];
                        pagination: Record<string, never>;
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlClearRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Message"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlCountRequests: {
        parameters: {
            query?: {
                method?: components["parameters"]["JournalMethod"];
                /** @description Exact request path, e.g. /v2/contacts. */
                path?: components["parameters"]["JournalPath"];
                operationId?: components["parameters"]["JournalOperationId"];
                /** @description Answer status; 0 for a request cut by a network fault. */
                status?: components["parameters"]["JournalStatus"];
                /** @description Only requests at or after this workspace time. */
                since?: components["parameters"]["JournalSince"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            count: number;
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlStreamRequests: {
        parameters: {
            query?: {
                /** @description Replay the entries still held whose id is greater than this, then go on live. */
                after?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events, one per journaled request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Already 16 streams read this workspace's journal. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    ctlGetRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["JournalEntry"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlGetCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coverage of openapi.yaml by this workspace's requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            summary: Record<string, never>;
                            operations: Record<string, never>[];
                            never_exercised: string[];
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Message"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlExportState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceSnapshot"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlImportState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceSnapshot"];
            };
        };
        responses: {
            /** @description The snapshot was imported; what it holds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                        data: {
                            /** @description The workspace whose state was replaced. */
                            workspace: string;
                            /** @description The workspace the snapshot was exported from. */
                            source_workspace: string;
                            clock: {
                                /** Format: date-time */
                                now: string;
                                frozen: boolean;
                            };
                            /** @description Records imported, by kind. */
                            counts: {
                                [key: string]: number;
                            };
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            /** @description The snapshot is invalid; nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The snapshot is larger than the JSON body limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    ctlGetPersistence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of saving. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            enabled: boolean;
                            /** @enum {string} */
                            status: "ok" | "degraded" | "off";
                            /** @description Why saving is degraded (as `GET /v2/health` reports it). */
                            reason: string | null;
                            data_file: string | null;
                            /** @enum {string|null} */
                            sync: "batch" | "always" | null;
                            /**
                             * Format: date-time
                             * @description Wall-clock time of the last successful save.
                             */
                            last_saved_at: string | null;
                            last_save_ms: number | null;
                            /** @description The cause of the last failed write, while saving fails; null once a save works. */
                            last_error: null | {
                                /** Format: date-time */
                                at: string;
                                message: string;
                                code: string | null;
                            };
                            /** @description Writes of the data file that failed in a row (0 once one works). */
                            failed_saves: number;
                            /** @description Workspaces whose latest state is not on disk yet. */
                            pending_workspaces: number;
                            /** @description Workspaces whose state cannot be serialised; their last saved state stays in the file. */
                            unsaveable_workspaces: number;
                            workspace: {
                                id: string;
                                /** @description The latest state of this workspace is not on disk yet. */
                                pending: boolean;
                                /** @description Why this workspace cannot be saved. */
                                error: string | null;
                            };
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlListScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenarios. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["ScenarioSummary"][];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlPutScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name (its file name without .yaml). */
                name: components["parameters"]["ScenarioName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example name: contacts-rate-limited
                 *     description: Every third contact creation is refused with a 429 the document does not declare.
                 *     rules:
                 *       - match: { method: POST, path: /v2/contacts }
                 *         when: { every: 3 }
                 *         respond: { status: 429, undeclared: true }
                 */
                "application/yaml": string;
                "text/yaml": string;
                "text/plain": string;
                /**
                 * @example {
                 *       "description": "Every third contact creation is refused with a 429 the document does not declare.",
                 *       "rules": [
                 *         {
                 *           "match": {
                 *             "method": "POST",
                 *             "path": "/v2/contacts"
                 *           },
                 *           "when": {
                 *             "every": 3
                 *           },
                 *           "respond": {
                 *             "status": 429,
                 *             "undeclared": true
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            200: components["responses"]["Scenario"];
            400: components["responses"]["InvalidScenario"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlDeleteScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name (its file name without .yaml). */
                name: components["parameters"]["ScenarioName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Message"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlActivateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name (its file name without .yaml). */
                name: components["parameters"]["ScenarioName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Scenario"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlDeactivateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name (its file name without .yaml). */
                name: components["parameters"]["ScenarioName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Scenario"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlGetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Clock"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlSetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "freeze" | "resume" | "set";
                    /**
                     * Format: date-time
                     * @description Required with `set`; within years 0000–9999 (a four-digit year).
                     */
                    at?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlAdvanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    seconds: number;
                };
            };
        };
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlGetUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The upload_id (V2) or uploadId (V1) of the upload. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["Upload"];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlRecordLinkClick: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The enrollment (Contact) id.
                     */
                    contact_id: string;
                    /**
                     * Format: uri
                     * @description An http:// or https:// URL (anything else answers 400).
                     */
                    original_url: string;
                    /**
                     * Format: uuid
                     * @description Reuse a link; by default one link per (contact, original_url).
                     */
                    link_id?: string;
                    /**
                     * Format: date-time
                     * @description Defaults to the workspace clock.
                     */
                    clicked_at?: string;
                    ip?: string;
                    sequence_step?: number;
                    /** @description Whether UTM attribution is on for this click (default true). */
                    utm?: boolean;
                };
            };
        };
        responses: {
            /** @description The recorded click. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            link_id: string;
                            /** Format: uuid */
                            contact_id: string;
                            /** Format: uuid */
                            campaign_id: string;
                            /** Format: uri */
                            original_url: string;
                            final_url: string | null;
                            /** Format: date-time */
                            clicked_at: string;
                            /** @description First click of this contact on this link in its UTC day (so far). */
                            is_first_today: boolean;
                            /** Format: uuid */
                            conversation_id?: string;
                            /** Format: uuid */
                            conversation_message_id?: string;
                            sender_id?: string | null;
                            sequence_step?: number | null;
                            ip?: string | null;
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlConnectIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    team_id: string;
                    /** @enum {string} */
                    type: "linkedin" | "twitter";
                    /** @description The account's handle (LinkedIn public id, Twitter @name without the @). */
                    handle: string;
                    username?: string | null;
                    /** Format: email */
                    email?: string | null;
                    first_name?: string | null;
                    last_name?: string | null;
                    /** Format: uri */
                    photo?: string | null;
                    /**
                     * @description Default `active`.
                     * @enum {string}
                     */
                    status?: "active" | "disconnected";
                    /** @description Why the connection is broken (with `status` disconnected). */
                    error?: string | null;
                    settings?: {
                        max_messages_per_day?: number;
                        max_connection_requests_per_day?: number;
                        max_profile_visits_per_day?: number;
                        max_likes_per_day?: number;
                        action_cooldown_seconds?: number;
                        timezone?: string;
                        days?: number[];
                        hours?: {
                            start: string;
                            end: string;
                        }[];
                    };
                    /** Format: uuid */
                    sender_profile_id?: string | null;
                };
            };
        };
        responses: {
            /** @description The account was already connected; the identity, refreshed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectedIdentityResponse"];
                };
            };
            /** @description The new identity (as GET /v2/identities/:id shows it). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectedIdentityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlWebhookInboxList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The inbox's name (letters, digits, `.`, `_`, `-`); inboxes exist on first use. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox's entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: components["schemas"]["WebhookInboxEntry"][];
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlWebhookInboxReceive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The inbox's name (letters, digits, `.`, `_`, `-`); inboxes exist on first use. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description The entry was stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            received: true;
                            entry: components["schemas"]["WebhookInboxEntry"];
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlWebhookInboxClear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The inbox's name (letters, digits, `.`, `_`, `-`); inboxes exist on first use. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        message: string;
                        cleared?: number;
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlConsolePage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not served when the sandbox runs without its control plane (`--no-control-plane`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    ctlConsoleAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: "console.js" | "console.css";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Not served when the sandbox runs without its control plane (`--no-control-plane`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    ctlDocsPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not served when the sandbox runs without its control plane (`--no-control-plane`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    ctlDocsAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: "swagger-ui.css" | "swagger-ui-bundle.js" | "docs.js" | "api.json" | "control.json";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Not served when the sandbox runs without its control plane (`--no-control-plane`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
    ctlGetEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EngagementModelAnswer"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlPutEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    open_rate?: number;
                    click_rate?: number;
                    reply_rate?: number;
                    autoresponse_rate?: number;
                    bounce_rate?: number;
                    unsubscribe_rate?: number;
                };
            };
        };
        responses: {
            200: components["responses"]["EngagementModelAnswer"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
    ctlRecordEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The enrollment (Contact) id.
                     */
                    contact_id: string;
                    /** @enum {string} */
                    type: "open" | "click" | "reply" | "autoresponse" | "bounce" | "unsubscribe";
                    /** @enum {string} */
                    category?: "interested" | "question" | "meeting_request" | "not_interested" | "needs_review" | "invalid_recipient" | "policy_block" | "soft" | "unknown";
                    /** @description The reply's or autoresponse's text. */
                    text?: string;
                };
            };
        };
        responses: {
            /** @description The outcome happened; the event it logged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** Format: uuid */
                            event_id: string;
                            type: string;
                            /** Format: uuid */
                            contact_id: string;
                            campaign_id: string | null;
                            /** Format: date-time */
                            date: string;
                            details: Record<string, never>;
                        };
                        request_id: components["schemas"]["RequestId"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
}
