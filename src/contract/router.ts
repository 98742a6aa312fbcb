/**
 * Matches a request to a documented operation. Built once by walking the document's paths: literal
 * segments win over templated ones (`/contacts/import` before `/contacts/{id}`), as OpenAPI requires.
 */
import type { ContractOperation } from './contract.js';
import type { Family } from './families.js';

export type RouteMatch =
  | { kind: 'operation'; operation: ContractOperation; pathParams: Record<string, string> }
  | { kind: 'method_not_allowed'; family: Family; allowed: string[] }
  | { kind: 'not_found'; family: Family };

interface CompiledPath {
  template: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  byMethod: Map<string, ContractOperation>;
}

export interface Router {
  match(method: string, path: string): RouteMatch;
}

export function createRouter(operations: ContractOperation[], fallbackFamily: Family = 'v2'): Router {
  const paths = new Map<string, CompiledPath>();
  for (const op of operations) {
    let compiled = paths.get(op.path);
    if (!compiled) {
      compiled = compilePath(op.path);
      paths.set(op.path, compiled);
    }
    compiled.byMethod.set(op.method, op);
  }
  // More literal segments first, so concrete paths shadow templated siblings.
  const ordered = [...paths.values()].sort((a, b) => b.literalSegments - a.literalSegments);
  const exact = new Map(ordered.filter(p => p.names.length === 0).map(p => [p.template, p]));
  const familyOfPrefix = prefixFamilies(operations);

  function familyOf(path: string): Family {
    return familyOfPrefix.get(path.split('/')[1] ?? '') ?? fallbackFamily;
  }

  return {
    match(method, rawPath) {
      const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
      let found = exact.get(path);
      let pathParams: Record<string, string> = {};
      if (!found) {
        for (const candidate of ordered) {
          const m = candidate.names.length ? candidate.pattern.exec(path) : null;
          if (!m) continue;
          found = candidate;
          pathParams = Object.fromEntries(candidate.names.map((n, i) => [n, safeDecode(m[i + 1])]));
          break;
        }
      }
      if (!found) return { kind: 'not_found', family: familyOf(path) };
      const operation = found.byMethod.get(method.toUpperCase());
      if (!operation) {
        // A compiled path holds at least one method.
        const [first] = found.byMethod.values();
        return { kind: 'method_not_allowed', family: first.family, allowed: [...found.byMethod.keys()] };
      }
      return { kind: 'operation', operation, pathParams };
    },
  };
}

function compilePath(template: string): CompiledPath {
  const names: string[] = [];
  const segments = template.split('/').filter(Boolean);
  const source = segments
    .map(s => {
      const param = /^\{(.+)\}$/.exec(s);
      if (!param) return escapeRegExp(s);
      names.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return {
    template,
    pattern: new RegExp(`^/${source}$`),
    names,
    literalSegments: segments.length - names.length,
    byMethod: new Map(),
  };
}

/** The family of the operations under each first path segment (`v2`, `v1`, `contacts`). */
function prefixFamilies(operations: ContractOperation[]): Map<string, Family> {
  const map = new Map<string, Family>();
  for (const op of operations) map.set(op.path.split('/')[1] ?? '', op.family);
  return map;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
