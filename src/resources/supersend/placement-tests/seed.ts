/**
 * The data sets' placement tests: per team a history of completed tests (one started by auto-testing),
 * and on the first team one test in each other status. Finished tests lie in the seed's past; the ones
 * still under way move on from the moment the data set is loaded (`loadedAt`, the live workspace clock):
 * `pending` starts sending 15 minutes later, `sending` is sent 4 minutes later, `sent` completes 13
 * minutes later, so a client sees each status first and `completed` after advancing the clock.
 */
import type { World } from '../../world.js';
import type { Team } from '../records.js';
import type { Sender } from '../senders/store.js';
import { createPlacementTest, type PlacementCourse } from './service.js';

export interface PlacementSeedTeam {
  team: Team;
  /** The team's senders that may send. */
  active: readonly Sender[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Creates a test unless the credit pool is short (seeds never fail on credits). */
function tryCreate(world: World, team: Team, sender: Sender, name: string, seeds: number, course: PlacementCourse = {}, autoSend = false): void {
  if (world.stores.supersend.org.verification_credits < seeds) return;
  createPlacementTest(world, {
    team_id: team.id, sender_id: sender.id, name, seed_count: seeds, auto_send: autoSend,
    test_email_subject: `${team.name}: quick question`, test_email_body: `<p>Hi {{first_name}},</p><p>A short note from ${team.name}.</p>`,
  }, course);
}

export function seedPlacementTests(world: World, teams: readonly PlacementSeedTeam[], loadedAt: number, tick: (ms?: number) => void): void {
  teams.forEach(({ team, active }, t) => {
    if (active.length === 0) return;
    const sender = (k: number) => active[k % active.length];
    tryCreate(world, team, sender(0), `${team.name} baseline`, 10);
    tick(DAY);
    tryCreate(world, team, sender(1), 'Weekly auto test', 10, { is_auto_test: true }, true);
    tick(DAY);
    tryCreate(world, team, sender(2), 'New copy check', 5);
    if (t > 0) return;
    tick(DAY);
    tryCreate(world, team, sender(0), 'Relay outage retest', 5, { fails: true }, true);
    tick(MINUTE);
    tryCreate(world, team, sender(1), 'Queued check', 5, { sendingAt: loadedAt + 15 * MINUTE });
    tick(MINUTE);
    tryCreate(world, team, sender(2), 'Sending now', 5, { sendingAt: loadedAt - MINUTE }, true);
    tick(MINUTE);
    tryCreate(world, team, sender(3), 'Awaiting results', 5, { sendingAt: loadedAt - 7 * MINUTE }, true);
  });
}
