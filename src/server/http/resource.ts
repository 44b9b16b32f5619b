import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../../shared/access-rules.ts';
import type { RecordKind } from '../access/locate.ts';
import type { PlaceOf } from '../access/plugin.ts';
import type { Tx } from '../db/client.ts';
import {
  deleteRecord,
  getOrThrow,
  insertRecord,
  listPage,
  presentRow,
  type RecordTable,
  type Row,
  type Scope,
  updateRecord,
} from '../db/records.ts';
import { type FieldError, invalid } from '../errors.ts';
import { keptRead } from './aggregate-cache.ts';
import { IdParams, PageQuery, page, problems } from './schemas.ts';

/**
 * A resource is a table with plain CRUD under the API: a collection route under its parent
 * (`/regions/:id/opds`) and item routes (`/opds/:id`). The specs in each feature folder say what is
 * particular to them (schemas, filters, cross-record rules); this module does the rest the same way
 * for all of them, each write in one transaction with its audit entry.
 */
export interface ResourceSpec {
  /** Singular entity name used in audit entries, messages and operation ids, e.g. `opd`. */
  entity: string;
  /** Plural used in operation ids, e.g. `Opds`. */
  plural: string;
  tag: string;
  table: RecordTable;
  /** Item routes live at `${itemPath}/:id`. */
  itemPath: string;
  record: z.ZodObject;
  create: z.ZodObject;
  update: z.ZodObject;
  /** Who may do what (shared/access-rules.ts); every route of the resource is checked against it. */
  access: {
    /** The record kind of the item routes. */
    kind: RecordKind;
    /** Listing and getting. */
    read: Permission;
    /** Creating, changing and deleting, unless overridden below. */
    write: Permission;
    create?: Permission;
    remove?: Permission;
    /** Where a record without a parent is created (e.g. a plan: the region its body names). */
    createAt?: PlaceOf;
    /** Body fields naming an OPD the write touches (see access/plugin.ts). */
    opdFields?: string[];
  };
  /**
   * For a collection without a parent, which rows the caller may see (e.g. published plans and the
   * caller's own regions' plans); it is listed to everyone, filtered by this.
   */
  visible?: (request: FastifyRequest) => SQL | undefined;
  parent?: {
    entity: RecordKind;
    table: RecordTable;
    /** Collection routes live at `${path}` where `:id` is the parent's id. */
    path: string;
    /** The child's columns set from the parent record. */
    inherit: (parent: Row) => Row;
  };
  /** A collection without a parent (e.g. `/regions`). */
  rootPath?: string;
  /** Extra list filters: query schema and the SQL they add. */
  filters?: z.ZodObject;
  where?: (query: Record<string, unknown>) => (SQL | undefined)[];
  orderBy: (PgColumn | SQL)[];
  /** Rules across records (same region, within the plan period…); return the fields that break them. */
  check?: (tx: Tx, candidate: Row, existing?: Row) => Promise<FieldError[]>;
  /** Region and plan the record belongs to, for the audit log. */
  scope?: (tx: Tx, row: Row) => Promise<Scope>;
  /**
   * Delete a locked, existing record when plain deletion is not enough (refuse while in use, audit what
   * goes with it). Runs inside the delete transaction.
   */
  remove?: (tx: Tx, existing: Row, actor: string) => Promise<void>;
  /** Extra work inside the create transaction, e.g. creating default children. */
  afterCreate?: (tx: Tx, row: Row, actor: string, body: Row) => Promise<void>;
}

const directScope = async (_tx: Tx, row: Row): Promise<Scope> => ({
  regionId: (row.regionId as string | undefined) ?? null,
  planId: (row.planId as string | undefined) ?? null,
});

const versioned = (update: z.ZodObject) =>
  update.safeExtend({
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('The version you edited; a stale one is refused with 409'),
  });

export function registerResource(app: FastifyInstance, spec: ResourceSpec) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { table, entity } = spec;
  const Entity = entity[0]?.toUpperCase() + entity.slice(1);
  const aEntity = `${/^[aeiou]/.test(entity) ? 'an' : 'a'} ${entity}`;
  const scopeOf = spec.scope ?? directScope;
  const listQuery = spec.filters ? PageQuery.extend(spec.filters.shape) : PageQuery;
  const tags = [spec.tag];

  const runChecks = async (tx: Tx, candidate: Row, existing?: Row) => {
    const errors = spec.check ? await spec.check(tx, candidate, existing) : [];
    if (errors.length > 0) throw invalid(errors);
  };

  const collectionPath = spec.parent?.path ?? spec.rootPath;
  if (!collectionPath) throw new Error(`resource ${entity} needs a parent or a rootPath`);
  const parentParams = spec.parent ? { params: IdParams } : {};
  const rules = spec.access;
  const opdFields = rules.opdFields ? { opdFields: rules.opdFields } : {};
  const onItem = (permission: Permission): FastifyContextConfig => ({
    access: { permission, at: rules.kind, ...opdFields },
  });
  const listAccess: FastifyContextConfig = spec.parent
    ? { access: { permission: rules.read, at: spec.parent.entity } }
    : { access: { permission: 'public' as const } };
  const createAccess: FastifyContextConfig = {
    access: {
      permission: rules.create ?? rules.write,
      at: spec.parent?.entity ?? rules.createAt,
      ...opdFields,
    },
  };

  api.get(
    collectionPath,
    {
      config: listAccess,
      schema: {
        tags,
        operationId: `list${spec.plural}`,
        summary: `List ${spec.plural.toLowerCase()}`,
        ...parentParams,
        querystring: listQuery,
        response: { 200: page(spec.record), ...problems(404) },
      },
    },
    async (request, reply) =>
      keptRead(app, request, reply, async () => {
        const query = request.query as Record<string, unknown> & { limit: number; offset: number };
        const where: (SQL | undefined)[] = spec.where ? spec.where(query) : [];
        if (spec.visible) where.push(spec.visible(request));
        if (spec.parent) {
          const params = request.params as { id: string };
          const parent = await getOrThrow(app.db, spec.parent.table, spec.parent.entity, params.id);
          const inherited = spec.parent.inherit(parent);
          for (const [key, value] of Object.entries(inherited)) {
            const column = (table as unknown as Record<string, PgColumn>)[key];
            if (column) where.push(eq(column, value));
          }
        }
        return listPage(app.db, table, {
          where,
          orderBy: spec.orderBy,
          limit: query.limit,
          offset: query.offset,
        });
      }),
  );

  api.post(
    collectionPath,
    {
      config: createAccess,
      schema: {
        tags,
        operationId: `create${Entity}`,
        summary: `Create ${aEntity}`,
        ...parentParams,
        body: spec.create,
        response: { 201: spec.record, ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      const body = request.body as Row;
      const created = await app.db.transaction(async (tx) => {
        let values = body;
        if (spec.parent) {
          const params = request.params as { id: string };
          const parent = await getOrThrow(tx, spec.parent.table, spec.parent.entity, params.id);
          values = { ...body, ...spec.parent.inherit(parent) };
        }
        await runChecks(tx, values);
        const row = await insertRecord(
          { tx, actor: request.actor, entity, scope: await scopeOf(tx, values) },
          table,
          values,
        );
        if (spec.afterCreate) await spec.afterCreate(tx, row, request.actor, body);
        return row;
      });
      return reply.code(201).send(created);
    },
  );

  const itemPath = `${spec.itemPath}/:id`;

  api.get(
    itemPath,
    {
      config: onItem(rules.read),
      schema: {
        tags,
        operationId: `get${Entity}`,
        summary: `Get ${aEntity}`,
        params: IdParams,
        response: { 200: spec.record, ...problems(404) },
      },
    },
    async (request, reply) =>
      keptRead(app, request, reply, async () =>
        presentRow(table, await getOrThrow(app.db, table, entity, request.params.id)),
      ),
  );

  api.patch(
    itemPath,
    {
      config: onItem(rules.write),
      schema: {
        tags,
        operationId: `update${Entity}`,
        summary: `Change ${aEntity}`,
        params: IdParams,
        body: versioned(spec.update),
        response: { 200: spec.record, ...problems(404, 409) },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body as Row & { version?: number };
      return app.db.transaction(async (tx) => {
        const existing = await getOrThrow(tx, table, entity, request.params.id, true);
        await runChecks(tx, { ...existing, ...changes }, existing);
        return updateRecord(
          { tx, actor: request.actor, entity, scope: await scopeOf(tx, existing) },
          table,
          existing,
          changes,
          version,
        );
      });
    },
  );

  api.delete(
    itemPath,
    {
      config: onItem(rules.remove ?? rules.write),
      schema: {
        tags,
        operationId: `delete${Entity}`,
        summary: `Delete ${aEntity}`,
        params: IdParams,
        response: { 204: z.undefined().describe('Deleted'), ...problems(404, 409) },
      },
    },
    async (request, reply) => {
      await app.db.transaction(async (tx) => {
        const existing = await getOrThrow(tx, table, entity, request.params.id, true);
        if (spec.remove) await spec.remove(tx, existing, request.actor);
        else
          await deleteRecord(
            { tx, actor: request.actor, entity, scope: await scopeOf(tx, existing) },
            table,
            existing,
          );
      });
      return reply.code(204).send();
    },
  );
}
