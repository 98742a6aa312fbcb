/**
 * Loads scenario files (scenarios/*.yaml): parse with positions, validate against schema.json, check what
 * a schema can't say (the name matches the file, rule names are unique, a rule has an effect, a rule can
 * apply to some documented operation), then normalise into model.ts's shapes. A problem names
 * `file:line:col: problem`; it stops start-up, except in a user's folder for a file no `--scenario`
 * selects, which is left out with a warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { Alias, Document, LineCounter } from 'yaml';
import { yamlLibrary } from '../yaml-library.js';
import { compileMatch, type OperationShape, type RawMatch } from './matcher.js';
import { scenarioValidator } from './schema-validator.js';
import { cachedPlainValue } from './parse-cache.js';
import { DEFAULT_MAX_DELAY_MS, type DelaySpec, type Effect, type PaginationSpec, type RateLimitSpec, type RespondSpec, type Rule, type Scenario, type Step } from './model.js';
import type { Fault } from './types.js';
import { errorMessage } from '../guards.js';
import { builtPath } from '../package-root.js';

export const SCENARIO_SCHEMA = JSON.parse(readFileSync(builtPath('src/scenarios/schema.json'), 'utf8')) as object;
const validate = scenarioValidator(SCENARIO_SCHEMA);

/** A bad scenario file: names the file, the line and column, and the problem. */
export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
    /** Where in the document, as keys and indexes (`rules.0.respond.status`), when known. */
    readonly path: readonly (string | number)[] = [],
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'ScenarioFileError';
  }
}

/** What errors call a scenario sent in a request body (PUT /__sandbox/scenarios/{name}) instead of a file name. */
export const REQUEST_BODY_LABEL = 'body';

/** A documented operation, as the never-applies check reads it. */
export interface CheckedOperation extends OperationShape {
  declaredStatuses: ReadonlySet<number>;
}

/** Every *.yaml / *.yml file of the folder, in name order. Names are unique across files. */
export function loadScenarioDirectory(directory: string, operations?: readonly CheckedOperation[]): Scenario[] {
  return loadScenarios({ directories: [{ path: directory, strict: true }], operations }, () => undefined);
}

export interface ScenarioSources {
  /** Folders in order; in a folder that is not `strict`, a bad file no one selected is left out with a warning. */
  directories: readonly { path: string; strict: boolean }[];
  /** Files loaded one by one (`--scenario path/to/file.yaml`): always strict. */
  files?: readonly string[];
  /** Names selected to be active: their files must load. */
  selected?: readonly string[];
  /** The API's operations, to refuse rules that can never apply. */
  operations?: readonly CheckedOperation[];
}

/** The scenarios of every folder and file, in that order; a name defined twice is a problem of the second file. */
export function loadScenarios(sources: ScenarioSources, warn: (message: string) => void): Scenario[] {
  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  const load = (path: string, strict: boolean) => {
    try {
      const scenario = loadScenarioFile(path, sources.operations);
      const before = seen.get(scenario.name);
      if (before) throw new ScenarioFileError(displayName(path), 1, 1, `scenario "${scenario.name}" is already defined in ${before}`);
      seen.set(scenario.name, displayName(path));
      scenarios.push(scenario);
    } catch (e) {
      if (!(e instanceof ScenarioFileError) || strict || sources.selected?.includes(fileScenarioName(path))) throw e;
      warn(`${e.message} (file left out; nothing selects it)`);
    }
  };
  for (const directory of sources.directories) {
    for (const file of scenarioFiles(directory.path)) load(join(directory.path, file), directory.strict);
  }
  for (const file of sources.files ?? []) load(file, true);
  return scenarios;
}

function scenarioFiles(directory: string): string[] {
  try {
    return readdirSync(directory).filter(f => /\.ya?ml$/.test(f)).sort();
  } catch (e) {
    throw new Error(`scenario folder ${directory} cannot be read: ${errorMessage(e)}`);
  }
}

/** The name a scenario file must declare: its file name without .yaml / .yml. */
export function fileScenarioName(path: string): string {
  return basename(path).replace(/\.ya?ml$/, '');
}

export function loadScenarioFile(path: string, operations?: readonly CheckedOperation[]): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ScenarioFileError(displayName(path), 1, 1, `cannot be read: ${errorMessage(e)}`);
  }
  return parseScenario(text, displayName(path), { expectedName: fileScenarioName(path), operations });
}

export interface ParseOptions {
  /** The name the scenario must have (its file's name, or the name in a PUT's path). */
  expectedName?: string;
  /** A scenario without `name` takes `expectedName` (a PUT body, whose path names it already). */
  nameOptional?: boolean;
  /** The API's operations: a rule that can never apply to any of them is refused. */
  operations?: readonly CheckedOperation[];
}

/** Parses one scenario's text; `file` is what problems are reported against. */
export function parseScenario(text: string, file: string, options: ParseOptions = {}): Scenario {
  const { expectedName, operations } = options;
  // The YAML is parsed when the text is not a cached shipped file, or when a problem needs its position.
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const yaml = () => (parsed ??= parseYaml(text));
  const fail = (offset: number, problem: string, path?: (string | number)[]): never => {
    const { line, col } = yaml().lineCounter.linePos(offset);
    throw new ScenarioFileError(file, line, col, problem, path);
  };
  const raw = cachedPlainValue(text) ?? plainValueOf(yaml().doc, fail);
  const at = (path: (string | number)[]) => offsetOf(yaml().doc, path);
  if (options.nameOptional && expectedName !== undefined && isPlainObject(raw) && raw.name === undefined) raw.name = expectedName;

  if (!validate(raw)) {
    const error = mostSpecific(validate.errors ?? []);
    const path = pointerPath(error.instancePath);
    const target = error.keyword === 'additionalProperties' ? keyOffset(yaml().doc, path, String(error.params.additionalProperty)) : at(path);
    fail(target, describe(error, path), path);
  }
  // validate() has held raw to schema.json, which RawScenario mirrors.
  const scenario = raw as RawScenario;
  if (expectedName !== undefined && scenario.name !== expectedName) {
    fail(at(['name']), `name "${scenario.name}" must equal the ${file === REQUEST_BODY_LABEL ? 'name in the path' : 'file name'} "${expectedName}"`, ['name']);
  }
  const ruleNames = new Set<string>();
  const rules = scenario.rules.map((rawRule, i): Rule => {
    const name = rawRule.name ?? `rule-${i + 1}`;
    if (ruleNames.has(name)) fail(at(['rules', i, 'name']), `rule name "${name}" is used twice in this scenario`, ['rules', i, 'name']);
    ruleNames.add(name);
    try {
      const rule = normaliseRule(scenario.name, name, rawRule);
      if (operations) checkApplies(rule, rawRule, operations);
      return rule;
    } catch (e) {
      if (e instanceof RuleProblem) return fail(at(['rules', i, ...e.path]), e.message, ['rules', i, ...e.path]);
      throw e;
    }
  });
  return { name: scenario.name, description: scenario.description, file, rules };
}

function parseYaml(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new (yamlLibrary().LineCounter)();
  return { doc: yamlLibrary().parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/** The document as plain values, its first syntax error a problem at its place. */
function plainValueOf(doc: Document, fail: (offset: number, problem: string) => never): unknown {
  const syntax = doc.errors[0];
  // The reader reports running out of stack on a document nested thousands deep as a syntax error.
  if (syntax?.message.includes('call stack')) fail(syntax.pos[0], 'YAML nested too deeply to read');
  if (syntax) fail(syntax.pos[0], `YAML syntax: ${syntax.message.split('\n')[0]}`);
  return plainValue(doc, fail);
}

/**
 * The document as plain values. The YAML reader throws a ReferenceError for an alias naming no anchor
 * and for aliases that would expand past its bound ("billion laughs"): a problem at that alias.
 */
function plainValue(doc: Document, fail: (offset: number, problem: string) => never): unknown {
  try {
    return doc.toJS();
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return fail(aliasAtFault(doc)?.range?.[0] ?? 0, `YAML aliases: ${e.message}`);
  }
}

/** The first alias naming no anchor before it, else the first alias. */
function aliasAtFault(doc: Document): Alias | undefined {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  const { visit } = yamlLibrary();
  visit(doc, {
    Alias(_, node) {
      first ??= node;
      if (node.resolve(doc)) return undefined;
      unresolved = node;
      return visit.BREAK;
    },
  });
  return unresolved ?? first;
}

// ---- normalising ----

interface RawScenario {
  name: string;
  description: string;
  rules: RawRule[];
}

interface RawEffect {
  respond?: RawRespond;
  delay?: number | RawDelay;
  fault?: Fault['kind'] | { kind: Fault['kind']; when?: Fault['when']; rate?: number };
  pagination?: { kind: PaginationSpec['kind']; count?: number; delta?: number; ttl_seconds?: number; message?: string };
}

interface RawRule extends RawEffect {
  name?: string;
  description?: string;
  match?: RawMatch;
  when?: { after?: number; every?: number; probability?: number; times?: number };
  rate_limit?: {
    per_second?: number;
    per_minute?: number;
    window?: { requests: number; seconds: number };
    concurrent?: number;
    scope?: 'workspace' | 'operation';
    respond?: RawRespond;
  };
  sequence?: ('pass' | number | RawEffect)[];
  loop?: boolean;
  state_per?: 'rule' | 'request';
}

interface RawRespond {
  status: number;
  code?: string;
  message?: string;
  sk_code?: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  empty?: boolean;
  undeclared?: boolean;
}

interface RawDelay {
  fixed_ms?: number;
  uniform?: [number, number];
  normal?: { mean: number; stddev: number };
  lognormal?: { median: number; sigma: number };
  max_ms?: number;
}

/** A problem found while normalising a rule; `path` is relative to the rule. */
class RuleProblem extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

const EFFECT_KEYS = ['respond', 'delay', 'fault', 'pagination', 'rate_limit'] as const;

function normaliseRule(scenario: string, name: string, raw: RawRule): Rule {
  const effects = EFFECT_KEYS.filter(k => raw[k] !== undefined);
  if (raw.sequence) {
    if (effects.length) throw new RuleProblem([effects[0]], `a rule with a sequence puts its effects in the sequence's steps, not in ${effects[0]}`);
  } else if (!effects.length) {
    throw new RuleProblem([], `rule "${name}" has no effect: give respond, delay, fault, pagination, rate_limit or sequence`);
  }
  if (raw.loop !== undefined && !raw.sequence) throw new RuleProblem(['loop'], 'loop applies only to a rule with a sequence');
  const effect = raw.sequence ? {} : normaliseEffect(raw, []);
  if (raw.rate_limit) effect.rateLimit = normaliseRateLimit(raw.rate_limit);
  const beside = effects.find(k => k !== 'rate_limit');
  if (effect.rateLimit && beside) {
    throw new RuleProblem([beside], `rate_limit stands alone in its rule (its answer goes in rate_limit.respond); move ${beside} to a rule of its own`);
  }
  const sequence = raw.sequence?.map((step, i): Step => {
    if (step === 'pass') return 'pass';
    if (typeof step === 'number') return { respond: normaliseRespond({ status: step }) };
    const normal = normaliseEffect(step, ['sequence', i]);
    if (!normal.respond && !normal.delay && !normal.fault && !normal.pagination) {
      throw new RuleProblem(['sequence', i], 'a sequence step needs an effect (respond, delay, fault or pagination), or "pass"');
    }
    return normal;
  });
  const when = raw.when ?? {};
  return {
    name,
    id: `${scenario}/${name}`,
    match: compileMatch(raw.match),
    when: { after: when.after ?? 0, every: when.every ?? 1, probability: when.probability ?? 1, times: when.times ?? Infinity },
    effect,
    sequence,
    loop: raw.loop ?? false,
    statePer: raw.state_per ?? 'rule',
  };
}

function normaliseEffect(raw: RawEffect, at: (string | number)[]): Effect {
  if (raw.respond && raw.fault) throw new RuleProblem([...at, 'fault'], 'respond and fault exclude each other: a fault cuts the connection instead of answering');
  const effect: Effect = {};
  if (raw.respond) effect.respond = normaliseRespond(raw.respond, [...at, 'respond']);
  if (raw.delay !== undefined) effect.delay = normaliseDelay(raw.delay, [...at, 'delay']);
  if (raw.fault) {
    const f = typeof raw.fault === 'string' ? { kind: raw.fault } : raw.fault;
    effect.fault = { kind: f.kind, when: f.when ?? 'before', ...(f.rate !== undefined && { rate: f.rate }) };
    if (f.kind === 'truncated_body' && f.rate !== undefined && f.rate >= 1) {
      throw new RuleProblem([...at, 'fault', 'rate'], 'truncated_body rate is the share of the body sent: between 0 and 1');
    }
  }
  if (raw.pagination) effect.pagination = normalisePagination(raw.pagination, [...at, 'pagination']);
  return effect;
}

function normaliseRespond(raw: RawRespond, at: (string | number)[] = []): RespondSpec {
  const bodies = (['body', 'raw', 'empty'] as const).filter(k => raw[k] !== undefined && raw[k] !== false);
  if (bodies.length > 1) throw new RuleProblem([...at, bodies[1]], `respond takes one of body, raw and empty, not ${bodies.join(' and ')}`);
  if (bodies.length && (raw.code || raw.message)) {
    throw new RuleProblem([...at, bodies[0]], `respond with ${bodies[0]} sends it as is: code and message apply only to an error envelope`);
  }
  return {
    status: raw.status,
    code: raw.code,
    message: raw.message,
    skCode: raw.sk_code,
    body: raw.body,
    raw: raw.raw,
    headers: raw.headers,
    // The load balancer's 503 has no body: a bare 503 answers the same way.
    empty: raw.empty ?? (raw.status === 503 && raw.code === undefined && raw.message === undefined && raw.body === undefined && raw.raw === undefined),
    undeclared: raw.undeclared ?? false,
  };
}

function normaliseDelay(raw: number | RawDelay, at: (string | number)[]): DelaySpec {
  if (typeof raw === 'number') return { kind: 'fixed', ms: raw, maxMs: DEFAULT_MAX_DELAY_MS };
  const kinds = (['fixed_ms', 'uniform', 'normal', 'lognormal'] as const).filter(k => raw[k] !== undefined);
  if (kinds.length !== 1) throw new RuleProblem(at, 'delay takes exactly one of fixed_ms, uniform, normal and lognormal');
  const maxMs = raw.max_ms ?? DEFAULT_MAX_DELAY_MS;
  if (raw.fixed_ms !== undefined) return { kind: 'fixed', ms: raw.fixed_ms, maxMs };
  if (raw.uniform) {
    const [min, max] = raw.uniform;
    if (min > max) throw new RuleProblem([...at, 'uniform'], `uniform range [${min}, ${max}] is empty: put the smaller bound first`);
    return { kind: 'uniform', min, max, maxMs };
  }
  if (raw.normal) return { kind: 'normal', mean: raw.normal.mean, stddev: raw.normal.stddev, maxMs };
  const { median, sigma } = raw.lognormal!;
  return { kind: 'lognormal', median, sigma, maxMs };
}

const PAGINATION_NEEDS: Partial<Record<PaginationSpec['kind'], 'count' | 'delta'>> = { insert: 'count', remove: 'count', total_change: 'delta' };

function normalisePagination(raw: NonNullable<RawEffect['pagination']>, at: (string | number)[]): PaginationSpec {
  const needs = PAGINATION_NEEDS[raw.kind];
  if (needs && raw[needs] === undefined) throw new RuleProblem(at, `pagination ${raw.kind} needs ${needs}`);
  return { kind: raw.kind, count: raw.count ?? 1, delta: raw.delta ?? 0, ttlSeconds: raw.ttl_seconds ?? 60, message: raw.message };
}

function normaliseRateLimit(raw: NonNullable<RawRule['rate_limit']>): RateLimitSpec {
  const windows: RateLimitSpec['windows'] = [];
  if (raw.per_second) windows.push({ requests: raw.per_second, ms: 1000 });
  if (raw.per_minute) windows.push({ requests: raw.per_minute, ms: 60_000 });
  if (raw.window) windows.push({ requests: raw.window.requests, ms: raw.window.seconds * 1000 });
  if (!windows.length && !raw.concurrent) throw new RuleProblem(['rate_limit'], 'rate_limit needs per_second, per_minute, window or concurrent');
  return {
    windows,
    concurrent: raw.concurrent,
    scope: raw.scope ?? 'workspace',
    respond: normaliseRespond(raw.respond ?? { status: 503 }, ['rate_limit', 'respond']),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- rules that can never apply ----

/**
 * A rule that matches no documented operation, or answers a status none of the operations it can match
 * declares (without `undeclared: true`), would count matches and never act: refused, naming the fix.
 */
function checkApplies(rule: Rule, raw: RawRule, operations: readonly CheckedOperation[]): void {
  const candidates = operations.filter(op => rule.match.couldMatch(op));
  if (!candidates.length) {
    throw new RuleProblem(raw.match ? ['match'] : [], `rule "${rule.name}" can never apply: its match fits no operation of openapi.yaml (method, path, operationId and family together)`);
  }
  for (const { spec, path } of answers(rule, raw)) {
    if (spec.undeclared || candidates.some(op => op.declaredStatuses.has(spec.status))) continue;
    throw new RuleProblem(
      path,
      `rule "${rule.name}" can never apply: status ${spec.status} is not declared for ${operationList(candidates)} in openapi.yaml. ` +
        `Add "undeclared: true" to the respond to send it anyway (the answer is then outside the contract), or match operations that declare ${spec.status}`,
    );
  }
}

/** Every answer a rule can give, with where it is written in the rule. */
function answers(rule: Rule, raw: RawRule): { spec: RespondSpec; path: (string | number)[] }[] {
  const found: { spec: RespondSpec; path: (string | number)[] }[] = [];
  const add = (effect: Effect, at: (string | number)[], rawStep: RawEffect | number | undefined) => {
    if (effect.respond) found.push({ spec: effect.respond, path: typeof rawStep === 'number' ? at : [...at, 'respond', 'status'] });
  };
  add(rule.effect, [], raw);
  if (rule.effect.rateLimit) found.push({ spec: rule.effect.rateLimit.respond, path: raw.rate_limit?.respond ? ['rate_limit', 'respond', 'status'] : ['rate_limit'] });
  rule.sequence?.forEach((step, i) => {
    const rawStep = raw.sequence?.[i];
    if (step !== 'pass' && rawStep !== 'pass') add(step, ['sequence', i], rawStep);
  });
  return found;
}

function operationList(operations: readonly CheckedOperation[]): string {
  const named = operations.slice(0, 3).map(op => `${op.method.toUpperCase()} ${op.path} (${op.operationId})`);
  const more = operations.length - named.length;
  return named.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

// ---- positions and messages ----

function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Start offset of the node at `path`, or of its closest existing ancestor. */
function offsetOf(doc: Document, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (yamlLibrary().isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** Offset of a key inside the map at `path` (for an unknown field). */
function keyOffset(doc: Document, path: (string | number)[], key: string): number {
  const { isMap, isPair, isScalar } = yamlLibrary();
  const map = path.length ? doc.getIn(path, true) : doc.contents;
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) return pair.key.range[0];
    }
  }
  return offsetOf(doc, path);
}

function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(p => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Of Ajv's errors, the one a person should read: the deepest, preferring concrete ones over "must match a schema in anyOf". */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const weight = (e: ErrorObject) =>
    e.instancePath.split('/').length * 10 + (['anyOf', 'oneOf', 'if'].includes(e.keyword) ? 0 : ['type', 'const', 'enum'].includes(e.keyword) ? 1 : 2);
  return [...errors].sort((a, b) => weight(b) - weight(a))[0];
}

function describe(error: ErrorObject, path: (string | number)[]): string {
  const where = path.length ? path.join('.') : 'the file';
  const p: Record<string, unknown> = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(p.additionalProperty)}" in ${where}`;
    case 'required':
      return `${where} is missing the required field "${String(p.missingProperty)}"`;
    case 'enum':
      // Ajv's enum error always carries the schema's `enum` array as allowedValues.
      return `${where} must be one of ${(p.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${where} must be ${JSON.stringify(p.allowedValue)}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}
