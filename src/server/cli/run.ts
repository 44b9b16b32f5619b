import type { Database } from '../db/client.ts';
import { openFromEnv } from '../db/open.ts';
import { readEnv } from '../env.ts';
import { type FieldError, ProblemError } from '../errors.ts';

/** Who the audit log names for work done from the command line. */
export const CLI_ACTOR = 'cli';

/** Open the database the environment names (migrated), do the work, and close it whatever happens. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openFromEnv(readEnv());
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Where the environment points the CLI, for messages that say what is about to change. */
export function databaseLabel() {
  const env = readEnv();
  return env.DATABASE_URL
    ? `PostgreSQL database ${new URL(env.DATABASE_URL).pathname.slice(1)} on ${new URL(env.DATABASE_URL).host}`
    : `embedded database in ${env.RANCANG_DATA}`;
}

/** A failed command: a clear message (each bad field on its own line) on stderr, and exit code 1. */
export function reportError(error: unknown) {
  if (error instanceof ProblemError) {
    const fields = (error.extra.errors as FieldError[] | undefined) ?? [];
    const lines =
      fields.length > 0
        ? [`${error.title}:`, ...fields.map((f) => `  ${f.field}: ${f.message}`)]
        : [error.message];
    console.error(`Error: ${lines.join('\n')}`);
  } else {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}

/** A command action that reports its failure instead of throwing it at commander. */
export const action =
  <A extends unknown[]>(run: (...args: A) => Promise<void>) =>
  async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      reportError(error);
    }
  };
