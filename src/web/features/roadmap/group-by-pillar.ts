interface PillarLike {
  id: string;
}
interface ProgramLike {
  pillarId: string;
}

export interface PillarGroup<P extends PillarLike, T extends ProgramLike> {
  pillar: P;
  programs: T[];
}

/**
 * Programmes under their pillar, in the plan's pillar order, keeping the programmes' own order (code).
 * Every pillar gets a group, an empty one included: the screens say that a pillar has nothing yet.
 */
export function groupByPillar<P extends PillarLike, T extends ProgramLike>(
  pillars: P[],
  programs: T[],
): PillarGroup<P, T>[] {
  const byPillar = new Map<string, T[]>(pillars.map((pillar) => [pillar.id, []]));
  for (const program of programs) byPillar.get(program.pillarId)?.push(program);
  return pillars.map((pillar) => ({ pillar, programs: byPillar.get(pillar.id) ?? [] }));
}
