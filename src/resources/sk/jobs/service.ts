/**
 * The secret-key Contacts API's background jobs: CSV imports and bulk subscribe / unsubscribe / delete,
 * run on the workspace scheduler the way the real service runs them on two BullMQ queues (a failed
 * attempt retried after a backoff, finished jobs kept by count and age, `import-<projectId>-<ms>` ids).
 *
 * Timing in workspace time, L being the workspace's processingLatencyMs (1 s by default):
 * - a queued job is `waiting`; it starts (`active`, progress 0) L after it was queued, or as soon as one of
 *   its queue's slots frees after that (imports run 2 at a time, bulk actions 3, per project);
 * - starting reads the whole input (parses the CSV, counts a query's matches); each following step, L
 *   apart, handles one batch of 100 rows or ids and updates `progress`; the step of the last batch
 *   completes the job with its `result`;
 * - a job-level failure (a file the import cannot use) marks the attempt failed: `delayed` with
 *   `failedReason`, back to `waiting` 5 s later (exponential backoff from 5 s), then `failed` after the
 *   second attempt;
 * - completed jobs are pruned after 24 h, failed ones after 7 days, keeping at most the last 50
 *   completed and 100 failed jobs of each queue (per project here; the real queues are shared); sendbox
 *   also drops the oldest finished jobs while their data (an import keeps its file) passes 32 MB.
 *
 * Each step is scheduled from the previous step's due time, not from "now", so a run of due steps
 * catches up in one go however seldom the workspace is polled.
 */
import type { World } from '../../world.js';
import type { TimeSlice } from '../../../workspace/slices.js';
import { isRefusal, queuedWorkError, type Hold, type Work } from '../../../workspace/queued-work.js';
import { parseCsvInSlices } from '../../csv-slices.js';
import { skContactService } from '../contacts/service.js';
import { LoggedMap, recordUndo } from '../../../workspace/writes.js';
import { emptyJobs } from './store.js';
import { freeFormProblem, stringProblem, stringRule, type StringRule } from '../../../workspace/stored-bounds.js';

export type JobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed';
export type BulkOperation = 'subscribe' | 'unsubscribe' | 'delete';

export interface ImportJobData {
  projectId: string;
  /** The whole uploaded file, base64-encoded. */
  csvData: string;
  filename: string;
}

export interface ImportRowError {
  row: number;
  email: string;
  error: string;
}

export interface ImportResult {
  totalRows: number;
  successCount: number;
  createdCount: number;
  updatedCount: number;
  failureCount: number;
  errors: ImportRowError[];
}

export interface BulkFilter {
  search?: string;
  subscribed?: boolean;
}

export type BulkSelector = { mode: 'ids'; contactIds: string[] } | { mode: 'query'; filter: BulkFilter; excludeIds?: string[] };

export interface BulkJobData {
  projectId: string;
  operation: BulkOperation;
  selector: BulkSelector;
}

export interface BulkResult {
  operation: BulkOperation;
  totalRequested: number;
  successCount: number;
  unchangedCount: number;
  failureCount: number;
  errors: { contactId: string; email: string; error: string }[];
}

/** A job as the status endpoints answer it. */
export interface JobView<D, R> {
  id: string;
  state: JobState;
  progress: number;
  result: R | null;
  data: D;
  failedReason?: string;
}

export const BATCH_SIZE = 100;
export const JOB_ATTEMPTS = 2;
export const RETRY_BACKOFF_MS = 5000;
/** Data finished jobs of one queue may keep (imports keep their file): beyond, the oldest go first. */
export const KEEP_FINISHED_BYTES = 32 * 1024 * 1024;
const HOUR = 3600_000;

/** A job (mutable while it runs); a snapshot holds the same fields as a JobRecord. */
type Job<D, R> = JobRecord<D, R> & { readonly id: string; readonly data: D };

/** The slice the current step runs in; a step pauses on it so long work yields to the event loop. */
interface StepSlice {
  current: TimeSlice;
}

/**
 * A job's work: runs up to each `yield` per step (a step is workspace time), returns the result, throws
 * to fail the attempt. Within a step it awaits `slice.current.check()` to yield to the event loop.
 */
type Processor<D, R> = (job: Job<D, R>, slice: StepSlice) => AsyncGenerator<void, R, void>;

interface QueueConfig {
  name: string;
  concurrency: number;
  keepCompleted: number;
  keepFailed: number;
  completedMaxAgeMs: number;
  failedMaxAgeMs: number;
}

const IMPORT_QUEUE: QueueConfig = {
  name: 'import',
  concurrency: 2,
  keepCompleted: 50,
  keepFailed: 100,
  completedMaxAgeMs: 24 * HOUR,
  failedMaxAgeMs: 7 * 24 * HOUR,
};
const BULK_QUEUE: QueueConfig = { ...IMPORT_QUEUE, name: 'bulk-contact-actions', concurrency: 3 };

class JobQueue<D, R> {
  private readonly jobs = new LoggedMap<string, Job<D, R>>(true);
  /** Queued work each unfinished job holds, released when it completes or fails for good. */
  private readonly holds = new WeakMap<Job<D, R>, Hold>();
  private readonly waiting: Job<D, R>[] = [];
  /** Jobs holding a worker slot: start scheduled, or active. */
  private busy = 0;

  constructor(
    private readonly ws: World,
    private readonly config: QueueConfig,
    private readonly process: Processor<D, R>,
    /** Bytes a job's data keeps in memory (bounds what finished jobs may hold). */
    private readonly dataBytes: (data: D) => number = () => 0,
  ) {}

  /**
   * Queues a job under `${prefix}-${ms}`, ms from the workspace clock. The real queue would hand back the
   * existing job for a clashing id; sendbox moves the new one to the next free millisecond instead.
   */
  add(prefix: string, data: D, work: Work, param: string): Job<D, R> {
    this.logSlots();
    this.prune();
    // The job's input waits in memory until it is done: within the queued-work bounds.
    const hold = this.ws.scheduler.queued.hold(work);
    if (isRefusal(hold)) throw queuedWorkError(hold, param);
    // A write that is undone gives its hold back.
    recordUndo(() => hold.release());
    const now = this.ws.clock.now();
    let ms = now;
    while (this.jobs.has(`${prefix}-${ms}`)) ms++;
    const job: Job<D, R> = { id: `${prefix}-${ms}`, data, state: 'waiting', progress: 0, result: null, attemptsMade: 0, readyAt: now };
    this.jobs.set(job.id, job);
    this.holds.set(job, hold);
    this.waiting.push(job);
    this.pump(now);
    return job;
  }

  /** Logs the waiting line and busy slots as they are, so a failed write puts them back (writes.ts). */
  private logSlots(): void {
    const waiting = [...this.waiting];
    const busy = this.busy;
    recordUndo(() => {
      this.waiting.splice(0, this.waiting.length, ...waiting);
      this.busy = busy;
    });
  }

  get(id: string): JobView<D, R> | undefined {
    this.prune();
    const job = this.jobs.get(id);
    if (!job) return undefined;
    return {
      id: job.id,
      state: job.state,
      progress: job.progress,
      result: job.result,
      data: job.data,
      ...(job.failedReason !== undefined && { failedReason: job.failedReason }),
    };
  }

  /** Gives free slots to waiting jobs, in queue order; `at` is the workspace time a slot became free. */
  private pump(at: number): void {
    while (this.busy < this.config.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.busy++;
      const startAt = Math.max(job.readyAt + this.ws.processingLatencyMs, at);
      this.ws.scheduler.at(startAt, `${this.config.name} ${job.id} start`, slice => {
        job.state = 'active';
        const stepSlice = { current: slice };
        return this.step(job, this.process(job, stepSlice), stepSlice, startAt);
      });
    }
  }

  private async step(job: Job<D, R>, run: AsyncGenerator<void, R, void>, slice: StepSlice, at: number): Promise<void> {
    let next: IteratorResult<void, R>;
    try {
      next = await run.next();
    } catch (e) {
      this.fail(job, e, at);
      return;
    }
    if (!next.done) {
      const nextAt = at + this.ws.processingLatencyMs;
      this.ws.scheduler.at(nextAt, `${this.config.name} ${job.id} step`, current => {
        slice.current = current;
        return this.step(job, run, slice, nextAt);
      });
      return;
    }
    job.state = 'completed';
    job.result = next.value;
    job.finishedOn = at;
    this.holds.get(job)?.release();
    this.cap('completed', this.config.keepCompleted);
    this.release(at);
  }

  private fail(job: Job<D, R>, e: unknown, at: number): void {
    job.attemptsMade++;
    job.failedReason = messageOf(e);
    if (job.attemptsMade >= JOB_ATTEMPTS) {
      job.state = 'failed';
      job.finishedOn = at;
      this.holds.get(job)?.release();
      this.cap('failed', this.config.keepFailed);
    } else {
      job.state = 'delayed';
      const retryAt = at + RETRY_BACKOFF_MS * 2 ** (job.attemptsMade - 1);
      this.ws.scheduler.at(retryAt, `${this.config.name} ${job.id} retry`, () => {
        job.state = 'waiting';
        job.readyAt = retryAt;
        this.waiting.push(job);
        this.pump(retryAt);
      });
    }
    this.release(at);
  }

  private release(at: number): void {
    this.busy--;
    this.pump(at);
  }

  /**
   * Keeps the newest `keep` finished jobs in `state`, then drops the oldest finished jobs while their
   * data (an import keeps its whole file) passes KEEP_FINISHED_BYTES.
   */
  private cap(state: 'completed' | 'failed', keep: number): void {
    const finished = [...this.jobs.values()].filter(j => j.state === state);
    finished.sort((a, b) => a.finishedOn! - b.finishedOn!);
    for (const job of finished.slice(0, Math.max(0, finished.length - keep))) this.jobs.delete(job.id);
    const kept = [...this.jobs.values()].filter(j => j.state === 'completed' || j.state === 'failed');
    let bytes = kept.reduce((n, j) => n + this.dataBytes(j.data), 0);
    if (bytes <= KEEP_FINISHED_BYTES) return;
    kept.sort((a, b) => a.finishedOn! - b.finishedOn!);
    for (const job of kept) {
      if (bytes <= KEEP_FINISHED_BYTES) break;
      this.jobs.delete(job.id);
      bytes -= this.dataBytes(job.data);
    }
  }

  /** Every job as plain data, in the order the queue learnt of them (snapshot export); nothing is pruned. */
  records(): JobRecord<D, R>[] {
    return [...this.jobs.values()].map(job => ({
      id: job.id,
      data: job.data,
      state: job.state,
      progress: job.progress,
      result: job.result,
      ...(job.failedReason !== undefined && { failedReason: job.failedReason }),
      attemptsMade: job.attemptsMade,
      readyAt: job.readyAt,
      ...(job.finishedOn !== undefined && { finishedOn: job.finishedOn }),
    }));
  }

  /** Fills an empty queue with `records` (snapshot import). Nothing is scheduled: unfinished jobs stay as they are. */
  restore(records: readonly JobRecord<D, R>[]): void {
    for (const r of records) {
      const job: Job<D, R> = { id: r.id, data: r.data, state: r.state, progress: r.progress, result: r.result, attemptsMade: r.attemptsMade, readyAt: r.readyAt };
      if (r.failedReason !== undefined) job.failedReason = r.failedReason;
      if (r.finishedOn !== undefined) job.finishedOn = r.finishedOn;
      this.jobs.set(job.id, job);
    }
  }

  /** Drops finished jobs older than the retention ages. */
  private prune(): void {
    const now = this.ws.clock.now();
    for (const job of this.jobs.values()) {
      const maxAge = job.state === 'completed' ? this.config.completedMaxAgeMs : job.state === 'failed' ? this.config.failedMaxAgeMs : undefined;
      if (maxAge !== undefined && now - job.finishedOn! >= maxAge) this.jobs.delete(job.id);
    }
  }
}

/** A job as a snapshot holds it. */
export interface JobRecord<D, R> {
  id: string;
  data: D;
  state: JobState;
  progress: number;
  result: R | null;
  failedReason?: string;
  attemptsMade: number;
  /** Workspace time from which the job may start (queued, or back from a retry backoff). */
  readyAt: number;
  finishedOn?: number;
}

export interface ProjectJobs {
  imports: JobQueue<ImportJobData, ImportResult>;
  bulk: JobQueue<BulkJobData, BulkResult>;
}

function queues(ws: World): ProjectJobs {
  const store = ws.stores.skJobs;
  if (!store.queues) {
    const built: ProjectJobs = {
      imports: new JobQueue(ws, IMPORT_QUEUE, (job, slice) => runImport(ws, job, slice), importBytes),
      bulk: new JobQueue(ws, BULK_QUEUE, (job, slice) => runBulkAction(ws, job, slice)),
    };
    built.imports.restore(store.restored.imports);
    built.bulk.restore(store.restored.bulk);
    // Built outside the undo log: a rollback leaves the queues built (they hold the same jobs).
    store.queues = built;
    store.restored = emptyJobs();
  }
  return store.queues;
}

// ---- public API ----

/** Queues a CSV import of `file`; answers the job id (`import-<projectId>-<ms>`). */
export function queueImport(ws: World, file: { buffer: Buffer; filename: string }): string {
  const data: ImportJobData = { projectId: ws.stores.skProject.id, csvData: file.buffer.toString('base64'), filename: file.filename };
  // Rows: the file's lines (its records once parsed, at most); bytes: the file as the job keeps it.
  const work = { rows: lineCount(file.buffer), bytes: data.csvData.length };
  return queues(ws).imports.add(`import-${ws.stores.skProject.id}`, data, work, 'file').id;
}

export function getImportJob(ws: World, jobId: string): JobView<ImportJobData, ImportResult> | undefined {
  return queues(ws).imports.get(jobId);
}

/** Queues a bulk action; answers the job id (`bulk-<operation>-<projectId>-<ms>`). */
export function queueBulkAction(ws: World, operation: BulkOperation, selector: BulkSelector): string {
  const data: BulkJobData = { projectId: ws.stores.skProject.id, operation, selector };
  return queues(ws).bulk.add(`bulk-${operation}-${ws.stores.skProject.id}`, data, bulkWork(selector), 'contactIds').id;
}

/** What an import job's data keeps: its file, base64-encoded. */
const importBytes = (data: ImportJobData) => data.csvData.length;

/** Lines of a file: one more than its line breaks. */
function lineCount(buffer: Buffer): number {
  let lines = 1;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) lines++;
  return lines;
}

/** Bytes an id takes in a queued job (a uuid and its array slot, roughly). */
const ID_BYTES = 48;

/** A bulk job's queued work: its ids (the matches of a query are counted when it starts, not held). */
function bulkWork(selector: BulkSelector): Work {
  if (selector.mode === 'ids') return { rows: selector.contactIds.length, bytes: selector.contactIds.length * ID_BYTES };
  return { rows: 1, bytes: ID_BYTES * (1 + (selector.excludeIds?.length ?? 0)) + (selector.filter.search?.length ?? 0) };
}

export function getBulkJob(ws: World, jobId: string): JobView<BulkJobData, BulkResult> | undefined {
  return queues(ws).bulk.get(jobId);
}

// ---- CSV import (facts §9) ----

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRUE_WORDS = new Set(['true', 'yes']);
const FALSE_WORDS = new Set(['false', 'no']);
/** Strict integer or decimal: no leading zeros, exponent, `+`, `.5` or `42.` (ids, zips and phones stay text). */
const NUMBER_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const SUBSCRIBED_WORDS = new Set(['true', '1', 'yes']);

export const importFailures = {
  empty: 'CSV file is empty',
  noEmailColumn: 'CSV must have an "email" column (case-insensitive)',
};

/** A cell as stored in `data`: booleans for true/yes/false/no, numbers for strict decimals, else the text. */
export function coerceCellValue(value: string): string | number | boolean {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  if (NUMBER_PATTERN.test(trimmed)) return Number(trimmed);
  return value;
}

/** The single create's request schema (POST /contacts): an imported email is held to its bounds. */
const SINGLE_CREATE = 'op:skCreateContact';
let emailRule: StringRule | undefined;

/**
 * Why a row's cells may not be stored (an email or data cell over its bounds, a control character), or
 * undefined: cells come from a file, so no request schema has checked them.
 */
function rowProblem(email: string, record: Record<string, string>): string | undefined {
  emailRule ??= stringRule(SINGLE_CREATE, 'email');
  const emailProblem = stringProblem(email, emailRule);
  if (emailProblem) return `Email ${emailProblem}`;
  const cells: Record<string, string> = Object.create(null);
  for (const [key, value] of Object.entries(record)) if (key !== 'email' && key !== 'subscribed') cells[key] = value;
  return freeFormProblem('data', cells);
}

/** C0 controls and DEL, shown as U+FFFD in a failed row's email. */
const UNSHOWABLE = /[\u0000-\u001F\u007F]/g;

/** A failed row's email as listed: within the email bounds, so the job still reads back (SkImportResult). */
function shownEmail(email: string): string {
  emailRule ??= stringRule(SINGLE_CREATE, 'email');
  return email.replace(UNSHOWABLE, '\uFFFD').slice(0, emailRule.maxLength);
}

/**
 * Parses as the real worker does: headers lowercased, empty lines skipped, fields trimmed, ragged rows
 * allowed, no BOM handling (a BOM stays glued to the first header). Parser errors fail the job with
 * csv-parse's own message.
 */
function parseCsv(file: Buffer, slice: TimeSlice): Promise<Record<string, string>[]> {
  const options = { columns: (header: string[]) => header.map(h => h.toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true };
  return parseCsvInSlices<Record<string, string>>(file, options, slice);
}

async function* runImport(ws: World, job: Job<ImportJobData, ImportResult>, slice: StepSlice): AsyncGenerator<void, ImportResult, void> {
  const records = await parseCsv(Buffer.from(job.data.csvData, 'base64'), slice.current);
  if (records.length === 0) throw new Error(importFailures.empty);
  // Checked on the first record only, i.e. on the header once lowercased.
  if (!Object.prototype.hasOwnProperty.call(records[0], 'email')) throw new Error(importFailures.noEmailColumn);
  yield;

  const contacts = skContactService(ws.stores.skProject, ws.clock, ws.random);
  const result: ImportResult = { totalRows: records.length, successCount: 0, createdCount: 0, updatedCount: 0, failureCount: 0, errors: [] };
  const rowError = (row: number, email: string, error: string) => {
    result.failureCount++;
    result.errors.push({ row, email: shownEmail(email), error });
  };
  for (let start = 0; start < records.length; start += BATCH_SIZE) {
    const end = Math.min(start + BATCH_SIZE, records.length);
    for (let i = start; i < end; i++) {
      const record = records[i];
      // The real worker numbers rows by record index + 2 (header is line 1): the file line, as long as
      // no blank line was skipped and no quoted field spans lines.
      const row = i + 2;
      try {
        const email = record.email?.trim();
        if (!email) {
          rowError(row, '', 'Email is required');
          continue;
        }
        const problem = rowProblem(email, record);
        if (problem) {
          rowError(row, email, problem);
          continue;
        }
        if (!EMAIL_PATTERN.test(email)) {
          rowError(row, email, 'Invalid email format');
          continue;
        }
        const rawSubscribed = record.subscribed;
        const subscribed = rawSubscribed !== undefined && rawSubscribed !== '' ? SUBSCRIBED_WORDS.has(rawSubscribed.trim().toLowerCase()) : undefined;
        // Every other column is a data key under its lowercased header; the upsert's merge drops the reserved
        // keys it knows (exact, camelCase names), ignores "" cells and refuses a non-string locale.
        const data: Record<string, unknown> = Object.create(null);
        let columns = 0;
        for (const [key, value] of Object.entries(record)) {
          if (key === 'email' || key === 'subscribed') continue;
          data[key] = coerceCellValue(value);
          columns++;
        }
        const { isNew } = contacts.upsert({ email, subscribed, data: columns > 0 ? data : undefined });
        result.successCount++;
        if (isNew) result.createdCount++;
        else result.updatedCount++;
      } catch (e) {
        rowError(row, record.email || '', messageOf(e));
      }
      await slice.current.check();
    }
    job.progress = Math.round((end / records.length) * 100);
    if (end < records.length) yield;
  }
  return result;
}

// ---- bulk actions (facts §7.8, §7.9) ----

async function* runBulkAction(ws: World, job: Job<BulkJobData, BulkResult>, slice: StepSlice): AsyncGenerator<void, BulkResult, void> {
  const { operation, selector } = job.data;
  const result: BulkResult = { operation, totalRequested: 0, successCount: 0, unchangedCount: 0, failureCount: 0, errors: [] };
  const applyBatch = (ids: string[]) => {
    const { changed, unchanged } = applyBulk(ws, operation, ids);
    result.successCount += changed;
    result.unchangedCount += unchanged;
    // Ids of no contact of this project, and repeats within the batch, are failures (counted, not listed).
    result.failureCount += ids.length - changed - unchanged;
  };

  if (selector.mode === 'ids') {
    const ids = selector.contactIds;
    result.totalRequested = ids.length;
    yield;
    for (let start = 0; start < ids.length; start += BATCH_SIZE) {
      const end = Math.min(start + BATCH_SIZE, ids.length);
      applyBatch(ids.slice(start, end));
      job.progress = Math.round((end / ids.length) * 100);
      if (end < ids.length) yield;
    }
    return result;
  }

  // Query mode: the matches are counted when the job starts and taken in descending id order, each batch
  // re-checking the filter, so contacts that stopped matching (or went away) meanwhile are left alone.
  const matches = queryMatcher(selector.filter, selector.excludeIds);
  const candidates: string[] = [];
  // The contacts as the job starts (copied, since other requests may run while it pauses).
  for (const contact of [...ws.stores.skProject.contacts.all()]) {
    if (matches(contact)) candidates.push(contact.id);
    await slice.current.check();
  }
  candidates.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  result.totalRequested = candidates.length;
  if (candidates.length === 0) {
    job.progress = 100;
    return result;
  }
  yield;
  let next = 0;
  let processed = 0;
  while (next < candidates.length) {
    const batch: string[] = [];
    while (batch.length < BATCH_SIZE && next < candidates.length) {
      const contact = ws.stores.skProject.contacts.byId(candidates[next++]);
      if (contact && matches(contact)) batch.push(contact.id);
    }
    if (batch.length === 0) break;
    applyBatch(batch);
    processed += batch.length;
    job.progress = Math.min(100, Math.round((processed / candidates.length) * 100));
    if (next < candidates.length) yield;
  }
  return result;
}

function queryMatcher(filter: BulkFilter, excludeIds: readonly string[] | undefined): (c: { id: string; email: string; subscribed: boolean }) => boolean {
  // An empty search is no filter; stored emails are lowercase, so a lowercased needle matches case-insensitively.
  const search = filter.search ? filter.search.toLowerCase() : undefined;
  const subscribed = filter.subscribed;
  const excluded = new Set(excludeIds ?? []);
  return c => !excluded.has(c.id) && (subscribed === undefined || c.subscribed === subscribed) && (search === undefined || c.email.includes(search));
}

/** One batch as the real service's bulk methods do it: distinct ids of this project, changed or already so. */
function applyBulk(ws: World, operation: BulkOperation, ids: string[]): { changed: number; unchanged: number } {
  const store = ws.stores.skProject.contacts;
  const found = [...new Set(ids)].filter(id => store.byId(id) !== undefined);
  if (operation === 'delete') {
    for (const id of found) store.remove(id);
    return { changed: found.length, unchanged: 0 };
  }
  const target = operation === 'subscribe';
  const now = ws.clock.now();
  let changed = 0;
  for (const id of found) {
    if (store.byId(id)!.subscribed === target) continue;
    store.update(id, { subscribed: target, updatedAt: now });
    changed++;
  }
  return { changed, unchanged: found.length - changed };
}

/** The message of anything thrown (ApiError is not an Error subclass, but carries a message). */
function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') return e.message;
  return 'Unknown error';
}
