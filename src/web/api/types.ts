import type { components, operations } from './schema.d.ts';

/** A record as the API answers it, by its OpenAPI name: `Schema<'Program'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body an operation accepts, by its operationId: `RequestBody<'createProgram'>`. */
export type RequestBody<Op extends keyof operations> = JsonBody<NonNullable<operations[Op]['requestBody']>>;

/** The query an operation accepts: `Query<'listPrograms'>`. */
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** One page of a list, as every list route answers. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
