import type { FastifyInstance } from 'fastify';

export async function workshopsRoutes(_app: FastifyInstance) {}
