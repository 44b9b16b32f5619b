import type { FastifyInstance } from 'fastify';

export async function indicatorsRoutes(_app: FastifyInstance) {}
