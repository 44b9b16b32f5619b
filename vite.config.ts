import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './src/web/build/precompress.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web app: src/web built into dist/web, which the Fastify server serves at `/` (src/server/http/web-app.ts).
 * `npm run dev:web` serves it with hot reload and sends `/api` to a server started with `npm start`.
 */
export default defineConfig({
  root: here('src/web'),
  // Absolute asset URLs: a deep link such as /regions/abc loads /assets/…, not /regions/assets/….
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: here('dist/web'),
    emptyOutDir: true,
    // No source maps: the source is in this repository, and maps would double what the server ships.
    sourcemap: false,
    // One ~700 KB chunk is expected for now; the budget that matters is gzip, printed by precompress().
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: {
      // The API, but not the app's own modules under src/web/api/ (e.g. /api/client.ts).
      '^/api/(?!.*\\.tsx?(\\?|$))': 'http://127.0.0.1:3000',
    },
  },
});
