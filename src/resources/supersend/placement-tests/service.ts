/**
 * Placement test rules: creation (seed count, an active sender of the team, credits from the pool shared
 * with email verification), the planned course and the per-seed outcomes, and the state of a test at any
 * instant of the workspace clock, which lists filter, sort and summarise.
 */
import type { World } from '../../world.js';
import type { Team } from '../records.js';
import type { Sender } from '../senders/store.js';
import { requireActiveSender } from '../senders/service.js';
import { invalidParameter, teamAccessDenied } from '../errors.js';
import type { Page } from '../util.js';
import { ApiError } from '../../../http/errors.js';
import { beforeChange } from '../../../workspace/writes.js';
import type { Placement, PlacementResult, PlacementTest } from './store.js';

export const PLACEMENT_STATUSES = ['pending', 'sending', 'sent', 'completed', 'failed'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

const MINUTE = 60_000;
/** From sending to sent: the test email goes out to every seed. */
export const SENDING_MS = 5 * MINUTE;
/** Seed mailboxes are checked every five minutes after the send; the third check settles the test. */
export const CHECK_INTERVAL_MS = 5 * MINUTE;
export const MAX_CHECKS = 3;
export const DEFAULT_SEED_COUNT = 10;

const placementTestNotFound = () => new ApiError(404, 'placement_test_not_found', 'Placement test not found');
const missing = (param: string) => invalidParameter(param, `${param} is required`, 'missing_required_parameter');

function requireTeamIn(world: World, teamId: string, param: string): Team {
  const team = world.stores.supersend.teams.get(teamId);
  if (!team) throw teamAccessDenied(param);
  return team;
}

// ---- the course of a test ----

const reached = (at: string | null, now: number) => at !== null && Date.parse(at) <= now;

/** The status of a test at `now`. */
export function statusAt(t: PlacementTest, now: number): PlacementStatus {
  if (reached(t.failed_at, now)) return 'failed';
  if (reached(t.completed_at, now)) return 'completed';
  if (reached(t.sent_at, now)) return 'sent';
  if (reached(t.sending_at, now)) return 'sending';
  return 'pending';
}

/** What the seed mailboxes have shown by `now`: a seed not checked yet counts as not received. */
export function resultsAt(t: PlacementTest, now: number): PlacementResult[] {
  if (t.sent_at === null || !reached(t.sent_at, now)) return [];
  const checksRun = Math.min(MAX_CHECKS, Math.floor((now - Date.parse(t.sent_at)) / CHECK_INTERVAL_MS));
  return t.results.map(r => reached(r.checked_at, now) ? r : { ...r, placement: 'not_received', received_at: null, checked_at: null, check_attempts: checksRun, tags: [] });
}

export type ResultsSummary = Record<Placement, number>;

export function summaryAt(t: PlacementTest, now: number): ResultsSummary {
  const summary: ResultsSummary = { inbox: 0, spam: 0, not_received: 0, bounced: 0 };
  for (const r of resultsAt(t, now)) summary[r.placement] += 1;
  return summary;
}

/** round(100 · inbox / total_seeds) once completed; null before. */
export function scoreAt(t: PlacementTest, now: number): number | null {
  if (statusAt(t, now) !== 'completed') return null;
  return Math.round((100 * t.results.filter(r => r.placement === 'inbox').length) / t.total_seeds);
}

/** The last instant of the course reached by `now`. */
export function updatedAt(t: PlacementTest, now: number): string {
  let last = t.created_at;
  for (const at of [t.sending_at, t.sent_at, t.completed_at, t.failed_at]) if (at !== null && reached(at, now) && at > last) last = at;
  return last;
}

// ---- outcomes ----

/** How well each sender provider reaches inboxes, before the sender's own health. */
const PROVIDER_REACH: Record<string, number> = {
  google: 0.97, outlook: 0.93, missioninbox: 0.95, 'supersend-relay': 0.9, 'ss-private-smtp': 0.92, smtp: 0.85,
};

/** Every third seed is an Outlook mailbox, the others Gmail. */
export function seedAddresses(count: number): { email: string; provider: 'gmail' | 'outlook' }[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return (i + 1) % 3 === 0 ? { email: `seed-${n}@outlook-seeds.supersend.io`, provider: 'outlook' } : { email: `seed-${n}@inboxcheck.supersend.io`, provider: 'gmail' };
  });
}

/** Chance the email lands in the inbox of a seed of `seedProvider`, from the sender's health and provider. */
export function inboxChance(sender: Pick<Sender, 'health_score' | 'provider'> | undefined, seedProvider: string): number {
  const health = (sender?.health_score ?? 80) / 100;
  const reach = PROVIDER_REACH[sender?.provider ?? 'smtp'] ?? 0.85;
  const sameFamily = (sender?.provider === 'google' && seedProvider === 'gmail') || (sender?.provider === 'outlook' && seedProvider === 'outlook');
  return Math.min(0.98, Math.max(0.02, health * reach * (sameFamily ? 1.03 : 1)));
}

function drawPlacement(world: World, inbox: number): Placement {
  const r = world.random.next();
  if (r < inbox) return 'inbox';
  // Of what misses the inbox: 70% spam, 20% never arrives, 10% bounces.
  const miss = (r - inbox) / (1 - inbox);
  return miss < 0.7 ? 'spam' : miss < 0.9 ? 'not_received' : 'bounced';
}

function tagsFor(world: World, placement: Placement, provider: string): string[] {
  if (placement === 'inbox') return provider === 'gmail' ? [world.random.pick(['primary', 'primary', 'primary', 'promotions', 'updates'])] : [world.random.pick(['focused', 'focused', 'other'])];
  if (placement === 'spam') return [provider === 'gmail' ? 'spam' : 'junk'];
  return placement === 'bounced' ? ['bounced'] : [];
}

/** The seeds' outcomes of a send at `sentAt`, drawn from the workspace random source. */
function planResults(world: World, sender: Sender | undefined, count: number, sentAt: number): PlacementResult[] {
  return seedAddresses(count).map(seed => {
    const placement = drawPlacement(world, inboxChance(sender, seed.provider));
    const arrives = placement === 'inbox' || placement === 'spam';
    const attempts = placement === 'not_received' ? MAX_CHECKS : placement === 'bounced' ? 1 : world.random.int(1, 2);
    return {
      id: world.random.uuid(),
      seed_email: seed.email,
      placement,
      received_at: arrives ? new Date(sentAt + world.random.int(5, 240) * 1000).toISOString() : null,
      checked_at: new Date(sentAt + attempts * CHECK_INTERVAL_MS).toISOString(),
      check_attempts: attempts,
      tags: tagsFor(world, placement, seed.provider),
      metadata: { provider: seed.provider },
    };
  });
}

// ---- create ----

export interface PlacementTestInput {
  name?: string;
  test_email_subject?: string;
  test_email_body?: string;
  test_email_from?: string;
  seed_count?: number;
  sender_id?: string;
  auto_send?: boolean;
  team_id?: string;
}

/** For seeds: an automatic test, a send that starts at a given instant, or one that fails. */
export interface PlacementCourse {
  is_auto_test?: boolean;
  /** When sending starts (ms); default: now with auto_send, after the processing latency without. */
  sendingAt?: number;
  /** The send fails a minute after it starts: no results, no score. */
  fails?: boolean;
}

/** Not enough credits in the organisation's pool (shared with email verification). */
function insufficientCredits(required: number, available: number): ApiError {
  return new ApiError(402, 'insufficient_credits', `Not enough credits: this test needs ${required}, ${available} left`, {
    details: { requiredCredits: required, availableCredits: available },
  });
}

/** POST /v2/placement-tests: checks everything, spends `seed_count` credits, plans the test's course. */
export function createPlacementTest(world: World, input: PlacementTestInput, course: PlacementCourse = {}): PlacementTest {
  if (input.team_id === undefined) throw missing('team_id');
  const team = requireTeamIn(world, input.team_id, 'team_id');
  if (input.sender_id === undefined) throw missing('sender_id');
  const sender = requireActiveSender(world, input.sender_id, 'sender_id', team.id);
  const seeds = input.seed_count ?? DEFAULT_SEED_COUNT;
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 50) throw invalidParameter('seed_count', 'seed_count must be an integer from 1 to 50');
  const org = world.stores.supersend.org;
  if (org.verification_credits < seeds) throw insufficientCredits(seeds, org.verification_credits);

  beforeChange(org).verification_credits -= seeds;
  const store = world.stores.placementTests;
  const now = world.clock.now();
  const autoSend = input.auto_send ?? false;
  // Without auto_send the sandbox sends it itself once the request is processed.
  const sendingAt = course.sendingAt ?? (autoSend ? now : now + world.processingLatencyMs);
  const sentAt = sendingAt + SENDING_MS;
  const iso = (ms: number) => new Date(ms).toISOString();
  const fails = course.fails === true;
  const { id, name, email } = world.stores.supersend.user;
  const test: PlacementTest = {
    id: world.random.uuid(),
    team_id: team.id,
    sender_id: sender.id,
    name: input.name ?? 'Untitled Test',
    tracking_code: `ss-${world.random.hex(6)}`,
    total_seeds: seeds,
    credit_cost: seeds,
    auto_send: autoSend,
    is_auto_test: course.is_auto_test ?? false,
    test_email_subject: input.test_email_subject ?? null,
    test_email_body: input.test_email_body ?? null,
    test_email_from: input.test_email_from ?? (sender.send_as || sender.email),
    seed_addresses: seedAddresses(seeds).map(s => s.email),
    created_by: course.is_auto_test ? null : { id, name, email },
    sending_at: iso(sendingAt),
    sent_at: fails ? null : iso(sentAt),
    completed_at: fails ? null : iso(sentAt + MAX_CHECKS * CHECK_INTERVAL_MS),
    failed_at: fails ? iso(sendingAt + MINUTE) : null,
    results: fails ? [] : planResults(world, sender, seeds, sentAt),
    seq: store.next.seq,
    created_at: iso(now),
  };
  beforeChange(store.next).seq += 1;
  store.tests.set(test.id, test);
  return test;
}

export function getPlacementTest(world: World, id: string): PlacementTest {
  const test = world.stores.placementTests.tests.get(id);
  if (!test) throw placementTestNotFound();
  return test;
}

// ---- list ----

export const CONDITION_FIELDS = ['score', 'created_at', 'sent_at', 'completed_at'] as const;
type ConditionField = (typeof CONDITION_FIELDS)[number];
const OPERATORS = { eq: (d: number) => d === 0, neq: (d: number) => d !== 0, gt: (d: number) => d > 0, gte: (d: number) => d >= 0, lt: (d: number) => d < 0, lte: (d: number) => d <= 0 } as const;
type Operator = keyof typeof OPERATORS;
const OPERATOR_NAMES: readonly Operator[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];

export interface Condition {
  field: ConditionField;
  operator: Operator;
  /** A score, or a date in ms. */
  value: number;
}

const badFilters = (message: string) => invalidParameter('conditional_filters', `conditional_filters ${message}`);

/** Parses `conditional_filters`: a JSON array (or one object) of `{field, operator, value}`. */
export function parseConditions(raw: string): Condition[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badFilters('must be valid JSON, e.g. [{"field":"score","operator":"gte","value":80}]');
  }
  const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((c, i) => {
    if (c === null || typeof c !== 'object') throw badFilters(`[${i}] must be an object {field, operator, value}`);
    const field = CONDITION_FIELDS.find(f => 'field' in c && f === c.field);
    const operator = OPERATOR_NAMES.find(o => 'operator' in c && o === c.operator);
    const value = 'value' in c ? c.value : undefined;
    if (!field) throw badFilters(`[${i}].field must be one of ${CONDITION_FIELDS.join(', ')}`);
    if (!operator) throw badFilters(`[${i}].operator must be one of ${OPERATOR_NAMES.join(', ')}`);
    if (field === 'score') {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw badFilters(`[${i}].value must be a number for score`);
      return { field, operator, value };
    }
    const at = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(at)) throw badFilters(`[${i}].value must be an ISO 8601 date for ${field}`);
    return { field, operator, value: at };
  });
}

/** A test as a list sees it at one instant. */
export interface PlacementRow {
  test: PlacementTest;
  status: PlacementStatus;
  score: number | null;
  sent_at: string | null;
  completed_at: string | null;
}

export function rowAt(test: PlacementTest, now: number): PlacementRow {
  return {
    test,
    status: statusAt(test, now),
    score: scoreAt(test, now),
    sent_at: reached(test.sent_at, now) ? test.sent_at : null,
    completed_at: reached(test.completed_at, now) ? test.completed_at : null,
  };
}

function fieldValue(row: PlacementRow, field: ConditionField): number | null {
  if (field === 'score') return row.score;
  const at = field === 'created_at' ? row.test.created_at : row[field];
  return at === null ? null : Date.parse(at);
}

const meets = (row: PlacementRow, c: Condition) => {
  const v = fieldValue(row, c.field);
  return v !== null && OPERATORS[c.operator](v - c.value);
};

export type PlacementSortField = 'created_at' | 'name' | 'status' | 'score' | 'sent_at' | 'completed_at';

export interface PlacementQuery {
  team_id?: string;
  sender_id?: string;
  status?: PlacementStatus;
  search?: string;
  sort_by: PlacementSortField;
  sort_order: 'asc' | 'desc';
  conditional_filters?: string;
  limit: number;
  offset: number;
}

function sortKey(row: PlacementRow, field: PlacementSortField): string | number | null {
  if (field === 'name') return row.test.name.toLowerCase();
  if (field === 'created_at') return row.test.created_at;
  return row[field];
}

/** Sorted by `field`, tests without a value last in either direction, ties in creation order. */
function sortRows(rows: PlacementRow[], field: PlacementSortField, order: 'asc' | 'desc'): void {
  const sign = order === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    const x = sortKey(a, field);
    const y = sortKey(b, field);
    if (x === null || y === null) return x === y ? sign * (a.test.seq - b.test.seq) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * (c || a.test.seq - b.test.seq);
  });
}

export interface PlacementSummary {
  total_tests: number;
  completed_tests: number;
  average_score: number | null;
  tests_this_month: number;
  last_test: PlacementRow | null;
}

/** Totals over the tests the list matched; "this month" is the clock's UTC month. */
function summarise(rows: PlacementRow[], now: number): PlacementSummary {
  const month = new Date(now).toISOString().slice(0, 7);
  const scores = rows.filter(r => r.status === 'completed').map(r => r.score!);
  const last = rows.reduce<PlacementRow | null>((l, r) => (!l || r.test.created_at > l.test.created_at || (r.test.created_at === l.test.created_at && r.test.seq > l.test.seq) ? r : l), null);
  return {
    total_tests: rows.length,
    completed_tests: scores.length,
    average_score: scores.length ? Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) / 10 : null,
    tests_this_month: rows.filter(r => r.test.created_at.startsWith(month)).length,
    last_test: last,
  };
}

/** GET /v2/placement-tests: filtered and sorted at the clock's instant, with the matched tests' summary. */
export function listPlacementTests(world: World, q: PlacementQuery): Page<PlacementRow> & { summary: PlacementSummary } {
  if (q.team_id !== undefined) requireTeamIn(world, q.team_id, 'team_id');
  const conditions = q.conditional_filters !== undefined ? parseConditions(q.conditional_filters) : [];
  const now = world.clock.now();
  const needle = q.search?.toLowerCase();
  const rows = [...world.stores.placementTests.tests.values()]
    .filter(t => (q.team_id === undefined || t.team_id === q.team_id) && (q.sender_id === undefined || t.sender_id === q.sender_id) && (!needle || t.name.toLowerCase().includes(needle)))
    .map(t => rowAt(t, now))
    .filter(r => (q.status === undefined || r.status === q.status) && conditions.every(c => meets(r, c)));
  sortRows(rows, q.sort_by, q.sort_order);
  return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length, summary: summarise(rows, now) };
}
