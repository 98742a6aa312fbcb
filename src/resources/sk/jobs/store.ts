/** The secret-key API's background jobs of a workspace: its import and bulk-action queues and their records. */
import { swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { MAX_STRING_LENGTH, requestBounds } from '../../../workspace/stored-bounds.js';
import { arrayOf, epochMs, id, int, nobj, oneOf, record, section, str, uniqueIds, type Schema } from '../../../workspace/snapshot-schema.js';
import type { BulkJobData, BulkResult, ImportJobData, ImportResult, JobRecord, ProjectJobs } from './service.js';

/** The project's job queues: built on first use, since their work runs against the workspace's project. */
export interface SkJobStore {
  queues: ProjectJobs | null;
  /** Jobs a snapshot restored, taken into the queues when they are built. */
  restored: SkJobsData;
}

/** The project's jobs as plain data: completed and failed ones, and unfinished ones in their current state. */
export interface SkJobsData {
  imports: JobRecord<ImportJobData, ImportResult>[];
  bulk: JobRecord<BulkJobData, BulkResult>[];
}

export const emptyJobs = (): SkJobsData => ({ imports: [], bulk: [] });

const job = (data: Schema): Schema => record(
  {
    id, data, state: oneOf('waiting', 'active', 'delayed', 'completed', 'failed'), progress: { type: 'number', minimum: 0, maximum: 100 },
    result: nobj, attemptsMade: int, readyAt: epochMs,
  },
  { failedReason: str, finishedOn: epochMs },
);

function jobsSchema(): Schema {
  // The import job keeps the uploaded file base64-encoded: 4 characters per 3 bytes of the documented file limit.
  const fileBytes = Number(requestBounds('op:skImportContacts', 'file').maxLength ?? MAX_STRING_LENGTH);
  const csvData: Schema = { type: 'string', maxLength: Math.ceil(fileBytes / 3) * 4 };
  return section({
    imports: arrayOf(job(record({ projectId: id, csvData, filename: str }))),
    bulk: arrayOf(job(record({ projectId: id, operation: oneOf('subscribe', 'unsubscribe', 'delete'), selector: record({ mode: oneOf('ids', 'query') }) }))),
  });
}

/**
 * The project's jobs: completed and failed ones, and unfinished ones in their current state. Jobs that
 * were waiting, active or delayed when exported keep that state after an import and are not resumed:
 * their work is not part of the data, and the workspace's scheduled work is dropped by the importer.
 */
export const skJobStore = defineStore<SkJobStore, SkJobsData>({
  path: ['project', 'jobs'],
  create: () => ({ queues: null, restored: emptyJobs() }),
  dump: store => (store.queues ? { imports: store.queues.imports.records(), bulk: store.queues.bulk.records() } : store.restored),
  schema: jobsSchema,
  check: data => {
    uniqueIds('project.jobs.imports', data.imports);
    uniqueIds('project.jobs.bulk', data.bulk);
  },
  prepareRestore: (store, data) => () => swapInPlace(store, { queues: null, restored: data }),
  count: data => ({ sk_jobs: data.imports.length + data.bulk.length }),
});
