/** POST /v2/email-validation/verify: a verdict from the address, one credit, no contact created. */
import { createHash } from 'node:crypto';
import { handlerTable } from '../../../handlers/types.js';
import { ok } from '../../../handlers/v2-envelope.js';
import { spendCredit, verdictFor } from './service.js';
import { requireTeam } from '../teams/service.js';
import { ApiError, errors } from '../../../http/errors.js';

export const verifyHandlers = handlerTable({
  verifyEmail: ({ workspace, request }) => {
    // In `warn`/`off` validation modes the body is as sent (OperationRequest): guard what the service needs.
    const email: unknown = request.body?.email;
    if (typeof email !== 'string') throw errors.unusable('email', 'a string');
    const TeamId = request.body?.TeamId;
    const team = TeamId ? requireTeam(workspace, TeamId) : undefined;
    const available = workspace.stores.supersend.org.verification_credits;
    if (!spendCredit(workspace, team)) {
      throw new ApiError(402, 'insufficient_credits', 'Not enough verification credits', { details: { requiredCredits: 1, availableCredits: available } });
    }
    const normalised = email.trim().toLowerCase();
    const verdict = verdictFor(normalised);
    const domain = normalised.split('@')[1] ?? '';
    return ok({
      email: normalised,
      valid: verdict.valid,
      validators: { syntax: verdict.reason !== 'syntax', smtp: verdict.valid2 === 1 ? 'deliverable' : verdict.valid2 === 2 ? 'undeliverable' : 'unknown', reason: verdict.reason },
      credits_used: 1,
      domain,
      email_hash: createHash('sha256').update(normalised).digest('hex'),
      risk_level: verdict.risk_level,
      validity_score: verdict.valid2 === 1 ? (verdict.risk_level === 'SAFE' ? 98 : verdict.risk_level === 'LOW' ? 85 : verdict.risk_level === 'MEDIUM' ? 70 : 45) : verdict.valid2 === 2 ? 2 : 50,
      confidence: verdict.valid2 === 0 ? 'low' : 'high',
      is_role_based: verdict.is_role_based,
      is_free_provider: verdict.is_free_provider,
      is_disallowed: verdict.valid2 === 2,
      is_abuse_email: false,
      email_provider: verdict.is_free_provider ? domain : null,
      email_security_service: null,
      has_historical_data: false,
      total_sends: 0,
      hard_bounce_count: 0,
      reply_count: 0,
      bounce_type_breakdown: {},
    });
  },
});
