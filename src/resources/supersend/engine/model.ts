/**
 * The engagement model: what happens after an email is sent. Rates are per workspace (the `engagement`
 * store, GET/PUT /__sandbox/engagement); draws come from the workspace's seeded random source, always the
 * same number per send, so a seed plus requests plus clock moves gives the same outcomes.
 *
 * An address whose local part starts with one of the CONVENTIONS prefixes forces its outcome (tests ask
 * for each by address, as with email verification).
 */
import type { Random } from '../../../workspace/random.js';
import { defineStore } from '../../../workspace/stores.js';
import { beforeChange, swapInPlace } from '../../../workspace/writes.js';
import { section } from '../../../workspace/snapshot-schema.js';
import type { BounceCategory } from '../records.js';
import { REPLY_CATEGORIES, type OutcomeType, type ReplyCategory } from './store.js';

export interface EngagementModel {
  /** Share of delivered emails opened. */
  open_rate: number;
  /** Share of opened emails clicked. */
  click_rate: number;
  /** Share of delivered emails replied to. */
  reply_rate: number;
  /** Share of delivered emails answered by an out-of-office autoresponder. */
  autoresponse_rate: number;
  /** Share of sent emails that bounce. */
  bounce_rate: number;
  /** Share of delivered emails whose recipient unsubscribes. */
  unsubscribe_rate: number;
}

export const MODEL_FIELDS = ['open_rate', 'click_rate', 'reply_rate', 'autoresponse_rate', 'bounce_rate', 'unsubscribe_rate'] as const satisfies readonly (keyof EngagementModel)[];

export const DEFAULT_MODEL: EngagementModel = {
  open_rate: 0.45, click_rate: 0.1, reply_rate: 0.06, autoresponse_rate: 0.02, bounce_rate: 0.03, unsubscribe_rate: 0.01,
};

export interface EngagementStore {
  model: EngagementModel;
}

export const engagementStore = defineStore<EngagementStore, EngagementModel>({
  path: ['supersend', 'engagement'],
  create: () => ({ model: { ...DEFAULT_MODEL } }),
  dump: store => store.model,
  schema: () => section(Object.fromEntries(MODEL_FIELDS.map(f => [f, { type: 'number', minimum: 0, maximum: 1 }]))),
  prepareRestore: (store, data) => () => swapInPlace(store, { model: { ...data } }),
});

export function setModel(store: EngagementStore, patch: Partial<EngagementModel>): EngagementModel {
  beforeChange(store).model = { ...store.model, ...patch };
  return store.model;
}

/** One outcome an email leads to, with its delay after the send (ms). */
export interface DrawnOutcome {
  type: OutcomeType;
  delayMs: number;
  category: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Address prefixes that force an outcome (README "Campaign engine" lists them). */
export const CONVENTIONS: readonly { prefix: string; outcome: string }[] = [
  { prefix: 'silent', outcome: 'never engages' },
  { prefix: 'softbounce', outcome: 'bounces, category soft' },
  { prefix: 'bounce', outcome: 'bounces, category invalid_recipient' },
  { prefix: 'invalid', outcome: 'bounces, category invalid_recipient' },
  { prefix: 'interested', outcome: 'opens and replies, category interested' },
  { prefix: 'reply', outcome: 'opens and replies, category question' },
  { prefix: 'ooo', outcome: 'autoresponds (out of office): paused until resume_at' },
  { prefix: 'unsub', outcome: 'opens and unsubscribes' },
];

const BOUNCE_SHARES: readonly [BounceCategory, number][] = [['invalid_recipient', 0.5], ['policy_block', 0.2], ['soft', 0.2], ['unknown', 0.1]];

function weighted<T>(u: number, shares: readonly [T, number][]): T {
  let acc = 0;
  for (const [value, share] of shares) {
    acc += share;
    if (u < acc) return value;
  }
  return shares[shares.length - 1][0];
}

const minutes = (u: number, from: number, to: number) => Math.round(from + u * (to - from)) * MINUTE;

/** The outcome an address forces, or undefined when the model decides. */
function forcedByAddress(email: string | null): DrawnOutcome[] | undefined {
  const local = (email ?? '').split('@')[0].toLowerCase();
  const open: DrawnOutcome = { type: 'open', delayMs: 30 * MINUTE, category: null };
  if (local.startsWith('silent')) return [];
  if (local.startsWith('softbounce')) return [{ type: 'bounce', delayMs: 2 * MINUTE, category: 'soft' }];
  if (local.startsWith('bounce') || local.startsWith('invalid')) return [{ type: 'bounce', delayMs: 2 * MINUTE, category: 'invalid_recipient' }];
  if (local.startsWith('interested')) return [open, { type: 'reply', delayMs: 2 * HOUR, category: 'interested' }];
  if (local.startsWith('reply')) return [open, { type: 'reply', delayMs: 2 * HOUR, category: 'question' }];
  if (local.startsWith('ooo')) return [{ type: 'autoresponse', delayMs: 1 * MINUTE, category: null }];
  if (local.startsWith('unsub')) return [open, { type: 'unsubscribe', delayMs: 1 * HOUR, category: null }];
  return undefined;
}

/**
 * What an email sent to `email` leads to. Always nine draws, whatever the address or outcome, so one
 * contact's address never shifts another contact's outcomes.
 */
export function drawOutcomes(model: EngagementModel, random: Random, email: string | null): DrawnOutcome[] {
  const u = Array.from({ length: 9 }, () => random.next());
  const forced = forcedByAddress(email);
  if (forced) return forced;
  if (u[0] < model.bounce_rate) return [{ type: 'bounce', delayMs: minutes(u[1], 1, 10), category: weighted(u[2], BOUNCE_SHARES) }];
  const out: DrawnOutcome[] = [];
  if (u[3] < model.autoresponse_rate) out.push({ type: 'autoresponse', delayMs: minutes(u[1], 1, 5), category: null });
  const opened = u[4] < model.open_rate;
  const openDelay = minutes(u[1], 10, 8 * 60);
  if (opened) out.push({ type: 'open', delayMs: openDelay, category: null });
  if (opened && u[5] < model.click_rate) out.push({ type: 'click', delayMs: openDelay + 3 * MINUTE, category: null });
  if (u[6] < model.unsubscribe_rate) out.push({ type: 'unsubscribe', delayMs: openDelay + 10 * MINUTE, category: null });
  else if (u[7] < model.reply_rate) {
    const category: ReplyCategory = REPLY_CATEGORIES[Math.floor(u[8] * REPLY_CATEGORIES.length)];
    out.push({ type: 'reply', delayMs: openDelay + minutes(u[2], 20, 24 * 60), category });
  }
  return out;
}
