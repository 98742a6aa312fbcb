/**
 * Deterministic email verification: the verdict depends on the address alone (README lists the
 * patterns), so tests can ask for an invalid, risky or unknown result. Each check spends one credit of
 * the org's shared pool and is counted on the team that asked.
 */
import type { World } from '../../world.js';
import type { Team, Validity } from '../records.js';
import { beforeChange } from '../../../workspace/writes.js';

export type RiskLevel = 'SAFE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'INVALID';

export interface Verdict {
  valid: boolean;
  valid2: Validity;
  risk_level: RiskLevel | null;
  is_role_based: boolean;
  is_free_provider: boolean;
  reason: string;
}

const ROLE_LOCAL_PARTS = new Set(['info', 'sales', 'support', 'admin', 'contact', 'hello', 'team', 'office']);
/**
 * Free-mail providers: verification reports them (`is_free_provider`), and the engine never blacklists
 * their domain on a reply (it would block everyone who uses them).
 */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com',
  'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'yandex.com', 'yandex.ru',
  'zoho.com', 'fastmail.com', 'hey.com', 'qq.com', '163.com',
]);
const SYNTAX = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function verdictFor(address: string): Verdict {
  const email = address.trim().toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const base = { is_role_based: ROLE_LOCAL_PARTS.has(local), is_free_provider: FREE_MAIL_DOMAINS.has(domain) };
  if (!SYNTAX.test(email)) return { ...base, valid: false, valid2: 2, risk_level: 'INVALID', reason: 'syntax' };
  if (/^(invalid|bounce)/.test(local) || domain.endsWith('.invalid')) {
    return { ...base, valid: false, valid2: 2, risk_level: 'INVALID', reason: 'mailbox_not_found' };
  }
  if (local.startsWith('unknown')) return { ...base, valid: false, valid2: 0, risk_level: null, reason: 'smtp_inconclusive' };
  if (local.startsWith('risky')) return { ...base, valid: true, valid2: 1, risk_level: 'HIGH', reason: 'catch_all' };
  if (base.is_role_based) return { ...base, valid: true, valid2: 1, risk_level: 'MEDIUM', reason: 'role_based' };
  if (base.is_free_provider) return { ...base, valid: true, valid2: 1, risk_level: 'LOW', reason: 'free_provider' };
  return { ...base, valid: true, valid2: 1, risk_level: 'SAFE', reason: 'deliverable' };
}

/** Spends one verification credit for a team; false when the org has none left. */
export function spendCredit(ws: World, team: Team | undefined): boolean {
  const org = ws.stores.supersend.org;
  if (org.verification_credits < 1) return false;
  beforeChange(org).verification_credits -= 1;
  if (team) beforeChange(team).credits_used += 1;
  return true;
}
