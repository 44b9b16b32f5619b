import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// bin/compiled-server.js on a repository of two sources: what runs is always what the sources say.
const compiler = pathToFileURL(resolve('bin/compiled-server.js')).href;
const repository = mkdtempSync(join(tmpdir(), 'rancang-compiled-'));
afterAll(() => rmSync(repository, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(repository, path, '..'), { recursive: true });
  writeFileSync(join(repository, path), text);
};

/** Runs src/server/cli/main.ts of the repository the way bin/rancang.js does; its standard output. */
async function run() {
  const script = `const { compiledServer } = await import(${JSON.stringify(compiler)});
    const entry = await compiledServer('src/server/cli/main.ts', ${JSON.stringify(repository)});
    if (!entry) process.exit(3);
    await import(entry);`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
  return stdout.trim();
}

describe('the compiled server', () => {
  cpSync('tsconfig.json', join(repository, 'tsconfig.json'));
  write(
    'src/server/cli/main.ts',
    `import { readFileSync } from 'node:fs';
    import { word } from '../shared-word.ts';
    const beside: string = readFileSync(new URL('./beside.txt', import.meta.url), 'utf8');
    console.log(word, beside);`,
  );
  write('src/server/cli/beside.txt', 'beside its source');
  write('src/server/shared-word.ts', `export const word: string = 'first';`);

  it('runs the sources compiled, reads files beside a source, and runs a changed source after a change', async () => {
    expect(await run()).toBe('first beside its source');
    expect(await run()).toBe('first beside its source');
    expect(readdirSync(join(repository, 'dist', 'server'))).toHaveLength(1);

    write('src/server/shared-word.ts', `export const word: string = 'changed';`);
    expect(await run()).toBe('changed beside its source');
    expect(readdirSync(join(repository, 'dist', 'server'))).toHaveLength(2);
  });
});
