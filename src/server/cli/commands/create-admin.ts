import type { Command } from 'commander';
import { readEnv } from '../../env.ts';
import { type FieldError, invalid, ProblemError } from '../../errors.ts';
import {
  type AdminAccount,
  type AdminAccountOutcome,
  ensurePlatformAdmin,
  parseAdminAccount,
} from '../../features/auth/admin-account.ts';
import { readAuthSettings } from '../../features/auth/settings.ts';
import { action, CLI_ACTOR, databaseLabel, withDatabase } from '../run.ts';

/** Where the password comes from: never argv, which `ps` shows to every user of the machine. */
export const PASSWORD_VARIABLE = 'RANCANG_ADMIN_PASSWORD';

/** The input's fields as the person typing the command knows them. */
const LABELS: Record<string, string> = { password: PASSWORD_VARIABLE, name: '--name' };

/** The account to create, checked by the API's rules; every bad field is reported at once. */
function readAccount(email: string, name: string): AdminAccount {
  const password = process.env[PASSWORD_VARIABLE] ?? '';
  try {
    return parseAdminAccount({ email, name, password });
  } catch (error) {
    if (!(error instanceof ProblemError) || !Array.isArray(error.extra.errors)) throw error;
    throw invalid(
      (error.extra.errors as FieldError[]).map((e) =>
        e.field === 'password' && password === ''
          ? {
              ...e,
              field: PASSWORD_VARIABLE,
              message: `is not set: put the new account's password in this environment variable (it is not taken from the command line, where other users of the machine can see it)`,
            }
          : { ...e, field: LABELS[e.field] ?? e.field },
      ),
    );
  }
}

/** The address people open, as the server announces it (or the public one, when configured). */
function serverAddress() {
  if (process.env.RANCANG_PUBLIC_URL) return readAuthSettings().publicUrl;
  const env = readEnv();
  return `http://${env.HOST}:${env.PORT}`;
}

const SUMMARY: Record<AdminAccountOutcome, (email: string, where: string) => string> = {
  created: (email, where) => `Created the platform admin account ${email} in the ${where}.`,
  promoted: (email, where) =>
    `Gave the existing account ${email} the platform_admin role in the ${where}; its name and password are unchanged.`,
  unchanged: (email, where) =>
    `${email} is already a platform admin in the ${where}: nothing was changed (its name and password stay as they were).`,
};

export function createAdminCommand(program: Command) {
  program
    .command('create-admin')
    .description(
      `create a platform admin account (or give an existing account the role); the password is read from ${PASSWORD_VARIABLE}`,
    )
    .argument('<email>', 'the address the administrator signs in with')
    .requiredOption('--name <full name>', 'the name shown for the account')
    .addHelpText(
      'after',
      `\nExample: ${PASSWORD_VARIABLE}='a long passphrase' rancang create-admin admin@example.go.id --name "Admin Kementerian"`,
    )
    .action(
      action(async (email: string, options: { name: string }) => {
        const account = readAccount(email, options.name);
        const where = databaseLabel();
        const { outcome, user } = await withDatabase((database) =>
          ensurePlatformAdmin(database.db, account, CLI_ACTOR),
        );
        console.log(SUMMARY[outcome](user.email, where));
        console.log(
          `${user.email} (${user.name}) can ${outcome === 'unchanged' ? '' : 'now '}sign in as platform admin at ${serverAddress()} (start the server with \`rancang serve\` if it is not running).`,
        );
      }),
    );
}
