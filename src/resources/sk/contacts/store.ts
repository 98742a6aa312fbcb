/**
 * The secret-key Contacts API's project: its own contacts, separate from SuperSend's, and the indexes the
 * API needs. Contacts are indexed by id and by normalised email, and kept in one sorted list per listing
 * order, so a cursor page costs O(log n + page) even at 100k contacts.
 */
import { recordUndo, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, bool, epochMs, id, invalidSnapshot, nobj, record, section, text, uniqueIds } from '../../../workspace/snapshot-schema.js';

/** Custom fields of a contact. Null-prototype objects, so keys such as `constructor` are plain data. */
export type ContactData = Record<string, unknown>;

/** A null-prototype copy of `from`'s own keys (none when null or undefined). */
export function copyData(from: ContactData | null | undefined): ContactData {
  const data: ContactData = Object.create(null);
  return Object.assign(data, from);
}

export interface SkContact {
  readonly id: string;
  /** Trimmed and lowercased. */
  readonly email: string;
  readonly data: ContactData | null;
  readonly subscribed: boolean;
  /** Epoch milliseconds (workspace clock). */
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What a write may change; fields left out keep their value. */
export interface ContactChanges {
  email?: string;
  data?: ContactData | null;
  subscribed?: boolean;
  updatedAt: number;
}

export type SortColumn = 'createdAt' | 'email';
export type SortDir = 'asc' | 'desc';

export interface ContactStore {
  readonly size: number;
  readonly subscribedCount: number;
  byId(id: string): SkContact | undefined;
  byEmail(email: string): SkContact | undefined;
  insert(contact: SkContact): void;
  update(id: string, changes: ContactChanges): SkContact;
  remove(id: string): boolean;
  /** Every contact, in no particular order (cheaper than scan for full counts). */
  all(): Iterable<SkContact>;
  /** Contacts in `[column dir, id desc]` order, starting just after `after` when given. */
  scan(column: SortColumn, dir: SortDir, after?: SkContact): Iterable<SkContact>;
}

export interface SkProject {
  readonly id: string;
  disabled: boolean;
  readonly contacts: ContactStore;
}

export function createSkProject(id: string): SkProject {
  return { id, disabled: false, contacts: createContactStore() };
}

type Compare<T> = (a: T, b: T) => number;

/**
 * A sorted list kept as a list of blocks (at most MAX_BLOCK items each): insert and remove cost a binary
 * search plus a splice inside one block, instead of shifting an array of 100k entries.
 */
class SortedList<T> {
  private static readonly MAX_BLOCK = 1024;
  private blocks: T[][] = [];

  constructor(private readonly compare: Compare<T>) {}

  insert(item: T): void {
    if (this.blocks.length === 0) {
      this.blocks.push([item]);
      return;
    }
    const b = Math.min(this.firstBlockEndingAtOrAfter(item, false), this.blocks.length - 1);
    const block = this.blocks[b];
    block.splice(this.indexIn(block, item, false), 0, item);
    if (block.length > SortedList.MAX_BLOCK) this.blocks.splice(b + 1, 0, block.splice(block.length >> 1));
  }

  /** Removes the entry equal to `item`; `item` must still carry the keys it was inserted with. */
  remove(item: T): void {
    const b = this.firstBlockEndingAtOrAfter(item, false);
    const block = this.blocks[b];
    if (!block) return;
    const i = this.indexIn(block, item, false);
    if (i < block.length && this.compare(block[i], item) === 0) block.splice(i, 1);
    if (block.length === 0) this.blocks.splice(b, 1);
  }

  /** Entries strictly after `item` (all entries without one), in order. */
  *after(item?: T): Generator<T> {
    let b = item === undefined ? 0 : this.firstBlockEndingAtOrAfter(item, true);
    let i = item === undefined || !this.blocks[b] ? 0 : this.indexIn(this.blocks[b], item, true);
    for (; b < this.blocks.length; b++, i = 0) {
      const block = this.blocks[b];
      for (; i < block.length; i++) yield block[i];
    }
  }

  /** First block whose last entry is >= item (> item when `strict`); blocks.length when none. */
  private firstBlockEndingAtOrAfter(item: T, strict: boolean): number {
    let lo = 0, hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(this.blocks[mid][this.blocks[mid].length - 1], item);
      if (strict ? c > 0 : c >= 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** First index in `block` whose entry is >= item (> item when `strict`). */
  private indexIn(block: T[], item: T, strict: boolean): number {
    let lo = 0, hi = block.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(block[mid], item);
      if (strict ? c > 0 : c >= 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Plain code-unit order, so the sandbox sorts the same on every machine and locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The real service orders by `[column dir, id desc]`: the id tie-breaker stays descending even when dir
// is asc, so asc is not simply the reverse of desc and each order gets its own list.
const idDesc: Compare<SkContact> = (a, b) => compareStrings(b.id, a.id);
const ORDERS: Record<`${SortColumn}:${SortDir}`, Compare<SkContact>> = {
  'createdAt:desc': (a, b) => b.createdAt - a.createdAt || idDesc(a, b),
  'createdAt:asc': (a, b) => a.createdAt - b.createdAt || idDesc(a, b),
  'email:desc': (a, b) => compareStrings(b.email, a.email) || idDesc(a, b),
  'email:asc': (a, b) => compareStrings(a.email, b.email) || idDesc(a, b),
};
type OrderKey = keyof typeof ORDERS;
// Object.keys is typed string[]; ORDERS has exactly the OrderKey keys.
const ORDER_KEYS = Object.keys(ORDERS) as OrderKey[];

/**
 * The store logs each operation's inverse (src/workspace/writes.ts) before making it: contacts are
 * immutable records, so undoing an insert, update or remove is the opposite operation on the old record.
 */
function createContactStore(): ContactStore {
  const byId = new Map<string, SkContact>();
  const byEmail = new Map<string, SkContact>();
  // Object.fromEntries loses the keys' type; there is one list per OrderKey.
  const lists = Object.fromEntries(ORDER_KEYS.map(k => [k, new SortedList(ORDERS[k])])) as Record<OrderKey, SortedList<SkContact>>;
  let subscribedCount = 0;

  const index = (contact: SkContact) => ORDER_KEYS.forEach(k => lists[k].insert(contact));
  const unindex = (contact: SkContact) => ORDER_KEYS.forEach(k => lists[k].remove(contact));

  function add(contact: SkContact): void {
    byId.set(contact.id, contact);
    byEmail.set(contact.email, contact);
    index(contact);
    if (contact.subscribed) subscribedCount++;
  }

  function drop(contact: SkContact): void {
    byId.delete(contact.id);
    byEmail.delete(contact.email);
    unindex(contact);
    if (contact.subscribed) subscribedCount--;
  }

  function replace(old: SkContact, next: SkContact): void {
    byId.set(old.id, next);
    byEmail.delete(old.email);
    byEmail.set(next.email, next);
    unindex(old);
    index(next);
    subscribedCount += Number(next.subscribed) - Number(old.subscribed);
  }

  return {
    get size() {
      return byId.size;
    },
    get subscribedCount() {
      return subscribedCount;
    },
    byId: id => byId.get(id),
    byEmail: email => byEmail.get(email),
    insert(contact) {
      // The service checks these first; a clash here would silently corrupt the indexes.
      if (byId.has(contact.id) || byEmail.has(contact.email)) throw new Error(`contact ${contact.id} <${contact.email}> clashes`);
      recordUndo(() => drop(contact));
      add(contact);
    },
    update(id, changes) {
      const old = byId.get(id);
      if (!old) throw new Error(`contact ${id} is not in the store`);
      // Contacts are immutable records: replace the entry in every index it sits in.
      const next: SkContact = { ...old, ...changes };
      const owner = byEmail.get(next.email);
      if (owner && owner.id !== id) throw new Error(`email <${next.email}> belongs to contact ${owner.id}`);
      recordUndo(() => replace(next, old));
      replace(old, next);
      return next;
    },
    remove(id) {
      const contact = byId.get(id);
      if (!contact) return false;
      recordUndo(() => add(contact));
      drop(contact);
      return true;
    },
    all: () => byId.values(),
    scan: (column, dir, after) => lists[`${column}:${dir}`].after(after),
  };
}

// ---- snapshot (export / import of a workspace; see src/workspace/snapshot.ts) ----

/** The project as plain data; the sorted listing orders are rebuilt from the contacts. */
export interface SkProjectData {
  id: string;
  disabled: boolean;
  /** In the API's default listing order (newest first, ties by id descending), however the store was filled. */
  contacts: SkContact[];
}

/** The project's records, by reference (the caller copies them). */
function dumpSkProject(project: SkProject): SkProjectData {
  return { id: project.id, disabled: project.disabled, contacts: [...project.contacts.scan('createdAt', 'desc')] };
}

/**
 * Builds a store holding `data.contacts` (taken over; their data objects become prototype-free, as
 * requests store them) and answers the commit that swaps it, the id and the disabled flag into `project`.
 * Building throws on a clashing id or email; the commit does not.
 */
function prepareSkProjectRestore(project: SkProject, data: SkProjectData): () => void {
  const contacts = createContactStore();
  for (const c of data.contacts) {
    contacts.insert({ ...c, data: c.data === null ? null : copyData(c.data) });
  }
  // The project's fields are readonly to the API; only a restore swaps them.
  return () => swapInPlace(project as { id: string; disabled: boolean; contacts: ContactStore }, { id: data.id, disabled: data.disabled, contacts });
}

function checkSkProject(data: SkProjectData): void {
  uniqueIds('project.contacts', data.contacts);
  const emails = new Set<string>();
  data.contacts.forEach((c, i) => {
    const param = `project.contacts[${i}].email`;
    if (c.email !== c.email.trim().toLowerCase()) throw invalidSnapshot(param, `${param} must be trimmed and lowercase, as the project stores emails`);
    if (emails.has(c.email)) throw invalidSnapshot(param, `${param} (${c.email}) is the email of another contact of the project`);
    emails.add(c.email);
  });
}

/** The secret-key API's project: its contacts, sorted for cursor pages. */
export const skProjectStore = defineStore<SkProject, SkProjectData>({
  path: ['project'],
  create: ({ random }) => createSkProject(random.uuid()),
  dump: dumpSkProject,
  schema: () => section({
    id,
    disabled: bool,
    contacts: arrayOf(record({ id, email: text(['op:skCreateContact', 'email']), data: nobj, subscribed: bool, createdAt: epochMs, updatedAt: epochMs })),
  }),
  check: checkSkProject,
  prepareRestore: prepareSkProjectRestore,
  count: data => ({ sk_contacts: data.contacts.length }),
});
