/** The V2/V1 contact uploads of a workspace, in creation order, with the queued work each unfinished one holds. */
import type { PersonFields } from '../records.js';
import type { Hold } from '../../../workspace/queued-work.js';
import { LoggedMap, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, bool, dateTime, id, int, ndateTime, nid, nstr, obj, oneOf, record, str, uniqueIds } from '../../../workspace/snapshot-schema.js';

export type UploadSource = 'json' | 'csv' | 'v1';
export type UploadStatus = 'pending' | 'processing' | 'completed' | 'failed';

export interface RowOutcome {
  row: number;
  status: 'created' | 'updated' | 'failed';
  contact_id: string | null;
  reason?: string;
}

/** One row as imported: the person fields it sets (custom merges), nothing else. */
export type RowInput = Partial<Omit<PersonFields, 'custom'>> & { custom?: Record<string, unknown> };

export interface Upload {
  id: string;
  source: UploadSource;
  team_id: string;
  campaign_id: string;
  validate_emails: boolean;
  status: UploadStatus;
  contact_count: number;
  processed_count: number;
  created_count: number;
  updated_count: number;
  failed_count: number;
  failure_reason: string | null;
  rows: RowOutcome[];
  created_at: string;
  completed_at: string | null;
  /** Rows still to process; dropped once processed so a finished upload holds only outcomes. */
  queue: RowInput[] | null;
}

export interface UploadStore {
  /** In creation order. */
  uploads: LoggedMap<string, Upload>;
  /** The queued work an unfinished upload holds (beside the record, so snapshots never see it). */
  holds: WeakMap<Upload, Hold>;
}

/**
 * Uploads in a snapshot: an upload still `pending` or `processing` keeps its state and unprocessed rows
 * but is not scheduled again.
 */
export const uploadStore = defineStore<UploadStore, Upload[]>({
  path: ['supersend', 'uploads'],
  create: () => ({ uploads: new LoggedMap(true), holds: new WeakMap() }),
  dump: store => [...store.uploads.values()],
  schema: () => arrayOf(record({
    id, source: oneOf('json', 'csv', 'v1'), team_id: id, campaign_id: id, validate_emails: bool,
    status: oneOf('pending', 'processing', 'completed', 'failed'), contact_count: int, processed_count: int, created_count: int,
    updated_count: int, failed_count: int, failure_reason: nstr,
    rows: arrayOf(record({ row: { ...int, minimum: 1 }, status: oneOf('created', 'updated', 'failed'), contact_id: nid }, { reason: str })),
    created_at: dateTime, completed_at: ndateTime, queue: { type: ['array', 'null'], items: obj },
  })),
  check: uploads => void uniqueIds('supersend.uploads', uploads),
  prepareRestore: (store, uploads) => {
    const fresh: UploadStore = { uploads: LoggedMap.of(uploads.map(u => [u.id, u] as const), true), holds: new WeakMap() };
    return () => swapInPlace(store, fresh);
  },
  count: uploads => ({ uploads: uploads.length }),
});
