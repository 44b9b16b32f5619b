import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { testDbKind } from '../testing/database.ts';

const bin = resolve('bin/rancang.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real `rancang` command in a child process, as a user would. */
export function rancang(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * An empty database for the CLI: a PGlite data folder, or (in the PostgreSQL run) a new database on the
 * test server, so that the commands are tested on the back end the suite runs on.
 */
export async function cliDatabase(dir: string) {
  const base = { ...process.env, DATABASE_URL: '', RANCANG_DEMO: 'off', NO_COLOR: '1' };
  if (testDbKind !== 'postgres') return { env: { ...base, RANCANG_DATA: dir }, drop: async () => {} };
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  const name = `rancang_cli_${randomBytes(5).toString('hex')}`;
  await admin.query(`create database ${name}`);
  url.pathname = `/${name}`;
  return {
    env: { ...base, DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
