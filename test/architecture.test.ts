/**
 * The house rules a reviewer would otherwise have to remember: no module holds a workspace's state (it
 * lives in the stores declared on the workspace, so reset, snapshots and persistence reach all of it), and
 * the registry of stores is what the workspace is made of.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../src/resources/stores.js';
import { createWorkspace } from '../src/workspace/workspace.js';

const SRC = join(import.meta.dirname, '..', 'src');

/**
 * Module-level values that change at run time, each shared by the whole process on purpose: caches of
 * what never differs between workspaces, and process plumbing. Anything else is workspace state in hiding.
 */
const PROCESS_WIDE: Record<string, string> = {
  'contract/contract.ts cache': 'parsed documents, one per path',
  'contract/contract.ts built': 'the same, for synchronous readers',
  'workspace/clock.ts isoMemo': 'ISO strings of recent instants',
  'http/body.ts multerLoaded': 'a module loaded on first multipart request',
  'workspace/slices.ts turnScheduled': 'one event-loop turn shared by every slice',
  'workspace/stored-bounds.ts document': 'bounds compiled from the document once',
  'workspace/snapshot.ts compiled': 'the snapshot schema compiled once',
  'resources/supersend/uploads/service.ts fieldRules': 'string rules read from the document once',
  'resources/supersend/webhooks/delivery.ts fallback': 'the default outbound HTTP client',
  'resources/sk/jobs/service.ts emailRule': 'a string rule read from the document once',
  'resources/supersend/time-zones.ts zoneFormats': 'date formatters by time zone (bounded)',
  'resources/supersend/time-zones.ts offsets': 'time-zone offsets by quarter hour (bounded)',
  'resources/supersend/engine/replies.ts returnDay': 'one date formatter, made on first use',
  'yaml-library.ts library': 'the YAML library, loaded on first use',
  'workspace/writes.ts stateStamp': 'a stamp every change to state moves; derived values check it',
  'http/json-text.ts knownTexts': 'JSON texts of frozen views (weak, a memo that cannot go stale)',
  'resources/view-cache.ts cachesByKind': 'views of records, dropped whenever the state stamp moves (bounded)',
  'resources/view-cache.ts cachedAtStamp': 'the stamp the same cache was built at',
  'http/json-text.ts knownBytes': 'encodings of frozen pages (weak, a memo that cannot go stale)',
  'resources/view-cache.ts pagesByWorkspace': 'list pages, dropped whenever the state stamp moves (bounded)',
  'resources/view-cache.ts cachedPageBytes': 'the bytes of those pages, for their bound',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.gen.ts') ? [path] : [];
  });
}

/**
 * Top-level `let x` and `const x = new Map/Set/WeakMap/WeakSet(…)` of every source file; UPPER_CASE names
 * are lookup tables filled once (the house's naming for constants).
 */
function moduleLevelMutables(): string[] {
  const found: string[] = [];
  const declaration = /^(?:export )?(?:let (\w+)|const (\w+)(?:: [^=]+)? = new (?:Weak)?(?:Map|Set)\b)/;
  for (const file of sourceFiles(SRC)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = declaration.exec(line);
      const name = m?.[1] ?? m?.[2];
      if (name && !/^[A-Z0-9_]+$/.test(name)) found.push(`${relative(SRC, file)} ${name}`);
    }
  }
  return found;
}

describe('architecture', () => {
  it('keeps no workspace state in modules: every module-level mutable value is a listed process-wide one', () => {
    const found = moduleLevelMutables();
    expect(found.filter(name => !(name in PROCESS_WIDE))).toEqual([]);
    // The list shrinks with the code: a name that no longer exists is taken off it.
    expect(Object.keys(PROCESS_WIDE).filter(name => !found.includes(name))).toEqual([]);
  });

  it('makes a workspace of exactly the registered stores, each fresh per workspace', () => {
    const a = createWorkspace({ id: 'a', seed: 'x' });
    const b = createWorkspace({ id: 'b', seed: 'x' });
    expect(Object.keys(a.stores).sort()).toEqual(Object.keys(STORE_KINDS).sort());
    for (const name of Object.keys(STORE_KINDS) as (keyof typeof STORE_KINDS)[]) expect(a.stores[name]).not.toBe(b.stores[name]);
  });
});
