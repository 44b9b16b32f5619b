import type { FastifyInstance } from 'fastify';

export async function planContentRoutes(_app: FastifyInstance) {}
