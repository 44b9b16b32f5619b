#!/usr/bin/env node
// The `rancang` command: the repository needs no build step. The TypeScript runs as JavaScript compiled on
// first use and again after a change (bin/compiled-server.js), or through tsx when it cannot be compiled.
import { compiledServer } from './compiled-server.js';

const compiled = await compiledServer('src/server/cli/main.ts');
if (compiled) await import(compiled);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/server/cli/main.ts');
}
