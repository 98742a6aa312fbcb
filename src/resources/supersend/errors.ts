/** The SuperSend domain's failures, with the codes the V2 docs use (V1 renders only the message). */
import { ApiError } from '../../http/errors.js';

export type Resource = 'contact' | 'campaign' | 'team' | 'label' | 'contact_profile' | 'event' | 'upload';

const NAMES: Record<Resource, string> = {
  contact: 'Contact',
  campaign: 'Campaign',
  team: 'Team',
  label: 'Label',
  contact_profile: 'Contact profile',
  event: 'Event',
  upload: 'Upload',
};

export const notFound = (resource: Resource) => new ApiError(404, `${resource}_not_found`, `${NAMES[resource]} not found`);

export const teamAccessDenied = (param = 'TeamId') =>
  new ApiError(403, 'team_access_denied', 'You do not have access to this team', { param });

export const invalidParameter = (param: string, message: string, code = 'validation_error') =>
  new ApiError(400, code, message, { param });

export const conflict = (code: string, message: string, param?: string) => new ApiError(409, code, message, { param });
