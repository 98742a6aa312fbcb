/**
 * The campaign engine's state: when each enrollment's next step is due, and the engagement outcomes
 * already drawn that happen later (an open two hours after a send). Both sit on one agenda, keyed by due
 * time, so the workspace needs ONE scheduler task (at the earliest due time), never one per enrollment.
 *
 * Agenda items are `s:<enrollment id>` (the enrollment's next step) and `o:<outcome id>` (a drawn outcome).
 * Within one due time items run in the order they were put there, which the snapshot keeps.
 *
 * The sending rules (sending.ts) keep their counters here too: what each sender and campaign sent on its
 * current day, and which email steps already have their `scheduled` event.
 */
import { LoggedMap, LoggedSet, recordUndo, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, DAY_KEY, epochMs, id, int, invalidSnapshot, nid, nstr, oneOf, record, str, uniqueIds, type Schema } from '../../../workspace/snapshot-schema.js';
import type { Channel } from '../events/service.js';
import { resumeEngine } from './service.js';

export const OUTCOME_TYPES = ['open', 'click', 'reply', 'autoresponse', 'bounce', 'unsubscribe'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

/** AI reply categories (supersend-facts §9). */
export const REPLY_CATEGORIES = ['interested', 'question', 'meeting_request', 'not_interested', 'needs_review'] as const;
export type ReplyCategory = (typeof REPLY_CATEGORIES)[number];

/** An outcome drawn at send time that happens at `at`. */
export interface PendingOutcome {
  id: string;
  enrollment_id: string;
  type: OutcomeType;
  at: number;
  sender_id: string | null;
  sequence_step: number | null;
  channel: Channel;
  /** bounce: its category; reply: its AI category. */
  category: string | null;
  text: string | null;
}

/** What a sender sent on `day` (YYYY-MM-DD in its day's timezone): in all, and per campaign. */
export interface SenderDay {
  day: string;
  sent: number;
  campaigns: Record<string, number>;
}

/** What a campaign sent on `day` (YYYY-MM-DD in the campaign's timezone), for its own max_per_day. */
export interface CampaignDay {
  day: string;
  sent: number;
}

export interface EngineStore {
  /** Due time (epoch ms) → agenda items due then, in the order they were added. */
  agenda: LoggedMap<number, LoggedSet<string>>;
  /** Enrollment id → due time of its next step (each enrollment is on the agenda at most once). */
  stepDue: LoggedMap<string, number>;
  outcomes: LoggedMap<string, PendingOutcome>;
  /**
   * Due times in a binary min-heap, a cache over `agenda`'s keys (may hold times no longer there). A write
   * that rolls back may bring back a removed time: the undo marks the heap stale and it is rebuilt.
   */
  heap: number[];
  heapStale: boolean;
  /** Sender id → its current day's counts (one entry per sender: a new day replaces the old one). */
  senderDays: LoggedMap<string, SenderDay>;
  /** Campaign id → its current day's count. */
  campaignDays: LoggedMap<string, CampaignDay>;
  /** Enrollment id → the email node whose `scheduled` event is recorded (once per step, not per re-queue). */
  announced: LoggedMap<string, string>;
  /** True while a data set is written: seeded enrollments keep their seeded history and are not adopted. */
  seeding: boolean;
  /** True while a data set drives the engine itself (driveEngine): no scheduler task is set meanwhile. */
  driving: boolean;
}

export const stepItem = (enrollmentId: string) => `s:${enrollmentId}`;
export const outcomeItem = (outcomeId: string) => `o:${outcomeId}`;

function emptyEngine(): EngineStore {
  return {
    agenda: new LoggedMap(), stepDue: new LoggedMap(), outcomes: new LoggedMap(true), heap: [], heapStale: false,
    senderDays: new LoggedMap(true), campaignDays: new LoggedMap(true), announced: new LoggedMap(true), seeding: false, driving: false,
  };
}

// ---- the heap of due times ----

function heapPush(heap: number[], value: number): void {
  let i = heap.push(value) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= value) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = value;
}

function heapPop(heap: number[]): void {
  const last = heap.pop()!;
  if (heap.length === 0) return;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= heap.length) break;
    const c = l + 1 < heap.length && heap[l + 1] < heap[l] ? l + 1 : l;
    if (heap[c] >= last) break;
    heap[i] = heap[c];
    i = c;
  }
  heap[i] = last;
}

/** Any change to the agenda may be undone; the heap is then rebuilt from the agenda's keys. */
function markHeapOnUndo(store: EngineStore): void {
  recordUndo(() => {
    store.heapStale = true;
  });
}

/** The earliest due time on the agenda, or undefined. */
export function earliestDue(store: EngineStore): number | undefined {
  if (store.heapStale) {
    store.heap = [];
    for (const at of store.agenda.keys()) heapPush(store.heap, at);
    store.heapStale = false;
  }
  while (store.heap.length > 0 && !store.agenda.has(store.heap[0])) heapPop(store.heap);
  return store.heap[0];
}

/** Puts `item` on the agenda at `at` (after the items already due then). */
export function addItem(store: EngineStore, at: number, item: string): void {
  let bucket = store.agenda.get(at);
  if (!bucket) {
    store.agenda.set(at, (bucket = new LoggedSet(true)));
    markHeapOnUndo(store);
    heapPush(store.heap, at);
  }
  bucket.add(item);
}

/**
 * Takes the items due at `at` off the agenda, the whole bucket at once (taking items one by one from the
 * front of a Set is quadratic); items their work puts at the same time form a new bucket, taken next.
 */
export function takeDue(store: EngineStore, at: number): string[] {
  const items = [...(store.agenda.get(at) ?? [])];
  // Undone, the bucket comes back to the agenda, and the heap (which popped its time) must hold it again.
  markHeapOnUndo(store);
  store.agenda.delete(at);
  return items;
}

export function removeItem(store: EngineStore, at: number, item: string): void {
  const bucket = store.agenda.get(at);
  if (!bucket) return;
  bucket.delete(item);
  if (bucket.size === 0) {
    // Undone, the bucket comes back to the agenda, and the heap (which may have popped its time) must hold it again.
    markHeapOnUndo(store);
    store.agenda.delete(at);
  }
}

/** Schedules (or moves) an enrollment's next step. */
export function setStepDue(store: EngineStore, enrollmentId: string, at: number): void {
  clearStepDue(store, enrollmentId);
  store.stepDue.set(enrollmentId, at);
  addItem(store, at, stepItem(enrollmentId));
}

/** Takes an enrollment off the agenda (finished, paused, parked). */
export function clearStepDue(store: EngineStore, enrollmentId: string): void {
  const at = store.stepDue.get(enrollmentId);
  if (at === undefined) return;
  removeItem(store, at, stepItem(enrollmentId));
  store.stepDue.delete(enrollmentId);
}

export function addOutcome(store: EngineStore, outcome: PendingOutcome): void {
  store.outcomes.set(outcome.id, outcome);
  addItem(store, outcome.at, outcomeItem(outcome.id));
}

// ---- snapshot ----

export interface EngineData {
  /** Each enrollment's next step, in agenda order (due time, then the order added). */
  steps: { enrollment_id: string; at: number }[];
  /** Drawn outcomes still to happen, in agenda order. */
  outcomes: PendingOutcome[];
  /*
   * The sending counters, written only when there are any: a snapshot made before they existed imports
   * as it is, and one with none stays as it was.
   */
  sender_days?: ({ sender_id: string } & SenderDay)[];
  campaign_days?: ({ campaign_id: string } & CampaignDay)[];
  scheduled?: { enrollment_id: string; node_id: string }[];
}

function dumpEngine(store: EngineStore): EngineData {
  const steps: EngineData['steps'] = [];
  const outcomes: PendingOutcome[] = [];
  for (const at of [...store.agenda.keys()].sort((a, b) => a - b)) {
    for (const item of store.agenda.get(at)!) {
      const ref = item.slice(2);
      if (item.startsWith('s:')) steps.push({ enrollment_id: ref, at });
      else outcomes.push(store.outcomes.get(ref)!);
    }
  }
  const data: EngineData = { steps, outcomes };
  if (store.senderDays.size > 0) data.sender_days = [...store.senderDays].map(([sender_id, d]) => ({ sender_id, ...d }));
  if (store.campaignDays.size > 0) data.campaign_days = [...store.campaignDays].map(([campaign_id, d]) => ({ campaign_id, ...d }));
  if (store.announced.size > 0) data.scheduled = [...store.announced].map(([enrollment_id, node_id]) => ({ enrollment_id, node_id }));
  return data;
}

function prepareEngineRestore(target: EngineStore, data: EngineData): () => void {
  const fresh = emptyEngine();
  // Rebuilding the agenda in dump order keeps the order within each due time.
  const items = [
    ...data.steps.map(s => ({ at: s.at, item: stepItem(s.enrollment_id) })),
    ...data.outcomes.map(o => ({ at: o.at, item: outcomeItem(o.id) })),
  ].sort((a, b) => a.at - b.at);
  for (const s of data.steps) fresh.stepDue.set(s.enrollment_id, s.at);
  for (const o of data.outcomes) fresh.outcomes.set(o.id, o);
  for (const { at, item } of items) addItem(fresh, at, item);
  for (const { sender_id, ...day } of data.sender_days ?? []) fresh.senderDays.set(sender_id, day);
  for (const { campaign_id, ...day } of data.campaign_days ?? []) fresh.campaignDays.set(campaign_id, day);
  for (const s of data.scheduled ?? []) fresh.announced.set(s.enrollment_id, s.node_id);
  return () => swapInPlace(target, fresh);
}

function checkEngine(data: EngineData, refs: { ids(path: string): ReadonlyMap<string, number> }): void {
  const enrollments = refs.ids('supersend.enrollments');
  const seen = new Set<string>();
  data.steps.forEach((s, i) => {
    const param = `supersend.engine.steps[${i}].enrollment_id`;
    if (!enrollments.has(s.enrollment_id)) throw invalidSnapshot(param, `${param} names enrollment ${s.enrollment_id}, which is not in the snapshot`);
    if (seen.has(s.enrollment_id)) throw invalidSnapshot(param, `${param} repeats enrollment ${s.enrollment_id}`);
    seen.add(s.enrollment_id);
  });
  uniqueIds('supersend.engine.outcomes', data.outcomes);
  data.outcomes.forEach((o, i) => {
    const param = `supersend.engine.outcomes[${i}].enrollment_id`;
    if (!enrollments.has(o.enrollment_id)) throw invalidSnapshot(param, `${param} names enrollment ${o.enrollment_id}, which is not in the snapshot`);
  });
  checkOnce('sender_days', 'sender_id', data.sender_days ?? []);
  checkOnce('campaign_days', 'campaign_id', data.campaign_days ?? []);
  checkOnce('scheduled', 'enrollment_id', data.scheduled ?? []);
}

/**
 * Each counter row names its record at most once. A row may name a record no longer there (a draft
 * campaign deleted for good): it is never read again, so it is kept rather than refused.
 */
function checkOnce<K extends string>(list: string, key: K, rows: readonly Record<K, string>[]): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const param = `supersend.engine.${list}[${i}].${key}`;
    if (seen.has(row[key])) throw invalidSnapshot(param, `${param} repeats ${row[key]}`);
    seen.add(row[key]);
  });
}


function engineSchema(): Schema {
  const steps = arrayOf(record({ enrollment_id: id, at: epochMs }));
  const outcomes = arrayOf(record({
    id, enrollment_id: id, type: oneOf(...OUTCOME_TYPES), at: epochMs, sender_id: nid, sequence_step: { ...int, type: ['integer', 'null'] },
    channel: oneOf('email', 'linkedin', 'twitter', 'text', 'call'), category: nstr, text: nstr,
  }));
  const counters = {
    sender_days: arrayOf(record({ sender_id: id, day: DAY_KEY, sent: int, campaigns: { type: 'object', propertyNames: id, additionalProperties: int } })),
    campaign_days: arrayOf(record({ campaign_id: id, day: DAY_KEY, sent: int })),
    scheduled: arrayOf(record({ enrollment_id: id, node_id: str })),
  };
  // Exactly these fields, the counters optional (see EngineData).
  return { ...record({ steps, outcomes }, counters), additionalProperties: false };
}

export const engineStore = defineStore<EngineStore, EngineData>({
  path: ['supersend', 'engine'],
  create: emptyEngine,
  dump: dumpEngine,
  schema: engineSchema,
  check: checkEngine,
  prepareRestore: prepareEngineRestore,
  count: data => ({ engine_steps: data.steps.length, engine_outcomes: data.outcomes.length }),
  resume: (_store, host) => resumeEngine(host),
});
