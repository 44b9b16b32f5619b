import type { FastifyInstance } from 'fastify';

export async function organisationRoutes(_app: FastifyInstance) {}
