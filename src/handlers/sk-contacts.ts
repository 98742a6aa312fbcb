/** Handlers of the secret-key Contacts API by operationId: unpack the request, call the service, answer. */
import { skContactService, type SkContactService, type UpdateInput, type UpsertInput } from '../domain/sk-contacts/service.js';
import { violationError } from '../pipeline/validate.js';
import type { ApiError } from '../http/errors.js';
import type { HandlerContext, HandlerTable } from './types.js';

export function skContactHandlers(): HandlerTable {
  return {
    skListContacts: ctx => ({ status: 200, body: service(ctx).list(ctx.request.query) }),
    skCreateContact: ctx => {
      const { contact, isNew } = service(ctx).upsert(upsertInput(ctx));
      return { status: isNew ? 201 : 200, body: { ...contact, _meta: { isNew, isUpdate: !isNew } } };
    },
    skGetContact: ctx => ({ status: 200, body: service(ctx).get(pathId(ctx)) }),
    skUpdateContact: ctx => ({ status: 200, body: service(ctx).update(pathId(ctx), updateInput(ctx)) }),
    skDeleteContact: ctx => {
      service(ctx).remove(pathId(ctx));
      return { status: 204 };
    },
  };
}

function service({ workspace }: HandlerContext): SkContactService {
  return skContactService(workspace.project, workspace.clock, workspace.random);
}

function pathId(ctx: HandlerContext): string {
  return String(ctx.request.path.id ?? '');
}

// Strict validation has already checked the body; these checks matter only in `warn`/`off` mode, where a
// wrongly typed field would otherwise reach the store. They answer as strict mode would.

function upsertInput(ctx: HandlerContext): UpsertInput {
  const body = bodyFields(ctx);
  const email = field(ctx, body, 'email', 'string');
  if (!email) throw invalid(ctx, 'email', 'required', 'email is required');
  return { email, subscribed: field(ctx, body, 'subscribed', 'boolean'), data: body.data };
}

function updateInput(ctx: HandlerContext): UpdateInput {
  const body = bodyFields(ctx);
  return { email: field(ctx, body, 'email', 'string'), subscribed: field(ctx, body, 'subscribed', 'boolean'), data: body.data };
}

function bodyFields(ctx: HandlerContext): Record<string, unknown> {
  const body = ctx.request.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

interface FieldTypes {
  string: string;
  boolean: boolean;
}

function field<K extends keyof FieldTypes>(ctx: HandlerContext, body: Record<string, unknown>, name: string, type: K): FieldTypes[K] | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== type) throw invalid(ctx, name, 'type', `${name} must be a ${type}`);
  return value as FieldTypes[K];
}

function invalid(ctx: HandlerContext, param: string, keyword: string, message: string): ApiError {
  return violationError(ctx.operation, [{ location: 'body', param, keyword, message }]);
}
