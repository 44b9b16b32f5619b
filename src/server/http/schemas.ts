import { z } from 'zod';

/** Path parameter of every item route. */
export const IdParams = z.object({ id: z.uuid() });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('How many items to return (1–1000)'),
  offset: z.coerce.number().int().min(0).default(0).describe('How many items to skip'),
});

/** A page of a list: the items plus the total count for the same filters. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          in: z.enum(['body', 'query', 'path']),
          message: z.string(),
          code: z
            .string()
            .optional()
            .describe('The schema check that failed (a Zod issue code), e.g. too_small'),
          params: z
            .record(z.string(), z.unknown())
            .optional()
            .describe('What the check expected: minimum, maximum, origin, format, values…'),
        }),
      )
      .optional(),
    fields: z
      .array(z.string())
      .optional()
      .describe('A duplicate (409): the fields whose values together are taken by another record'),
    usedBy: z
      .string()
      .optional()
      .describe('A refused deletion (409): the kind of record still pointing at this one, e.g. positions'),
  })
  .loose()
  .meta({ id: 'Problem', description: 'An RFC 9457 problem detail' });

/** The error responses a route documents besides its success: every route can refuse bad input. */
export const problems = (...statuses: (400 | 404 | 409 | 413)[]) =>
  Object.fromEntries([400, ...statuses].map((s) => [s, Problem])) as Record<number, typeof Problem>;

/** A decimal amount in rupiah: accepted as a number or a decimal string, always returned as a string. */
export const Rupiah = z
  .union([
    // A number with more than two decimals is refused rather than silently rounded to the cent.
    z
      .number()
      .nonnegative()
      .max(1e15)
      .multipleOf(0.01, 'must be a non-negative amount with at most 2 decimals'),
    z.string().regex(/^\d{1,16}(\.\d{1,2})?$/, 'must be a non-negative amount with at most 2 decimals'),
  ])
  .transform((v) => (typeof v === 'number' ? v.toFixed(2) : v));

/** An exact decimal for measurements and areas: a number or decimal string in, a string out. */
export const Decimal = z
  .union([z.number().finite(), z.string().regex(/^-?\d{1,14}(\.\d{1,6})?$/, 'must be a decimal number')])
  // Plain notation always: String(1e-7) would give exponent text no decimal column accepts.
  .transform((v) => (typeof v === 'number' ? plainDecimal(v) : v));

function plainDecimal(n: number) {
  const fixed = n.toFixed(6);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

export const Year = z.number().int().min(2000).max(2100);
export const Timestamp = z.string().describe('ISO 8601 date-time');
export const DateOnly = z.iso.date();

/** `true`/`false` in a query string: z.coerce.boolean would read the text "false" as true. */
export const QueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');
