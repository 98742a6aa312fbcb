/**
 * Loads openapi.yaml once and turns it into the operations sendbox serves: each with its family,
 * auth requirement, declared statuses and compiled request validator.
 */
import { readFileSync } from 'node:fs';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { IHttpOperation } from './prism.js';
import { parseDocument, type CachedOperation } from './cache.js';
import { packagePath } from '../package-root.js';
import { FAMILY_BY_TAG, type Family } from './families.js';
import { MAX_NESTING } from './limits.js';
import { compileRequestValidator, type RequestValidator } from './request-validator.js';

export const DEFAULT_DOCUMENT_PATH = packagePath('openapi.yaml');
export const CONTROL_DOCUMENT_PATH = packagePath('src/control/openapi.yaml');

export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  family: Family;
  secured: boolean;
  declaredStatuses: ReadonlySet<number>;
  /** Contacts API operations whose validation errors are the flat `{"error": …}` shape. */
  flatValidationErrors: boolean;
  /** `x-sandbox-body-nesting`: levels a JSON body may nest (default MAX_NESTING; README "Input limits"). */
  maxBodyNesting: number;
  /** `x-sandbox-required-messages`: the real service's wording for a missing parameter, by parameter name. */
  requiredMessages: Readonly<Record<string, string>>;
  validator: RequestValidator;
  /** The dereferenced operation (schemas, examples); read from the contract cache on first use. */
  readonly http: IHttpOperation;
}

export interface Contract {
  yaml: string;
  /** The document as written; read from the contract cache on first use. */
  readonly json: OpenAPIV3_1.Document;
  operations: ContractOperation[];
  byId: ReadonlyMap<string, ContractOperation>;
}

const cache = new Map<string, Promise<Contract>>();
/** The same contracts once built, for readers that cannot wait (stored-bounds.ts). */
const built = new Map<string, Contract>();

/** Parsing and compiling take a moment, so each document is loaded once per process. */
export function loadContract(path: string = DEFAULT_DOCUMENT_PATH): Promise<Contract> {
  let contract = cache.get(path);
  if (!contract) {
    contract = buildContract(readFileSync(path, 'utf8')).then(c => {
      built.set(path, c);
      return c;
    });
    cache.set(path, contract);
  }
  return contract;
}

/** The document at `path` as parsed at start-up, or undefined if this process has not loaded it. */
export function loadedDocument(path: string = DEFAULT_DOCUMENT_PATH): OpenAPIV3_1.Document | undefined {
  return built.get(path)?.json;
}

async function buildContract(yaml: string): Promise<Contract> {
  const parsed = await parseDocument(yaml);
  const operations = parsed.operations.map(toContractOperation);
  const byId = new Map<string, ContractOperation>();
  for (const op of operations) {
    if (byId.has(op.operationId)) throw new Error(`openapi.yaml: duplicate operationId ${op.operationId}`);
    byId.set(op.operationId, op);
  }
  return {
    yaml,
    get json() {
      // The cache and YAML.parse cannot know the shape; the documents are linted as OpenAPI 3.1 (npm run lint:openapi).
      return parsed.json() as unknown as OpenAPIV3_1.Document;
    },
    operations,
    byId,
  };
}

/**
 * Compiling all validators costs ~0.3 s at start-up; each one is compiled by the first request of its
 * operation instead (a few milliseconds, once). `npm run build` compiles them all, so a schema Ajv rejects
 * still fails the build rather than a request.
 */
function compiledOnFirstUse(http: () => IHttpOperation): RequestValidator {
  let compiled: RequestValidator | undefined;
  return input => (compiled ??= compileRequestValidator(http()))(input);
}

function toContractOperation({ summary, http }: CachedOperation): ContractOperation {
  const where = `${summary.method.toUpperCase()} ${summary.path}`;
  if (!summary.iid) throw new Error(`openapi.yaml: ${where} has no operationId`);
  const family = summary.tags.map(name => FAMILY_BY_TAG[name]).find(Boolean);
  if (!family) throw new Error(`openapi.yaml: ${where} has no family tag (${Object.keys(FAMILY_BY_TAG).join(', ')})`);
  const extensions = summary.extensions;
  return {
    operationId: summary.iid,
    method: summary.method.toUpperCase(),
    path: summary.path,
    family,
    secured: summary.secured,
    declaredStatuses: new Set(summary.statuses),
    flatValidationErrors: extensions['x-sandbox-validation-error'] === 'flat',
    maxBodyNesting: typeof extensions['x-sandbox-body-nesting'] === 'number' ? extensions['x-sandbox-body-nesting'] : MAX_NESTING,
    // An extension the documents write as a map of parameter name to message (openapi.yaml); the cache types it unknown.
    requiredMessages: (extensions['x-sandbox-required-messages'] as Record<string, string> | undefined) ?? {},
    validator: compiledOnFirstUse(http),
    get http() {
      return http();
    },
  };
}
