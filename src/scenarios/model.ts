/**
 * A scenario as loaded: the file's rules, normalised (shorthands expanded, the match compiled). The raw
 * file format is described by schema.json; loader.ts turns one into the other.
 */
import type { Fault } from './types.js';
import type { RequestMatcher } from './matcher.js';

export interface Scenario {
  name: string;
  description: string;
  /** The file it came from, for messages. */
  file: string;
  rules: Rule[];
}

export interface When {
  after: number;
  every: number;
  probability: number;
  /** Most applications; Infinity when unbounded. */
  times: number;
}

export interface Rule {
  name: string;
  /** `scenario/rule`, as the journal records it. */
  id: string;
  match: RequestMatcher;
  when: When;
  /** What the rule does on each match, unless it has a sequence. */
  effect: Effect;
  /** One step per match; 'pass' lets the request through untouched. */
  sequence?: Step[];
  loop: boolean;
  statePer: 'rule' | 'request';
}

export type Step = 'pass' | Effect;

export interface Effect {
  respond?: RespondSpec;
  delay?: DelaySpec;
  fault?: Fault;
  pagination?: PaginationSpec;
  rateLimit?: RateLimitSpec;
}

export interface RespondSpec {
  status: number;
  code?: string;
  message?: string;
  skCode?: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  empty?: boolean;
  undeclared?: boolean;
}

export type DelaySpec =
  | { kind: 'fixed'; ms: number; maxMs: number }
  | { kind: 'uniform'; min: number; max: number; maxMs: number }
  | { kind: 'normal'; mean: number; stddev: number; maxMs: number }
  | { kind: 'lognormal'; median: number; sigma: number; maxMs: number };

export type PaginationKind = 'insert' | 'remove' | 'repeat' | 'empty_page' | 'total_change' | 'cursor_expired' | 'cursor_invalid';

export interface PaginationSpec {
  kind: PaginationKind;
  count: number;
  delta: number;
  ttlSeconds: number;
  message?: string;
}

export interface RateLimitSpec {
  /** Sliding windows: at most `requests` per `ms` of workspace time. */
  windows: { requests: number; ms: number }[];
  concurrent?: number;
  scope: 'workspace' | 'operation';
  respond: RespondSpec;
}

export const DEFAULT_MAX_DELAY_MS = 60_000;
