/**
 * The named data sets a workspace can start from (`createSandbox({ dataSet })`, `sendbox --data NAME`).
 * Each is generated deterministically: the same name (and sandbox seed and workspace id, which give the
 * ids) always builds byte-identical state.
 *
 *   default      what `npm start` loads: a small organisation in every state the API can show
 *   demo         5,000 believable contacts across five teams, for sales demos; five weeks of engine output
 *   large:<n>    n SuperSend contacts and n/10 secret-key contacts, for benchmarks (1 ≤ n ≤ 10,000,000);
 *                large:<n>:<m> with m secret-key contacts (0 ≤ m ≤ 10,000,000)
 */
import type { Workspace } from '../src/workspace/workspace.js';
import { loadFaker } from './helpers.js';
import { seedDefault } from './default.js';
import { seedDemo } from './demo.js';
import { LARGE_MAX, defaultSkSize, seedLarge } from './large.js';

export interface DataSet {
  readonly name: string;
  readonly summary: string;
  /** Loads what building needs (Faker); call once before `populate`. */
  prepare(): Promise<void>;
  /** Fills an empty workspace with the data set. */
  populate(ws: Workspace): void;
  /**
   * True when the data set's campaign history is the engine's own output (it drives the engine while it
   * builds, seedWithEngine): the workspace's engine carries its running campaigns on. Otherwise the
   * history is written by hand and the engine leaves those enrollments alone (seedWithoutEngine).
   */
  readonly engine: boolean;
}

/** The names `resolveDataSet` accepts, as shown to people. */
export const DATA_SET_NAMES = ['default', 'demo', 'large:<n>'] as const;

const FIXED: Record<string, { summary: string; populate: (ws: Workspace) => void; engine: boolean }> = {
  default: { summary: 'one organisation in every state the API can show (2 teams, 8 senders on 14 domains, 8 campaigns, 50 contacts, 30 secret-key contacts)', populate: seedDefault, engine: false },
  demo: { summary: '5,000 contacts across five teams with five weeks of campaigns run by the engine, 1,200 secret-key contacts', populate: seedDemo, engine: true },
};

const LARGE = /^large:([1-9][0-9]*)(?::(0|[1-9][0-9]*))?$/;

export class UnknownDataSetError extends Error {
  constructor(name: string) {
    super(`unknown data set "${name}": use one of ${DATA_SET_NAMES.join(', ')} (n from 1 to ${LARGE_MAX.toLocaleString('en-US')}; large:<n>:<m> for m secret-key contacts)`);
    this.name = 'UnknownDataSetError';
  }
}

/** The data set of that name; throws UnknownDataSetError listing the names otherwise. */
export function resolveDataSet(name: string): DataSet {
  const fixed = Object.hasOwn(FIXED, name) ? FIXED[name] : undefined;
  if (fixed) return { name, summary: fixed.summary, prepare: loadFaker, populate: fixed.populate, engine: fixed.engine };
  const large = LARGE.exec(name);
  const size = large ? Number(large[1]) : NaN;
  const skSize = large?.[2] !== undefined ? Number(large[2]) : defaultSkSize(size);
  if (size <= LARGE_MAX && skSize <= LARGE_MAX) {
    const summary = `${size.toLocaleString('en-US')} SuperSend contacts and ${skSize.toLocaleString('en-US')} secret-key contacts`;
    return { name, summary, prepare: loadFaker, populate: ws => seedLarge(ws, size, skSize), engine: false };
  }
  throw new UnknownDataSetError(name);
}

/** Resolves and prepares a data set, ready for `populate`. */
export async function loadDataSet(name: string): Promise<DataSet> {
  const dataSet = resolveDataSet(name);
  await dataSet.prepare();
  return dataSet;
}
