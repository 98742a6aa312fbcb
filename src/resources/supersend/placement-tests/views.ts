/** Placement tests as the API shows them (openapi.yaml `PlacementTest`, `PlacementTestCreated`, `PlacementTestSummary`). */
import type { World } from '../../world.js';
import type { PlacementTest } from './store.js';
import { resultsAt, rowAt, summaryAt, updatedAt, type PlacementRow, type PlacementSummary } from './service.js';

function senderRef(world: World, t: PlacementTest) {
  const sender = t.sender_id ? world.stores.senders.senders.get(t.sender_id) : undefined;
  return sender ? { id: sender.id, email: sender.email, provider: sender.provider } : null;
}

/** The list's object (at the clock's instant). */
export function placementTestView(world: World, row: PlacementRow) {
  const { test: t } = row;
  const now = world.clock.now();
  return {
    object: 'placement_test',
    id: t.id,
    name: t.name,
    status: row.status,
    tracking_code: t.tracking_code,
    score: row.score,
    credit_cost: t.credit_cost,
    total_seeds: t.total_seeds,
    auto_send: t.auto_send,
    is_auto_test: t.is_auto_test,
    results_summary: summaryAt(t, now),
    sender: senderRef(world, t),
    created_by: t.created_by,
    sent_at: row.sent_at,
    completed_at: row.completed_at,
    created_at: t.created_at,
    updated_at: updatedAt(t, now),
  };
}

/** GET one: adds the email, the seed addresses and the results the seeds have shown so far. */
export function placementTestDetailView(world: World, t: PlacementTest) {
  const now = world.clock.now();
  return {
    ...placementTestView(world, rowAt(t, now)),
    test_email_subject: t.test_email_subject,
    test_email_body: t.test_email_body,
    test_email_from: t.test_email_from,
    seed_addresses: t.seed_addresses.map(email => ({ email })),
    placement_results: resultsAt(t, now).map(r => ({
      id: r.id, seed_email: r.seed_email, placement: r.placement, received_at: r.received_at, checked_at: r.checked_at,
      check_attempts: r.check_attempts, tags: r.tags, metadata: r.metadata,
    })),
  };
}

/** What create answers. */
export function placementTestCreatedView(world: World, t: PlacementTest) {
  const row = rowAt(t, world.clock.now());
  return {
    object: 'placement_test',
    id: t.id,
    name: t.name,
    status: row.status,
    tracking_code: t.tracking_code,
    credit_cost: t.credit_cost,
    total_seeds: t.total_seeds,
    auto_send: t.auto_send,
    seed_addresses: t.seed_addresses.map(email => ({ email })),
    sender_id: t.sender_id,
    team_id: t.team_id,
    created_at: t.created_at,
  };
}

export function placementSummaryView(summary: PlacementSummary) {
  const last = summary.last_test;
  return {
    ...summary,
    last_test: last && { id: last.test.id, name: last.test.name, score: last.score, status: last.status, created_at: last.test.created_at },
  };
}
