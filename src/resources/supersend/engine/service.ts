/**
 * The campaign engine: active campaigns (status 1, not a draft, not archived) move their enrollments
 * through their sequences on the workspace clock, and drawn engagement outcomes happen when they are due.
 *
 * Everything due sits on one agenda (store.ts); the workspace holds ONE scheduler task for the engine, at
 * the earliest due time. The task runs every due item in time order (each task is its own undoable write),
 * yielding between slices, then schedules itself again. An enrollment of a campaign that is not running
 * leaves the agenda when its turn comes and is put back when the campaign is activated again.
 *
 * applyOutcome is the one place an engagement outcome changes state: enrollment flags, status, interest,
 * pause, the event log. Campaign contact_metrics and the V1 overview metrics are derived from those flags
 * (campaigns/service.ts), so every view agrees.
 */
import type { World } from '../../world.js';
import type { StoreHost } from '../../../workspace/stores.js';
import type { TimeSlice } from '../../../workspace/slices.js';
import type { Campaign, Enrollment, Interest } from '../records.js';
import { beforeChange } from '../../../workspace/writes.js';
import { isoTime as iso } from '../../../workspace/clock.js';
import { ApiError } from '../../../http/errors.js';
import { invalidParameter } from '../errors.js';
import { enrollmentsOfCampaign, findEnrollment, moveEnrollment } from '../store.js';
import { recordEvent, type EventRecord } from '../events/service.js';
import { addOutcome, clearStepDue, earliestDue, setStepDue, takeDue, OUTCOME_TYPES, REPLY_CATEGORIES, type OutcomeType, type PendingOutcome } from './store.js';
import { conditionHolds, dataOf, textOf, findNode, firstNode, nodeId, nodeType, stepNumberOf, subjectFor, successor, variantFor, waitOf, type SequenceNode } from './graph.js';
import { drawOutcomes } from './model.js';
import { runSocialStep } from './social.js';
import { outcomeConsequences } from './consequences.js';
import { checkSend, noteScheduled, recordBlocked, recordSend, type WaitReason } from './sending.js';

export const ENGINE_TASK = 'campaign engine';
/** Nodes one enrollment may pass in one step before it continues a minute later (guards zero-wait loops). */
const MAX_HOPS = 50;
const MINUTE = 60_000;
/** How long an out-of-office autoresponse pauses a contact. */
const AUTORESPONSE_PAUSE_MS = 5 * 86_400_000;
/** Due items run between two yields to the event loop, at most. */
const ITEMS_PER_CHECK = 128;

export const isRunning = (c: Campaign | undefined): c is Campaign => !!c && c.status === 1 && !c.is_draft && !c.archived;
/** [I] A campaign's `end` date (settings) stops its sequences: due steps park until the date moves. */
const CAMPAIGN_ENDED: WaitReason = 'CAMPAIGN_ENDED';
const hasEnded = (c: Campaign, now: number) => c.settings.end !== null && Date.parse(c.settings.end) <= now;
const isLive = (e: Enrollment) => !e.archived && !e.deleted;
const canMove = (e: Enrollment) => isLive(e) && !e.finished && !e.paused;

// ---- scheduling ----

/** Makes sure the engine task runs at the agenda's earliest due time. */
export function scheduleEngine(world: World): void {
  // While a data set drives the engine itself (seedWithEngine), no task: it is scheduled once, at the end.
  if (world.stores.engine.driving) return;
  const at = earliestDue(world.stores.engine);
  if (at === undefined) return;
  if (world.scheduler.pending().some(t => t.label === ENGINE_TASK && t.at <= at)) return;
  world.scheduler.at(at, ENGINE_TASK, slice => runEngine(world, slice));
}

/** After an import or a restart: the agenda came with the data, the task did not. */
export function resumeEngine(host: StoreHost): void {
  if (isWorld(host)) scheduleEngine(host);
}

function isWorld(host: StoreHost): host is World {
  return 'stores' in host;
}

/** Puts an enrollment's next step on the agenda at `at` (its status and next_step say so). */
function queueStep(world: World, e: Enrollment, at: number): void {
  setStepDue(world.stores.engine, e.id, at);
  Object.assign(beforeChange(e), { status: 'queued', next_step: iso(at) });
  scheduleEngine(world);
}

function dequeueStep(world: World, e: Enrollment): void {
  clearStepDue(world.stores.engine, e.id);
  Object.assign(beforeChange(e), { status: 'idle', next_step: null });
}

/**
 * Writes a data set: its enrollments keep the history the data set gives them and the engine does not
 * adopt them (adoptRunningCampaigns does, e.g. for the benchmark); contacts enrolled later are driven.
 */
export function seedWithoutEngine(world: World, populate: () => void): void {
  whileFlagged(world, 'seeding', populate);
}

/** Runs `populate` with one of the engine store's seeding flags raised. */
function whileFlagged(world: World, flag: 'seeding' | 'driving', populate: () => void): void {
  world.stores.engine[flag] = true;
  try {
    populate();
  } finally {
    world.stores.engine[flag] = false;
  }
}

/**
 * Writes a data set whose history is the engine's own output: `populate` moves the clock itself and
 * runs the agenda with driveEngine; no engine task is scheduled meanwhile. Afterwards ONE task, on
 * `world`'s scheduler and clock, at the agenda's next due time: the workspace carries the campaigns on.
 */
export function seedWithEngine(world: World, populate: () => void): void {
  whileFlagged(world, 'driving', populate);
  scheduleEngine(world);
}

/**
 * Runs the engine synchronously up to `untilMs` on `world`'s (frozen) clock: the clock moves to each due
 * time in turn and that time's items run, then the clock is set to `untilMs`. Only the engine's agenda
 * runs (scheduled tasks such as webhook deliveries do not): for data sets, inside seedWithEngine.
 */
export function driveEngine(world: World, untilMs: number): void {
  const store = world.stores.engine;
  for (let at = earliestDue(store); at !== undefined && at <= untilMs; at = earliestDue(store)) {
    if (at > world.clock.now()) world.clock.set(at);
    for (const item of takeDue(store, at)) runItem(world, item, at);
  }
  if (untilMs > world.clock.now()) world.clock.set(untilMs);
  scheduleEngine(world);
}

/** Puts every movable contact of every running campaign on the agenda. */
export function adoptRunningCampaigns(world: World): void {
  for (const campaign of world.stores.supersend.campaigns.values()) onCampaignChanged(world, campaign);
}

/** A contact joined a campaign: it starts once the workspace's processing latency has passed. */
export function onEnrolled(world: World, e: Enrollment): void {
  if (world.stores.engine.seeding) return;
  const campaign = world.stores.supersend.campaigns.get(e.campaign_id);
  if (isRunning(campaign) && canMove(e)) queueStep(world, e, world.clock.now() + world.processingLatencyMs);
}

/**
 * A campaign may have started running (activated, published): its movable contacts not on the agenda
 * go back on it, at their next_step when that is still ahead, else after the processing latency.
 */
export function onCampaignChanged(world: World, campaign: Campaign): void {
  if (!isRunning(campaign) || world.stores.engine.seeding) return;
  const soon = world.clock.now() + world.processingLatencyMs;
  for (const e of enrollmentsOfCampaign(world.stores.supersend, campaign.id)) {
    if (!canMove(e) || world.stores.engine.stepDue.has(e.id)) continue;
    const planned = e.next_step ? Date.parse(e.next_step) : NaN;
    queueStep(world, e, Number.isFinite(planned) && planned > soon ? planned : soon);
  }
}

/**
 * A V1 bulk action changed an enrollment's position or state (restart, finish, unfinish, resume,
 * assign_step, transfer): the agenda follows.
 */
export function onEnrollmentReset(world: World, e: Enrollment): void {
  const campaign = world.stores.supersend.campaigns.get(e.campaign_id);
  if (isRunning(campaign) && canMove(e)) queueStep(world, e, world.clock.now() + world.processingLatencyMs);
  else dequeueStep(world, e);
}

// ---- the task ----

export async function runEngine(world: World, slice: TimeSlice): Promise<void> {
  let ran = 0;
  for (const _ of runDue(world, world.clock.now())) {
    if (++ran % ITEMS_PER_CHECK === 0) await slice.check();
  }
  scheduleEngine(world);
}

/** Runs every item due at or before `now`, earliest first; yields after each (the task pauses between slices there). */
function* runDue(world: World, now: number): Generator<void> {
  const store = world.stores.engine;
  for (let at = earliestDue(store); at !== undefined && at <= now; at = earliestDue(store)) {
    for (const item of takeDue(store, at)) {
      runItem(world, item, at);
      yield;
    }
  }
}

function runItem(world: World, item: string, at: number): void {
  const store = world.stores.engine;
  const ref = item.slice(2);
  if (item.startsWith('s:')) {
    // An earlier item of this run may have moved the step (an autoresponse pauses it): that one counts.
    if (store.stepDue.get(ref) !== at) return;
    store.stepDue.delete(ref);
    stepEnrollment(world, ref);
    return;
  }
  const outcome = store.outcomes.get(ref);
  store.outcomes.delete(ref);
  const e = outcome && world.stores.supersend.enrollments.get(outcome.enrollment_id);
  if (outcome && e && isLive(e)) applyOutcome(world, e, outcome);
}

/** One enrollment's turn: it moves along its sequence until it waits, finishes or leaves. */
function stepEnrollment(world: World, enrollmentId: string): void {
  const e = world.stores.supersend.enrollments.get(enrollmentId);
  if (!e || !isLive(e) || e.finished) return;
  const campaign = world.stores.supersend.campaigns.get(e.campaign_id);
  const now = world.clock.now();
  if (!isRunning(campaign) || hasEnded(campaign, now)) {
    // Parked: activating the campaign (or moving its end date) puts it back (onCampaignChanged), next_step kept as planned.
    Object.assign(beforeChange(e), { status: 'idle', ...(isRunning(campaign) && { reason: CAMPAIGN_ENDED }) });
    return;
  }
  if (e.paused) {
    if (!e.resume_at || Date.parse(e.resume_at) > now) return;
    Object.assign(beforeChange(e), { paused: false, paused_at: null, resume_at: null });
  }
  walk(world, campaign, e);
}

type Move = { next: SequenceNode | undefined; delayMs: number } | 'done';

function walk(world: World, campaign: Campaign, e: Enrollment): void {
  const now = world.clock.now();
  beforeChange(e);
  e.status = 'processing';
  let node = e.current_node_id ? findNode(campaign, e.current_node_id) : firstNode(campaign);
  if (!e.started_sequence) e.started_sequence = true;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    if (!node) return finish(world, e);
    const ran = node;
    const move = runNode(world, campaign, e, node);
    e.last_node_processed_at = iso(now);
    if (move === 'done') return;
    node = move.next;
    if (node && move.delayMs > 0) {
      // An email step put off (sending rules) waits at itself: not a new step, so no new `scheduled` event.
      noteScheduled(world, campaign, e, node, now + move.delayMs, node !== ran);
      return park(world, campaign, e, node, now + move.delayMs);
    }
  }
  if (node) park(world, campaign, e, node, now + MINUTE);
  else finish(world, e);
}

/** The enrollment waits at `node` until `at`. */
function park(world: World, campaign: Campaign, e: Enrollment, node: SequenceNode, at: number): void {
  Object.assign(beforeChange(e), { current_node_id: nodeId(node), step_number: stepNumberOf(campaign, node), updated_at: world.clock.isoNow() });
  queueStep(world, e, at);
}

/** The contact reached the end of its sequence (or a stop node): finished, off the agenda. */
function finish(world: World, e: Enrollment): void {
  dequeueStep(world, e);
  Object.assign(beforeChange(e), { finished: true, updated_at: world.clock.isoNow() });
}

function runNode(world: World, campaign: Campaign, e: Enrollment, node: SequenceNode): Move {
  const type = nodeType(node);
  switch (type) {
    case 'stopNode':
      finish(world, e);
      return 'done';
    case 'emailNode': {
      const sent = sendEmail(world, campaign, e, node);
      if (sent === 'blocked') return 'done';
      if (typeof sent === 'object') return { next: node, delayMs: sent.waitUntil - world.clock.now() };
      return { next: successor(campaign, node), delayMs: waitOf(node) };
    }
    case 'waitNode':
      return { next: successor(campaign, node), delayMs: waitOf(node) };
    case 'ifNode':
      return { next: successor(campaign, node, conditionHolds(node, e)), delayMs: 0 };
    case 'moveToAnotherCampaignNode':
      moveToCampaign(world, e, node);
      return 'done';
    default: {
      // startNode, noteNode, and the LinkedIn / Twitter steps (act or skip): the contact stays in the campaign,
      // unless the blacklist blocks a step that would act.
      const social = runSocialStep(world, campaign, e, node);
      if (social === 'blocked') {
        recordBlocked(world, e);
        finish(world, e);
        return 'done';
      }
      // Held by the identity's limits, hours or cooldown: the step waits at its node.
      if (social) return { next: node, delayMs: social.waitUntil - world.clock.now() };
      return { next: successor(campaign, node), delayMs: waitOf(node) };
    }
  }
}

/** What became of an email step: sent, skipped (no address), blocked (blacklist: finished), or put off until `waitUntil`. */
type EmailResult = 'sent' | 'skipped' | 'blocked' | { waitUntil: number };

/**
 * Sends the node's email to the contact (variant A–D per contact) and draws what it leads to, if the
 * sending rules (sending.ts: blacklist, sender, window, daily limits) let it go now.
 */
function sendEmail(world: World, campaign: Campaign, e: Enrollment, node: SequenceNode): EmailResult {
  if (!e.email) {
    beforeChange(e).reason = 'NO_EMAIL';
    return 'skipped';
  }
  const now = world.clock.now();
  const step = stepNumberOf(campaign, node);
  const decision = checkSend(world, campaign, e, now);
  if (decision.kind === 'blocked') {
    Object.assign(beforeChange(e), { current_node_id: nodeId(node), step_number: step });
    recordBlocked(world, e);
    finish(world, e);
    return 'blocked';
  }
  if (decision.kind === 'wait') {
    if (decision.reason) beforeChange(e).reason = decision.reason;
    return { waitUntil: decision.until };
  }
  recordSend(world, campaign, e, decision.sender, now);
  const variant = variantFor(node, e.id);
  Object.assign(beforeChange(e), { variant: variant.toUpperCase(), last_activity_at: iso(now), current_node_id: nodeId(node), step_number: step });
  recordEvent(world, { type: 'sent', contact: e, sequence_step: step, subject: subjectFor(node, variant), details: { node_id: nodeId(node), variant: variant.toUpperCase() } });
  for (const drawn of drawOutcomes(world.stores.engagement.model, world.random, e.email)) {
    addOutcome(world.stores.engine, {
      id: world.random.uuid(), enrollment_id: e.id, type: drawn.type, at: now + drawn.delayMs, sender_id: e.sender_id,
      sequence_step: step, channel: 'email', category: drawn.category, text: null,
    });
  }
  scheduleEngine(world);
  return 'sent';
}

/** moveToAnotherCampaignNode: the contact starts the target campaign's sequence; unknown targets finish it. */
function moveToCampaign(world: World, e: Enrollment, node: SequenceNode): void {
  const data = dataOf(node);
  const targetId = textOf(data.campaign_id ?? data.campaignId ?? data.CampaignId);
  const state = world.stores.supersend;
  const target = state.campaigns.get(targetId);
  if (!target || target.team_id !== e.team_id || target.id === e.campaign_id || findEnrollment(state, target.id, e.profile_id)) return finish(world, e);
  dequeueStep(world, e);
  moveEnrollment(state, e, target.id);
  Object.assign(beforeChange(e), { started_sequence: false, current_node_id: null, step_number: null, reason: null, updated_at: world.clock.isoNow() });
  onEnrolled(world, e);
}

// ---- outcomes: the one place they change state ----

export interface OutcomeInput {
  type: OutcomeType;
  /** bounce: bounce_category; reply: AI category. */
  category?: string | null;
  text?: string | null;
  sender_id?: string | null;
  sequence_step?: number | null;
}

const INTEREST_OF: Record<string, Interest> = { interested: 'interested', meeting_request: 'meeting_request', not_interested: 'not_interested' };

/** Stops the sequence for good (reply, bounce, unsubscribe). */
function stopSequence(world: World, e: Enrollment): void {
  dequeueStep(world, e);
  beforeChange(e).finished = true;
}

export function applyOutcome(world: World, e: Enrollment, input: OutcomeInput): EventRecord {
  const now = world.clock.now();
  beforeChange(e);
  e.updated_at = iso(now);
  e.last_activity_at = iso(now);
  const details: Record<string, unknown> = {};
  switch (input.type) {
    case 'open':
      e.opened = true;
      break;
    case 'click':
      e.opened = true;
      e.clicked = true;
      break;
    case 'reply': {
      const category = input.category ?? 'needs_review';
      e.replied = true;
      e.opened = true;
      if (INTEREST_OF[category]) e.interest = INTEREST_OF[category];
      Object.assign(details, { category, text: input.text ?? null });
      stopSequence(world, e);
      break;
    }
    case 'autoresponse': {
      const resumeAt = now + AUTORESPONSE_PAUSE_MS;
      Object.assign(e, { paused: true, paused_at: iso(now), resume_at: iso(resumeAt) });
      Object.assign(details, { resume_at: iso(resumeAt), text: input.text ?? null });
      // Paused until resume_at: the step then continues where the contact was (or the V1 `resume` action).
      if (!e.finished) {
        setStepDue(world.stores.engine, e.id, resumeAt);
        Object.assign(e, { status: 'idle', next_step: iso(resumeAt) });
        scheduleEngine(world);
      }
      break;
    }
    case 'bounce': {
      const category = input.category ?? 'unknown';
      e.bounced = true;
      e.bounce_category = category === 'invalid_recipient' || category === 'policy_block' || category === 'soft' ? category : 'unknown';
      details.bounce_category = e.bounce_category;
      stopSequence(world, e);
      break;
    }
    case 'unsubscribe':
      e.unsubscribed = true;
      stopSequence(world, e);
      break;
  }
  // The inbox message and blacklist entries the outcome leads to; the event links the message.
  Object.assign(details, outcomeConsequences(world, e, input));
  return recordEvent(world, { type: input.type, contact: e, sender_id: input.sender_id ?? e.sender_id, sequence_step: input.sequence_step ?? e.step_number, details });
}

/** Re-exported for the pending outcome a drawn send carries. */
export type { PendingOutcome };

// ---- the control plane: one outcome now ----

export interface EngagementRequest {
  contact_id: string;
  type: string;
  category?: string;
  text?: string;
}

const BOUNCE_CATEGORY_VALUES = ['invalid_recipient', 'policy_block', 'soft', 'unknown'];

/** POST /__sandbox/engagements: makes one outcome happen now for an enrollment. */
export function recordEngagement(world: World, input: EngagementRequest): EventRecord {
  const type = OUTCOME_TYPES.find(t => t === input.type);
  if (!type) throw invalidParameter('type', `type must be one of ${OUTCOME_TYPES.join(', ')}`);
  if (input.category !== undefined) {
    const allowed: readonly string[] = type === 'reply' ? REPLY_CATEGORIES : type === 'bounce' ? BOUNCE_CATEGORY_VALUES : [];
    if (!allowed.includes(input.category)) {
      throw invalidParameter('category', allowed.length ? `category must be one of ${allowed.join(', ')} for ${type}` : `category applies to reply and bounce only`);
    }
  }
  const e = world.stores.supersend.enrollments.get(input.contact_id);
  if (!e || e.deleted) throw new ApiError(404, 'contact_not_found', 'Contact not found', { param: 'contact_id' });
  return applyOutcome(world, e, { type, category: input.category, text: input.text });
}
