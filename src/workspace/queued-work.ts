/**
 * Bounds on queued work (upload rows, import files, bulk job ids waiting on a workspace clock), so that
 * clients piling work onto a frozen clock cannot exhaust the process. Each workspace has an account of
 * the rows and bytes it holds queued; the pool caps rows per workspace, and rows and bytes across all
 * workspaces. Work is held when it is accepted and released when it is done or dropped.
 */
import { ApiError } from '../http/errors.js';

export interface QueueLimits {
  /** Rows queued in one workspace, at most. */
  workspaceRows: number;
  /** Rows queued across all workspaces, at most. */
  totalRows: number;
  /** Bytes of queued input (request bodies, files) across all workspaces, at most. */
  totalBytes: number;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = { workspaceRows: 50_000, totalRows: 250_000, totalBytes: 256 * 1024 * 1024 };

/** What a piece of queued work costs: rows to process and the bytes of input it keeps. */
export interface Work {
  rows: number;
  bytes: number;
}

/**
 * Why work was not queued: `too_large` when it could never fit (a request larger than the bound itself),
 * `full` when it fits once queued work drains.
 */
export interface Refusal {
  kind: 'too_large' | 'full';
  limit: keyof QueueLimits;
  max: number;
  queued: number;
  asked: number;
}

/** Queued work taken from an account; released once, when the work is done or dropped. */
export interface Hold {
  release(): void;
}

export interface QueueAccount {
  readonly rows: number;
  readonly bytes: number;
  /** Holds `work` if the bounds allow it, else answers why not (nothing held). */
  hold(work: Work): Hold | Refusal;
  /** Releases everything held (the workspace's queued work was dropped). */
  releaseAll(): void;
}

export interface QueuedWorkPool {
  readonly limits: QueueLimits;
  /** A new account for a workspace (`owner` is what `isLive` is asked about). */
  account(owner: string): QueueAccount;
  /** Rows and bytes held by live accounts. */
  totals(): Work;
}

export function isRefusal(x: Hold | Refusal): x is Refusal {
  return 'kind' in x;
}

interface AccountState extends QueueAccount {
  owner: string;
  /** Set when released wholesale; holds taken before then release nothing. */
  generation: number;
  rowsHeld: number;
  bytesHeld: number;
}

/**
 * `isLive(owner, account)` says whether the account still belongs to an open workspace: accounts of
 * evicted or reset workspaces stop counting the next time a bound is reached.
 */
export function createQueuedWorkPool(
  limits: Partial<QueueLimits> = {},
  isLive: (owner: string, account: QueueAccount) => boolean = () => true,
): QueuedWorkPool {
  const bounds: QueueLimits = {
    workspaceRows: limits.workspaceRows ?? DEFAULT_QUEUE_LIMITS.workspaceRows,
    totalRows: limits.totalRows ?? DEFAULT_QUEUE_LIMITS.totalRows,
    totalBytes: limits.totalBytes ?? DEFAULT_QUEUE_LIMITS.totalBytes,
  };
  /** Accounts holding something. */
  const holding = new Set<AccountState>();

  const totals = (): Work => {
    let rows = 0;
    let bytes = 0;
    for (const a of holding) {
      rows += a.rowsHeld;
      bytes += a.bytesHeld;
    }
    return { rows, bytes };
  };

  const forgetDead = () => {
    for (const a of holding) if (!isLive(a.owner, a)) drop(a);
  };

  const drop = (a: AccountState) => {
    a.generation++;
    a.rowsHeld = 0;
    a.bytesHeld = 0;
    holding.delete(a);
  };

  const refusal = (account: AccountState, work: Work): Refusal | undefined => {
    const perWorkspace = check('workspaceRows', account.rowsHeld, work.rows);
    if (perWorkspace) return perWorkspace;
    let total = totals();
    if (total.rows + work.rows > bounds.totalRows || total.bytes + work.bytes > bounds.totalBytes) {
      forgetDead();
      total = totals();
    }
    return check('totalRows', total.rows, work.rows) ?? check('totalBytes', total.bytes, work.bytes);
  };

  const check = (limit: keyof QueueLimits, queued: number, asked: number): Refusal | undefined => {
    const max = bounds[limit];
    if (asked > max) return { kind: 'too_large', limit, max, queued, asked };
    if (queued + asked > max) return { kind: 'full', limit, max, queued, asked };
    return undefined;
  };

  return {
    limits: bounds,
    totals,
    account(owner) {
      const account: AccountState = {
        owner,
        generation: 0,
        rowsHeld: 0,
        bytesHeld: 0,
        get rows() {
          return account.rowsHeld;
        },
        get bytes() {
          return account.bytesHeld;
        },
        hold(work) {
          const refused = refusal(account, work);
          if (refused) return refused;
          account.rowsHeld += work.rows;
          account.bytesHeld += work.bytes;
          holding.add(account);
          const generation = account.generation;
          let released = false;
          return {
            release() {
              if (released || generation !== account.generation) return;
              released = true;
              account.rowsHeld -= work.rows;
              account.bytesHeld -= work.bytes;
              if (account.rowsHeld === 0 && account.bytesHeld === 0) holding.delete(account);
            },
          };
        },
        releaseAll: () => drop(account),
      };
      return account;
    },
  };
}

const LIMIT_WORDING: Record<keyof QueueLimits, { scope: string; unit: string; option: string }> = {
  workspaceRows: { scope: 'This workspace', unit: 'rows', option: 'maxQueuedRows / --max-queued-rows' },
  totalRows: { scope: 'The sandbox (all workspaces)', unit: 'rows', option: 'maxQueuedRowsTotal / --max-queued-rows-total' },
  totalBytes: { scope: 'The sandbox (all workspaces)', unit: 'bytes', option: 'maxQueuedBytes / --max-queued-mb' },
};

/**
 * The answer to refused work: 413 when the request alone exceeds a bound, else 429 with Retry-After
 * (queued work drains as the workspace clock moves). `param` names the request field holding the work.
 */
export function queuedWorkError(refusal: Refusal, param: string): ApiError {
  const { scope, unit, option } = LIMIT_WORDING[refusal.limit];
  const n = (x: number) => x.toLocaleString('en-US');
  if (refusal.kind === 'too_large') {
    return new ApiError(413, 'request_too_large', `${param} holds ${n(refusal.asked)} ${unit} of queued work; at most ${n(refusal.max)} can be queued (${option})`, {
      param,
    });
  }
  return new ApiError(
    429,
    'queue_full',
    `${scope} has ${n(refusal.queued)} ${unit} of work queued (at most ${n(refusal.max)}); this request adds ${n(refusal.asked)}. Retry once queued work has been processed.`,
    {
      param,
      headers: { 'Retry-After': '1' },
      suggestion: 'Wait for queued imports to finish (on a frozen clock, advance it with POST /__sandbox/clock/advance), then retry.',
    },
  );
}
