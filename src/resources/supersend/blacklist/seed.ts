/**
 * The data sets' blacklist: at organisation level a competitor's domain and an address a bounce added
 * (system-added, `created_by: null`); per team an address and a domain; per campaign a LinkedIn profile and
 * an address. Names come from the team's domain, so they are the same on every generation.
 */
import type { World } from '../../world.js';
import type { Campaign, Team } from '../records.js';
import { addBlacklistItem } from './service.js';

export interface BlacklistSeedTeam {
  team: Team;
  /** Campaigns that get a campaign-level entry each (the first two are used). */
  campaigns: readonly Campaign[];
}

const MINUTE = 60_000;

export function seedBlacklist(world: World, orgDomain: string, teams: readonly BlacklistSeedTeam[], tick: (ms?: number) => void): void {
  addBlacklistItem(world, { item: `rival-${orgDomain}`, level: 'organization' });
  tick(MINUTE);
  addBlacklistItem(world, { item: `bounced.mailbox@old-${orgDomain}`, level: 'organization' }, true, 'bounce');
  for (const { team, campaigns } of teams) {
    const label = (team.domain ?? 'team.test').replace(/\.[a-z]+$/, '');
    tick(MINUTE);
    addBlacklistItem(world, { item: `procurement@${label}-customer.test`, level: 'team', team_id: team.id });
    tick(MINUTE);
    addBlacklistItem(world, { item: `${label}-partner.test`, level: 'team', team_id: team.id });
    campaigns.slice(0, 2).forEach((campaign, i) => {
      tick(MINUTE);
      const item = i === 0 ? `https://www.linkedin.com/in/${label}-do-not-contact` : `unsubscribed@${label}-prospect.test`;
      addBlacklistItem(world, { item, level: 'campaign', campaign_id: campaign.id }, i === 1, i === 1 ? 'unsubscribe' : 'manual');
    });
  }
}
