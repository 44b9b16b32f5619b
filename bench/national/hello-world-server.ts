/**
 * A bare Fastify app with one JSON route, started as a child process by the national benchmark: what a
 * route costs on this machine with nothing behind it (no database, sessions, validation or headers).
 */
import Fastify from 'fastify';

const port = Number(process.env.PORT ?? 0);
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ port, host: '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
console.log(`Hello-world server running at http://127.0.0.1:${port}`);
