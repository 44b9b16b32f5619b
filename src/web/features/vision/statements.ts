import { ApiError } from '../../api/problem.ts';

interface Statement {
  ordinal: number;
}

const byOrdinal = <T extends Statement>(items: readonly T[]) =>
  [...items].sort((a, b) => a.ordinal - b.ordinal);

/** The goals serving one mission (null: goals serving none), in their order. */
export const goalsUnder = <T extends Statement & { missionId: string | null }>(
  goals: readonly T[],
  missionId: string | null,
) => byOrdinal(goals.filter((goal) => goal.missionId === missionId));

/** One pillar's strategies, in their order. */
export const strategiesOf = <T extends Statement & { pillarId: string }>(
  strategies: readonly T[],
  pillarId: string,
) => byOrdinal(strategies.filter((strategy) => strategy.pillarId === pillarId));

export type UsedBy = 'goals' | 'programs' | 'other';

/**
 * What still refers to a record the server refused to delete (409 conflict). The server names the
 * table in English ("still used by programs"); the screen says it in the reader's language.
 */
export function usedBy(error: unknown): UsedBy | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.kind === 'stale-version') return null;
  const table = /used by ([\w ]+?);/.exec(error.detail)?.[1] ?? '';
  if (/goal/.test(table)) return 'goals';
  if (/program/.test(table)) return 'programs';
  return 'other';
}

export type Part = 'vision' | 'missions' | 'goals' | 'strategies';

/**
 * What a plan still lacks of its strategic direction, in the order Bimtek I and III fill it in:
 * the vision, missions, goals for each mission, and strategies for each pillar.
 */
export function missingParts(content: {
  vision: string | null;
  missionIds: readonly string[];
  goalMissionIds: readonly (string | null)[];
  pillarIds: readonly string[];
  strategyPillarIds: readonly string[];
}): Part[] {
  const served = new Set(content.goalMissionIds);
  const covered = new Set(content.strategyPillarIds);
  const parts: Part[] = [];
  if (!content.vision?.trim()) parts.push('vision');
  if (content.missionIds.length === 0) parts.push('missions');
  if (content.missionIds.length === 0 || content.missionIds.some((id) => !served.has(id)))
    parts.push('goals');
  if (content.pillarIds.some((id) => !covered.has(id))) parts.push('strategies');
  return parts;
}
