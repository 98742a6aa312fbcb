/**
 * The default seed: a small, believable organisation to explore right after `npm start`. Built through
 * the domain services (so every rule holds) at fixed instants, so the same seed gives the same state.
 */
import type { Workspace } from '../src/workspace/workspace.js';
import { createClock } from '../src/workspace/clock.js';
import { createTeam } from '../src/domain/supersend/teams.js';
import { createLabel } from '../src/domain/supersend/labels.js';
import { createCampaign, updateCampaign } from '../src/domain/supersend/campaigns.js';
import { upsertContact } from '../src/domain/supersend/contacts.js';

export const SEED_EPOCH = Date.parse('2026-01-05T09:00:00.000Z');

const SEQUENCE = {
  nodes: [
    { id: 'n-start', type: 'startNode', data: { type: 12, label: 'Start' }, position: { x: 0, y: 0 } },
    { id: 'n-e1', type: 'emailNode', data: { type: 1, label: 'Intro', subject_a: 'Quick question, {{first_name}}', body_a: '<p>Hi {{first_name}},</p>', wait: 0, wait_unit: 'days' }, position: { x: 0, y: 150 } },
    { id: 'n-w1', type: 'waitNode', data: { type: 2, wait: 3, wait_unit: 'days' }, position: { x: 0, y: 300 } },
    { id: 'n-e2', type: 'emailNode', data: { type: 1, label: 'Follow-up', subject_a: '', body_a: '<p>Bumping this up</p>', send_as_reply: true }, position: { x: 0, y: 450 } },
  ],
  edges: [
    { id: 'e1', source: 'n-start', target: 'n-e1', type: 'buttonedge' },
    { id: 'e2', source: 'n-e1', target: 'n-w1', type: 'buttonedge' },
    { id: 'e3', source: 'n-w1', target: 'n-e2', type: 'buttonedge' },
  ],
};

const PEOPLE = [
  ['Ada', 'Lovelace', 'Analytical Engines Ltd', 'CTO'],
  ['Grace', 'Hopper', 'Cobol Systems', 'VP Engineering'],
  ['Alan', 'Turing', 'Bletchley Labs', 'Head of Research'],
  ['Katherine', 'Johnson', 'Orbital Dynamics', 'Principal Analyst'],
  ['Linus', 'Pauling', 'Molecular Health', 'Founder'],
  ['Margaret', 'Hamilton', 'Apollo Software', 'Director of Software'],
];

export function seedDefault(live: Workspace): void {
  const clock = createClock({ startAt: SEED_EPOCH, frozen: true });
  const ws: Workspace = { ...live, clock };
  const tick = () => clock.advance(60_000);

  const acme = createTeam(ws, { name: 'Acme Outbound', domain: 'acme-outbound.test', about: 'Outbound for B2B SaaS' }, true);
  tick();
  createTeam(ws, { name: 'Globex Sales', domain: 'globex.test' });
  for (const [name, color, applies_to] of [
    ['interested', '#2E7D32', 'contact'],
    ['hot lead', '#C62828', 'both'],
    ['needs reply', '#1565C0', 'conversation'],
  ] as const) {
    tick();
    createLabel(ws, { name, color, applies_to, team_id: acme.id });
  }
  tick();
  const draft = createCampaign(ws, { name: 'Q1 Founders (draft)', TeamId: acme.id });
  tick();
  const active = createCampaign(ws, { name: 'Q1 CTO Outreach', TeamId: acme.id, track: true, timezone: 'America/New_York', ...SEQUENCE });
  updateCampaign(ws, active.id, { status: 1, is_draft: false, max_per_day: 50 });
  tick();
  const paused = createCampaign(ws, { name: 'Webinar follow-up', TeamId: acme.id, is_draft: false, ...SEQUENCE });
  PEOPLE.forEach(([first_name, last_name, company_name, title], i) => {
    tick();
    const email = `${first_name.toLowerCase()}.${last_name.toLowerCase()}@${company_name.split(' ')[0].toLowerCase()}.test`;
    const campaign = i < 4 ? active : i < 5 ? paused : draft;
    upsertContact(ws, { TeamId: acme.id, CampaignId: campaign.id, email, first_name, last_name, company_name, title, labels: i % 2 ? ['interested'] : [] });
  });
}
