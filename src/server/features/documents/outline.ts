import type { Words } from './words.ts';

/**
 * The standard outline of a master plan: eleven chapters and two appendices, in order. The builders
 * and the tests both take the headings from here.
 */
export const chapterTitles = (w: Words) => [
  w.intro.title,
  w.profile.title,
  w.readiness.title,
  w.vision.title,
  w.strategy.title,
  w.programs.title,
  w.quickWins.title,
  w.roadmap.title,
  w.indicators.title,
  w.governance.title,
  w.closing.title,
];

export const CHAPTER = {
  intro: 1,
  profile: 2,
  readiness: 3,
  vision: 4,
  strategy: 5,
  programs: 6,
  quickWins: 7,
  roadmap: 8,
  indicators: 9,
  governance: 10,
  closing: 11,
} as const;

export const APPENDIX = { programs: 'A', workshops: 'B' } as const;

/** Every Heading 1 of the master plan, as printed: foreword, the chapters, the appendices. */
export function masterPlanHeadings(w: Words) {
  return [
    w.foreword.title,
    ...chapterTitles(w).map((title, i) => w.chapter(i + 1, title)),
    w.appendix(APPENDIX.programs, w.appendixPrograms.title),
    w.appendix(APPENDIX.workshops, w.appendixWorkshops.title),
  ];
}

/** Every Heading 1 of the executive summary. */
export const summaryHeadings = (w: Words) => [
  w.summary.keyFigures,
  w.summary.visionMission,
  w.summary.pillars,
  w.summary.quickWins,
  w.summary.budget,
  w.summary.nextSteps,
];

/** The chapter heading of `key`, numbered. */
export const chapter = (w: Words, key: keyof typeof CHAPTER) =>
  w.chapter(CHAPTER[key], chapterTitles(w)[CHAPTER[key] - 1] as string);
