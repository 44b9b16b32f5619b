// The one place that gathers the schema, for Drizzle's relational typing and for drizzle-kit.

export * from './audit.ts';
export * from './auth.ts';
export * from './indicator.ts';
export * from './organisation.ts';
export * from './plan.ts';
export * from './program.ts';
export * from './region.ts';
export * from './workshop.ts';
