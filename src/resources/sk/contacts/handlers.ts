/** Handlers of the secret-key Contacts API by operationId: unpack the request, call the service, answer. */
import { skContactService, type SkContactService, type UpdateInput, type UpsertInput } from './service.js';
import { violationError } from '../../../pipeline/validate.js';
import type { ApiError } from '../../../http/errors.js';
import { handlerTable, type HandlerContext } from '../../../handlers/types.js';
import { cachedPage } from '../../view-cache.js';

export function skContactHandlers() {
  return handlerTable({
    // Pages are functions of the stored contacts and the query: asked again unchanged, they are sent as encoded.
    skListContacts: ctx => ({ status: 200, body: cachedPage('sk-contacts', ctx.workspace, ctx.request.query, () => service(ctx).list(ctx.request.query)) }),
    skCreateContact: ctx => {
      const { contact, isNew } = service(ctx).upsert(upsertInput(ctx, ctx.request.body));
      return { status: isNew ? 201 : 200, body: { ...contact, _meta: { isNew, isUpdate: !isNew } } };
    },
    skGetContact: ctx => ({ status: 200, body: service(ctx).get(ctx.request.path.id) }),
    skUpdateContact: ctx => ({ status: 200, body: service(ctx).update(ctx.request.path.id, updateInput(ctx, ctx.request.body)) }),
    skDeleteContact: ctx => {
      service(ctx).remove(ctx.request.path.id);
      return { status: 204 };
    },
  });
}

function service({ workspace }: HandlerContext): SkContactService {
  return skContactService(workspace.stores.skProject, workspace.clock, workspace.random);
}

// Strict validation has already checked the body against its documented type; these checks matter only in
// `warn`/`off` mode, where a wrongly typed field would otherwise reach the store. So the body is read here
// as the unknown value it may be, and the checks answer as strict mode would.

function upsertInput(ctx: HandlerContext, sent: unknown): UpsertInput {
  const body = bodyFields(sent);
  const email = stringField(ctx, body, 'email');
  if (!email) throw invalid(ctx, 'email', 'required', 'email is required');
  return { email, subscribed: booleanField(ctx, body, 'subscribed'), data: body.data };
}

function updateInput(ctx: HandlerContext, sent: unknown): UpdateInput {
  const body = bodyFields(sent);
  return { email: stringField(ctx, body, 'email'), subscribed: booleanField(ctx, body, 'subscribed'), data: body.data };
}

function bodyFields(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.fromEntries(Object.entries(body)) : {};
}

function stringField(ctx: HandlerContext, body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || typeof value === 'string') return value;
  throw invalid(ctx, name, 'type', `${name} must be a string`);
}

function booleanField(ctx: HandlerContext, body: Record<string, unknown>, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined || typeof value === 'boolean') return value;
  throw invalid(ctx, name, 'type', `${name} must be a boolean`);
}

function invalid(ctx: HandlerContext, param: string, keyword: string, message: string): ApiError {
  return violationError(ctx.operation, [{ location: 'body', param, keyword, message }]);
}
