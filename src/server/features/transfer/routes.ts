import type { FastifyInstance } from 'fastify';

export async function transferRoutes(_app: FastifyInstance) {}
