/**
 * Walking a campaign's sequence (supersend-facts §19): V2 nodes joined by edges, or V1 steps ordered by
 * `data.step_number` (next_step_number / true_step_number / false_step_number when given).
 */
import { isRecord } from '../../../guards.js';
import type { Campaign, Enrollment } from '../records.js';

export type SequenceNode = Record<string, unknown>;

export const dataOf = (node: SequenceNode): Record<string, unknown> =>
  isRecord(node.data) ? node.data : {};

export const nodeType = (node: SequenceNode): string => (typeof node.type === 'string' ? node.type : '');
/**
 * A free-form value of a sequence (node data, ids, custom fields) as text: scalars as written, anything
 * else as '' (String() of an object can throw, e.g. `{"toString": 1}`, and would halt the engine).
 */
export const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

export const nodeId = (node: SequenceNode): string => textOf(node.id);

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** The node's V1 step number (node-level or in data), else its 1-based position. */
export function stepNumberOf(campaign: Campaign, node: SequenceNode): number {
  return numberOr(node.step_number, numberOr(dataOf(node).step_number, campaign.nodes.indexOf(node) + 1));
}

/** V1 steps: nodes in step order. */
function stepsInOrder(campaign: Campaign): SequenceNode[] {
  return campaign.nodes.map((node, i) => ({ node, n: stepNumberOf(campaign, node), i })).sort((a, b) => a.n - b.n || a.i - b.i).map(x => x.node);
}

export function findNode(campaign: Campaign, id: string): SequenceNode | undefined {
  return campaign.nodes.find(n => nodeId(n) === id);
}

/** Where an enrollment starts: the startNode, else (V1) the first step. */
export function firstNode(campaign: Campaign): SequenceNode | undefined {
  return campaign.nodes.find(n => nodeType(n) === 'startNode') ?? stepsInOrder(campaign)[0];
}

const TRUE_HANDLES = ['true', 'yes', 'a'];
const FALSE_HANDLES = ['false', 'no', 'b'];
const handleSays = (handle: unknown, words: string[]) => typeof handle === 'string' && words.some(w => handle.toLowerCase().split(/[^a-z]+/).includes(w));

/** The node after `node`; for an ifNode the branch `branch` picks. */
export function successor(campaign: Campaign, node: SequenceNode, branch?: boolean): SequenceNode | undefined {
  if (campaign.edges.length > 0) {
    const out = campaign.edges.filter(e => e.source === node.id);
    let edge = out[0];
    if (branch !== undefined) {
      edge = out.find(e => handleSays(e.sourceHandle, branch ? TRUE_HANDLES : FALSE_HANDLES)) ?? (branch ? out[0] : out[1]);
    }
    return edge ? findNode(campaign, textOf(edge.target)) : undefined;
  }
  const data = dataOf(node);
  const pointer = branch === undefined ? node.next_step_number ?? data.next_step_number : branch ? node.true_step_number ?? data.true_step_number : node.false_step_number ?? data.false_step_number;
  const steps = stepsInOrder(campaign);
  if (typeof pointer === 'number') return steps.find(s => stepNumberOf(campaign, s) === pointer);
  return steps[steps.indexOf(node) + 1];
}

const UNIT_MS: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000, week: 604_800_000, weeks: 604_800_000 };

/** The node's `wait` in ms (`wait_unit` defaults to days). */
export function waitOf(node: SequenceNode): number {
  const data = dataOf(node);
  const wait = numberOr(data.wait, 0);
  const unit = typeof data.wait_unit === 'string' ? data.wait_unit.toLowerCase() : 'days';
  return Math.max(0, wait) * (UNIT_MS[unit] ?? UNIT_MS.days);
}

/** An ifNode's condition (`event` names a contact field, engagement flag or custom field). */
export function conditionHolds(node: SequenceNode, e: Enrollment): boolean {
  const data = dataOf(node);
  const field = textOf(data.event);
  const fields = e as unknown as Record<string, unknown>; // a field named by the sequence, read by name
  const raw = field in fields ? fields[field] : e.custom[field];
  const value = textOf(raw).toLowerCase();
  const expected = textOf(data.comparison_value).toLowerCase();
  switch ((textOf(data.comparison) || '=').toLowerCase()) {
    case '!=': case 'not_equals': case 'is_not': return value !== expected;
    case 'contains': return value.includes(expected);
    case 'not_contains': return !value.includes(expected);
    case 'exists': case 'is_set': return value !== '' && value !== 'false';
    case 'not_exists': case 'is_not_set': return value === '' || value === 'false';
    default: return value === expected;
  }
}

/** A/B variant (A–D) of an email node for a contact: the same contact always gets the same variant. */
export function variantFor(node: SequenceNode, contactId: string): string {
  const data = dataOf(node);
  const present = ['a', 'b', 'c', 'd'].filter(v => v === 'a' || data[`subject_${v}`] !== undefined || data[`body_${v}`] !== undefined);
  let h = 2166136261;
  for (const ch of `${contactId}:${nodeId(node)}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return present[(h >>> 0) % present.length];
}

export function subjectFor(node: SequenceNode, variant: string): string | null {
  const data = dataOf(node);
  const subject = data[`subject_${variant}`] ?? (variant === 'a' ? data.subject : undefined);
  return typeof subject === 'string' ? subject : null;
}
