import { conflict, invalid, type ProblemError } from '../errors.ts';

interface PgError {
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Drizzle wraps driver errors; PGlite and node-postgres both expose the SQLSTATE on the cause. */
function pgErrorOf(error: unknown): PgError | null {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as PgError).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
  }
  return null;
}

/** The first column named in a message detail such as `Key (lead_opd_id)=(…) is not present…`. */
const keyColumns = (detail?: string) => /Key \(([^)]+)\)/.exec(detail ?? '')?.[1]?.split(', ') ?? [];

/**
 * Translate a constraint violation into the problem the client can act on: a bad reference or value
 * names its field (400); a duplicate or a record still in use is a conflict (409). Anything else is
 * not the client's fault and is left to surface as a 500.
 */
export function problemFromDatabase(error: unknown): ProblemError | null {
  const pgError = pgErrorOf(error);
  if (!pgError) return null;
  const { code, detail, constraint = '', table = '' } = pgError;
  switch (code) {
    case '23505': {
      const cols = keyColumns(detail).map(camel);
      return conflict(
        `A ${table.replace(/_/g, ' ')} record with the same ${cols.join(' and ') || 'key'} already exists`,
        {
          fields: cols,
        },
      );
    }
    case '23001':
    case '23503': {
      if (/is (still )?referenced from/.test(detail ?? '')) {
        const table = /from table "([^"]+)"/.exec(detail ?? '')?.[1];
        const from = table?.replace(/_/g, ' ') ?? 'other records';
        // `usedBy` names the table for screens, which explain it in the reader's language.
        return conflict(`This record is still used by ${from}; remove or reassign those first`, {
          ...(table ? { usedBy: table } : {}),
        });
      }
      const [column] = keyColumns(detail);
      const field = camel(column ?? 'reference');
      return invalid([
        { field, in: 'body', message: 'refers to a record that does not exist or belongs elsewhere' },
      ]);
    }
    case '23514': {
      // Our CHECK constraints are named <table>_<column>_check (db/schema/columns.ts).
      const column = constraint.replace(new RegExp(`^${table}_`), '').replace(/_check$/, '');
      return invalid([{ field: camel(column), in: 'body', message: 'is outside the allowed values' }]);
    }
    case '23502':
      return invalid([{ field: camel(pgError.column ?? 'field'), in: 'body', message: 'is required' }]);
    case '22003':
      return invalid([{ field: 'body', in: 'body', message: 'a number is too large' }]);
    default:
      return null;
  }
}
