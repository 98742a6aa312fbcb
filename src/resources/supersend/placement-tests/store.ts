/**
 * Inbox placement tests. A test's course is planned when it is created (when it starts sending, is sent
 * and completes, and where each seed mailbox files the email) and stored as timestamps; its status and
 * results are read from them against the workspace clock. Nothing is scheduled, so a test moves on the
 * same way after an import or a restart, and a planned timestamp left null holds the test where it is.
 */
import { LoggedMap, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, bool, id, int, ndateTime, nid, ntext, obj, oneOf, record, refer, text, uniqueIds, dateTime, ids, type Schema } from '../../../workspace/snapshot-schema.js';

export const PLACEMENTS = ['inbox', 'spam', 'not_received', 'bounced'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export interface PlacementResult {
  id: string;
  seed_email: string;
  /** Where the seed mailbox filed the test email (`not_received`: never arrived). */
  placement: Placement;
  /** When it arrived (null when it did not). */
  received_at: string | null;
  /** When the check that settles it runs (null: never); the result is shown from then on. */
  checked_at: string | null;
  check_attempts: number;
  tags: string[];
  metadata: { provider: string };
}

export interface PlacementUser {
  id: string;
  name: string;
  email: string;
}

export interface PlacementTest {
  id: string;
  team_id: string;
  sender_id: string | null;
  name: string;
  tracking_code: string;
  total_seeds: number;
  credit_cost: number;
  auto_send: boolean;
  is_auto_test: boolean;
  test_email_subject: string | null;
  test_email_body: string | null;
  test_email_from: string | null;
  seed_addresses: string[];
  /** Null for tests the team's auto-testing started. */
  created_by: PlacementUser | null;
  /** Planned instants of the course; null: not reached (the test holds before it). */
  sending_at: string | null;
  sent_at: string | null;
  completed_at: string | null;
  failed_at: string | null;
  /** One per seed address, as they will be found once sent. */
  results: PlacementResult[];
  /** Creation order: breaks ties between tests of the same instant. */
  seq: number;
  created_at: string;
}

export interface PlacementTestStore {
  /** In creation order. */
  tests: LoggedMap<string, PlacementTest>;
  next: { seq: number };
}

const emptyStore = (): PlacementTestStore => ({ tests: new LoggedMap(true), next: { seq: 0 } });

const bound = (field: string): [string, string] => ['PlacementTestCreate', field];

function placementSchema(): Schema {
  const user = { type: ['object', 'null'], required: ['id', 'name', 'email'], properties: { id, name: text(), email: text() } };
  const result = record({
    id, seed_email: text(), placement: oneOf(...PLACEMENTS), received_at: ndateTime, checked_at: ndateTime,
    check_attempts: int, tags: arrayOf(text()), metadata: obj,
  });
  return arrayOf(record({
    id, team_id: id, sender_id: nid, name: text(bound('name')), tracking_code: text(),
    total_seeds: { ...int, minimum: 1, maximum: 50 }, credit_cost: int, auto_send: bool, is_auto_test: bool,
    test_email_subject: ntext(bound('test_email_subject')), test_email_body: ntext(bound('test_email_body')),
    test_email_from: ntext(bound('test_email_from')), seed_addresses: { ...ids, items: text() }, created_by: user,
    sending_at: ndateTime, sent_at: ndateTime, completed_at: ndateTime, failed_at: ndateTime,
    results: arrayOf(result), seq: int, created_at: dateTime,
  }));
}

export const placementTestStore = defineStore<PlacementTestStore, PlacementTest[]>({
  path: ['supersend', 'placement_tests'],
  create: emptyStore,
  dump: store => [...store.tests.values()],
  schema: placementSchema,
  check(tests, refs) {
    uniqueIds('supersend.placement_tests', tests);
    const teams = refs.ids('supersend.teams');
    const senders = refs.ids('supersend.senders');
    tests.forEach((t, i) => {
      refer(`supersend.placement_tests[${i}].team_id`, t.team_id, teams, 'team');
      refer(`supersend.placement_tests[${i}].sender_id`, t.sender_id, senders, 'sender');
    });
  },
  prepareRestore(target, tests) {
    const fresh = emptyStore();
    for (const test of tests) fresh.tests.set(test.id, test);
    fresh.next.seq = tests.reduce((max, t) => Math.max(max, t.seq + 1), 0);
    return () => swapInPlace(target, fresh);
  },
  count: tests => ({ placement_tests: tests.length }),
});
