/**
 * The one adapter around @stoplight/prism-http. Prism parses the document into operations, answers from
 * examples, and checks responses; its fp-ts types stay inside this file.
 */
import { createRequire } from 'node:module';
import type { IHttpOperation } from '@stoplight/types';
import type { IHttpRequest, IHttpResponse, IHttpOperationConfig } from '@stoplight/prism-http';

const require = createRequire(import.meta.url);

export type { IHttpOperation };

/** fp-ts Either as prism returns it; only inspected here. */
type Either<L, R> = { _tag: 'Left'; left: L } | { _tag: 'Right'; right: R };
interface PrismDiagnostic {
  message: string;
  path?: (string | number)[];
  severity: number;
  code?: string | number;
}

/** What sendbox calls of prism-http's CommonJS components (their own typings use fp-ts types). */
interface PrismParts {
  mocker: {
    default(args: { resource: IHttpOperation; input: { data: IHttpRequest; validations: [] }; config: IHttpOperationConfig }): (
      logger: unknown,
    ) => Either<Error & { status?: number }, IHttpResponse>;
  };
  router: { default(args: { resources: IHttpOperation[]; input: IHttpRequest }): Either<Error, IHttpOperation> };
  validator: {
    validateInput(args: { resource: IHttpOperation; element: IHttpRequest }): Either<PrismDiagnostic[], unknown>;
    validateOutput(args: { resource: IHttpOperation; element: IHttpResponse }): Either<PrismDiagnostic[], unknown>;
  };
}

const loaded: Partial<PrismParts> = {};

/**
 * Each component is required on first use: the mocker alone loads its own Faker with every locale
 * (~0.9 s), and a start whose contract comes from the build-time cache (cache.ts) needs none of them.
 */
function prism<K extends keyof PrismParts>(name: K): PrismParts[K] {
  // require() is untyped; PrismParts is what prism-http ~5.12 exports there.
  return (loaded[name] ??= require(`@stoplight/prism-http/dist/${name}/index.js`) as PrismParts[K]);
}

/** A silent logger with the pino methods prism calls. */
const silentLogger = new Proxy({} as Record<string, unknown>, {
  get: (_target, prop) => (prop === 'child' ? () => silentLogger : () => undefined),
});

export function parseOperations(document: object): Promise<IHttpOperation[]> {
  const prismHttp = require('@stoplight/prism-http') as typeof import('@stoplight/prism-http');
  return prismHttp.getHttpOperationsFromSpec(document);
}

export interface ExampleChoice {
  code?: number;
  exampleKey?: string;
}

/** Answers a request from the operation's documented examples, as `prism mock` does (static mode). */
export function answerFromExamples(
  operation: IHttpOperation,
  request: IHttpRequest,
  choice: ExampleChoice = {},
): { ok: true; response: IHttpResponse } | { ok: false; message: string; status: number } {
  // The mocker mutates its config, so each call gets a fresh one.
  const config: IHttpOperationConfig = { dynamic: false, code: choice.code, exampleKey: choice.exampleKey };
  const result = prism('mocker').default({
    resource: operation,
    input: { data: request, validations: [] },
    config,
  })(silentLogger);
  if (result._tag === 'Right') return { ok: true, response: result.right };
  return { ok: false, message: result.left.message, status: result.left.status ?? 500 };
}

/** Prism's own router: used by the test-side response check, independent of sendbox's router. */
export function routeWithPrism(operations: IHttpOperation[], request: IHttpRequest): IHttpOperation | undefined {
  const result = prism('router').default({ resources: operations, input: request });
  return result._tag === 'Right' ? result.right : undefined;
}

/** Prism's request validation, for cross-checks and benchmarks against the compiled validators. */
export function validateRequestWithPrism(operation: IHttpOperation, request: IHttpRequest): string[] {
  const result = prism('validator').validateInput({ resource: operation, element: request });
  return result._tag === 'Left' ? result.left.filter(d => d.severity === 0).map(d => d.message) : [];
}

/** Prism's response validation: errors (severity 0) only; an undeclared non-2xx status is a warning in prism. */
export function validateResponseWithPrism(operation: IHttpOperation, response: IHttpResponse): string[] {
  const result = prism('validator').validateOutput({ resource: operation, element: response });
  return result._tag === 'Left' ? result.left.filter(d => d.severity === 0).map(d => d.message) : [];
}
