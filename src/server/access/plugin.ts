import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decide, type Permission, type Place } from '../../shared/access-rules.ts';
import type { Db } from '../db/client.ts';
import { forbidden, unauthenticated } from '../features/auth/problems.ts';
import { Problem } from '../http/schemas.ts';
import { isUuid, locate, locateAuditEntry, placeTables, type RecordKind } from './locate.ts';

/** How a route finds the place it acts at, when the `:id` parameter alone does not say. */
export type PlaceOf = (request: FastifyRequest, db: Db) => Promise<Place | null>;

/** Every API route declares this in its `config.access`; a route without it fails at start-up. */
export interface Access {
  permission: Permission;
  /** The kind of record the route's `:id` names (the record itself, or the parent of a collection). */
  at?: RecordKind | 'auditEntry' | PlaceOf;
  /** Body fields that name an OPD the write touches, e.g. a programme's `leadOpdId`. */
  opdFields?: string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

const params = (request: FastifyRequest) => (request.params ?? {}) as Record<string, unknown>;
export const body = (request: FastifyRequest) =>
  (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;

/** Nothing regional: only a national role acts here (a national catalogue entry, a new region). */
export const NATIONAL_PLACE: Readonly<Place> = { regionId: null, planId: null, planStatus: null, opdIds: [] };

/** The place a body field names, e.g. the region of a plan about to be created. */
export const fromBody =
  (kind: RecordKind, field: string): PlaceOf =>
  (request, db) =>
    locate(db, kind, body(request)[field]);

const NO_OPD = 'none';

/**
 * Where a live record sits, kept until a write to a table it is read from (decision 013): a workshop's
 * saves change programmes, not where they sit. A deleted record's place (from the audit log, written on
 * every change) is looked up each time.
 */
async function keptPlace(app: FastifyInstance, kind: RecordKind, id: unknown): Promise<Place | null> {
  const live = await app.aggregates.get(
    `place:${kind}:${String(id)}`,
    () => locate(app.db, kind, id, { deleted: false }),
    placeTables(kind),
  );
  return live ?? locate(app.db, kind, id);
}

async function placeOf(request: FastifyRequest, app: FastifyInstance, access: Access): Promise<Place | null> {
  const at = access.at;
  if (!at) return null;
  const { db } = app;
  const id = params(request).id;
  const found =
    typeof at === 'function'
      ? await at(request, db)
      : at === 'auditEntry'
        ? await locateAuditEntry(db, id)
        : await keptPlace(app, at, id);
  const place = found && { ...found, opdIds: [...found.opdIds] };
  if (place && access.opdFields) {
    const given = body(request);
    for (const field of access.opdFields) {
      const value = given[field];
      // A malformed id is left to validation, which names the field; null hands the record to no OPD,
      // which no OPD participant may do.
      if (value === null) place.opdIds.push(NO_OPD);
      else if (isUuid(value) && !place.opdIds.includes(value)) place.opdIds.push(value);
    }
  }
  return place;
}

const NEEDS_NO_PLACE: Permission[] = ['public', 'signedIn', 'national'];

/**
 * Authorisation for every route, before the body is validated: a caller outside their remit learns
 * nothing about the payload, and nothing they send reaches a handler. A route naming a record that
 * does not exist goes on to its handler, which answers 404 (or 400 for a body naming it).
 */
async function access(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const hidden = Boolean((route.schema as { hide?: boolean } | undefined)?.hide);
    if (!route.url.startsWith('/api/') || hidden) return;
    const rule = route.config?.access;
    if (!rule) throw new Error(`${route.method} ${route.url} declares no access rule`);
    if (rule.permission === 'public' || !route.schema) return;
    // Every guarded route documents its cookie and its refusals.
    route.schema.response = { ...(route.schema.response as object), 401: Problem, 403: Problem };
    // A read of published data needs no cookie: `{}` makes the cookie optional there.
    (route.schema as { security?: unknown }).security =
      rule.permission === 'read' ? [{}, { session: [] }] : [{ session: [] }];
  });

  app.addHook('preValidation', async (request) => {
    const rule = request.routeOptions.config.access;
    if (!rule || rule.permission === 'public') return;
    const roles = request.account ? request.account.roles : null;
    let place: Place | null = null;
    if (!NEEDS_NO_PLACE.includes(rule.permission)) {
      place = await placeOf(request, app, rule);
      if (!place && rule.at) {
        if (roles === null && rule.permission !== 'read') throw unauthenticated();
        return;
      }
    }
    const decision = decide(roles, rule.permission, place);
    if (decision.allowed) return;
    throw roles === null ? unauthenticated(decision.reason) : forbidden(decision.reason);
  });
}

export const accessPlugin = Object.assign(access, { [Symbol.for('skip-override')]: true });
