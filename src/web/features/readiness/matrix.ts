import {
  MATURITY_MAX,
  MATURITY_MIN,
  READINESS_ASPECTS,
  READINESS_GAP_MAX_SCORE,
  type ReadinessAspect,
} from '../../../shared/domain.ts';

/** The 1–5 maturity scale, lowest first. */
export const MATURITY_SCORES: readonly number[] = Array.from(
  { length: MATURITY_MAX - MATURITY_MIN + 1 },
  (_, index) => MATURITY_MIN + index,
);

/** Message keys of the levels, by score (DOMAIN.md: none → partial → intensive → integrating → fully integrated). */
const LEVELS = ['none', 'partial', 'intensive', 'integrating', 'integrated'] as const;
export type MaturityLevel = (typeof LEVELS)[number];

export function maturityLevel(score: number): MaturityLevel {
  const index = Math.min(Math.max(score - MATURITY_MIN, 0), LEVELS.length - 1);
  return LEVELS[index] ?? 'none';
}

/** Red for none to teal for fully integrated; gray for a cell nobody scored yet. */
const COLORS = ['red', 'orange', 'yellow', 'lime', 'teal'] as const;
export type ScoreColor = (typeof COLORS)[number] | 'gray';

export function scoreColor(score: number | null): ScoreColor {
  if (score === null) return 'gray';
  return COLORS[Math.min(Math.max(score - MATURITY_MIN, 0), COLORS.length - 1)] ?? 'gray';
}

/** A scored cell the plan has to close (the summary's `low_score` gap). */
export const isGap = (score: number | null) => score !== null && score <= READINESS_GAP_MAX_SCORE;

interface PillarLike {
  id: string;
}

interface ScoreLike {
  pillarId: string;
  aspect: ReadinessAspect;
  score: number;
}

export interface MatrixCell<P, S> {
  pillar: P;
  aspect: ReadinessAspect;
  /** The stored cell; null until someone scores it. */
  record: S | null;
}

export interface MatrixRow<P, S> {
  pillar: P;
  cells: MatrixCell<P, S>[];
  /** Mean of the scored cells, one decimal; null when none is scored. */
  average: number | null;
}

/** One row per pillar in the pillars' order, one cell per aspect, empty where nothing is stored. */
export function buildMatrix<P extends PillarLike, S extends ScoreLike>(
  pillars: P[],
  scores: S[],
): MatrixRow<P, S>[] {
  const byCell = new Map(scores.map((s) => [`${s.pillarId}:${s.aspect}`, s]));
  return pillars.map((pillar) => {
    const cells = READINESS_ASPECTS.map((aspect) => ({
      pillar,
      aspect,
      record: byCell.get(`${pillar.id}:${aspect}`) ?? null,
    }));
    return { pillar, cells, average: averageOf(cells.map((cell) => cell.record?.score ?? null)) };
  });
}

export function averageOf(scores: (number | null)[]): number | null {
  const scored = scores.filter((score): score is number => score !== null);
  if (scored.length === 0) return null;
  return Math.round((scored.reduce((sum, score) => sum + score, 0) / scored.length) * 10) / 10;
}
