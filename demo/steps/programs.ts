import { randomUUID } from 'node:crypto';
import {
  programBudgets,
  programKecamatan,
  programProgress,
  programReviews,
  programSupportingOpds,
  programs,
  programTargets,
} from '../../src/server/db/schema/program.ts';
import { DEFAULT_PILLARS } from '../../src/shared/domain.ts';
import type { DemoProgram } from '../program-spec.ts';
import { intBetween, rupiah, years } from '../random.ts';
import type { DemoWriter } from '../writer.ts';
import { need, type Organisation } from './organisation.ts';
import type { PlanRefs } from './plan.ts';

export interface ProgramInput {
  programs: DemoProgram[];
  /** Who reviewed the worksheets, and when a programme without recorded reviews was accepted. */
  reviewer?: string;
  acceptedOn?: string;
  /** Last year with progress reports (none when omitted: the plan is not implemented yet). */
  progressThrough?: number;
}

const pillarOfElement = new Map(DEFAULT_PILLARS.flatMap((p) => p.elements.map((e) => [e.key, p.key])));

/** Yearly amounts in millions: the programme's order of magnitude, varied a little, rounded to 5 million. */
function budgetLines(p: DemoProgram) {
  const [start, end] = p.years;
  return p.funding.flatMap((f) =>
    years(Math.max(f.from ?? start, start), Math.min(f.to ?? end, end)).map((year) => ({
      year,
      source: f.source,
      millions: Math.max(
        5,
        Math.round((f.millions * intBetween(`${p.code}/${f.source}/${year}`, 90, 115)) / 500) * 5,
      ),
    })),
  );
}

const PROGRESS_NOTES = {
  not_started: 'Belum dimulai: menunggu penetapan anggaran perubahan.',
  running: 'Berjalan sesuai rencana kerja.',
  completed: 'Selesai; keluaran telah diserahterimakan.',
  stalled: 'Terhenti: anggaran dipotong untuk prioritas lain dan penyedia belum ditetapkan.',
} as const;

/** Yearly progress after adoption, following the programme's course. */
function progressLines(p: DemoProgram, through: number, plannedMillions: (year: number) => number) {
  if (!p.course) return [];
  const [start, end] = p.years;
  return years(start, Math.min(end, through)).map((year, i) => {
    const key = `${p.code}/${year}`;
    let status: keyof typeof PROGRESS_NOTES = 'running';
    let percent = intBetween(key, 7000, 9800) / 100;
    if (p.course === 'late' && i === 0) [status, percent] = ['not_started', 0];
    else if (p.course === 'late') percent = intBetween(key, 4000, 7000) / 100;
    else if (p.course === 'stalled' && i > 0)
      [status, percent] = ['stalled', intBetween(key, 1000, 3500) / 100];
    else if (p.course === 'on_track' && year === end) [status, percent] = ['completed', 100];
    return {
      year,
      status,
      realisationPercent: percent.toFixed(2),
      budgetRealised: rupiah((plannedMillions(year) * percent) / 100),
      note: PROGRESS_NOTES[status],
    };
  });
}

/** Insert the programmes with their OPDs, reach, budgets, targets, reviews and progress; returns ids by code. */
export async function loadPrograms(w: DemoWriter, org: Organisation, plan: PlanRefs, input: ProgramInput) {
  const scope = { regionId: plan.regionId, planId: plan.planId };
  const ids = new Map(input.programs.map((p) => [p.code, randomUUID()]));
  const supporting: (typeof programSupportingOpds.$inferInsert)[] = [];
  const reach: (typeof programKecamatan.$inferInsert)[] = [];
  const budgets: (typeof programBudgets.$inferInsert)[] = [];
  const targets: (typeof programTargets.$inferInsert)[] = [];
  const reviews: (typeof programReviews.$inferInsert)[] = [];
  const progress: (typeof programProgress.$inferInsert)[] = [];
  const lists = new Map<string, Record<string, unknown>>();

  const rows = input.programs.map((p) => {
    const programId = need(ids, p.code, 'programme');
    const element = need(plan.elements, p.element, 'element');
    const pillarId = need(plan.pillarIds, need(pillarOfElement, p.element, 'element'), 'pillar');
    if (element.pillarId !== pillarId) throw new Error(`demo data: ${p.code} element outside its pillar`);
    const supportingOpdIds = (p.support ?? []).map((code) => need(org.opdIds, code, 'OPD'));
    const kecamatanIds = (p.kecamatan ?? []).map((name) => need(org.kecamatanIds, name, 'kecamatan'));
    const lines = budgetLines(p);
    const yearTargets = Object.entries(p.targets ?? {}).map(([year, target]) => ({
      year: Number(year),
      target,
    }));
    supporting.push(...supportingOpdIds.map((opdId) => ({ programId, opdId })));
    reach.push(...kecamatanIds.map((kecamatanId) => ({ programId, kecamatanId })));
    budgets.push(
      ...lines.map((b) => ({ programId, year: b.year, source: b.source, amount: rupiah(b.millions) })),
    );
    targets.push(...yearTargets.map((t) => ({ programId, ...t })));
    lists.set(programId, {
      supportingOpdIds,
      kecamatanIds,
      budgets: lines.map((b) => ({ year: b.year, source: b.source, amount: `${rupiah(b.millions)}.00` })),
      targets: yearTargets,
    });

    const history =
      p.reviews ??
      (p.pending || !input.acceptedOn ? [] : [{ verdict: 'accepted' as const, on: input.acceptedOn }]);
    reviews.push(
      ...history.map((r) => ({
        programId,
        verdict: r.verdict,
        comment: r.comment ?? null,
        author: input.reviewer ?? 'Fasilitator',
        createdAt: new Date(`${r.on}T15:00:00+07:00`).toISOString(),
      })),
    );
    if (input.progressThrough !== undefined) {
      const planned = (year: number) =>
        lines.filter((b) => b.year === year).reduce((sum, b) => sum + b.millions, 0);
      progress.push(...progressLines(p, input.progressThrough, planned).map((l) => ({ programId, ...l })));
    }
    return {
      id: programId,
      planId: plan.planId,
      pillarId,
      elementId: element.id,
      code: p.code,
      title: p.title,
      description: p.description,
      leadOpdId: need(org.opdIds, p.lead, 'OPD'),
      missionId: need(plan.missionIds, p.mission, 'mission'),
      rpjmdProgram: p.rpjmdProgram ?? null,
      renstraProgram: p.renstraProgram ?? null,
      horizon: p.horizon,
      startYear: p.years[0],
      endYear: p.years[1],
      isQuickWin: p.quickWin ?? false,
      innovation: p.innovation ?? null,
      output: p.output ?? null,
      outcome: p.outcome ?? null,
      reviewStatus: history.at(-1)?.verdict ?? 'pending',
    };
  });

  await w.insert(programs, 'program', rows, { scope, lists: (row) => lists.get(row.id) ?? {} });
  await w.insert(programSupportingOpds, null, supporting);
  await w.insert(programKecamatan, null, reach);
  await w.insert(programBudgets, null, budgets);
  await w.insert(programTargets, null, targets);
  await w.insert(programReviews, 'programReview', reviews, { scope });
  await w.insert(programProgress, 'progress', progress, { scope });
  return ids;
}
