import { FUNDING_SOURCES, MATURITY_MAX, READINESS_ASPECTS } from '../../../shared/domain.ts';
import { pillarBarsOption, radarOption, renderChart, stackedYearsOption } from './charts.ts';
import type { Charts } from './context.ts';
import { billions, cents } from './format.ts';
import type { PlanData } from './plan-data.ts';
import type { DocumentLanguage } from './words.ts';
import { wordsFor } from './words.ts';

/** Shown 16 cm wide: the text width of an A4 page with 2.5 cm margins. */
const WIDTH = 600;

/**
 * The document's charts, drawn in parallel (resvg renders off the main thread) while the chapters are
 * built: readiness radar, programmes and budget per pillar, budget per year by source.
 */
export async function planCharts(data: PlanData, lang: DocumentLanguage): Promise<Charts> {
  const w = wordsFor(lang);
  const name = (r: { nameId: string; nameEn: string }) => (lang === 'en' ? r.nameEn : r.nameId);
  const pillars = data.readinessSummary.pillars;
  const scored = data.readiness.length > 0 && pillars.length >= 3;
  const radar = scored
    ? renderChart(
        radarOption(
          pillars.map(name),
          READINESS_ASPECTS.map((aspect) => ({
            name: w.aspects[aspect],
            values: pillars.map((p) => p.scores[aspect]),
          })),
          MATURITY_MAX,
        ),
        WIDTH,
        400,
      )
    : null;
  const perPillar = data.budget.pillars;
  const bars =
    perPillar.length > 0 && data.programs.length > 0
      ? renderChart(
          pillarBarsOption(
            perPillar.map(name),
            { name: w.programs.chartPrograms, values: perPillar.map((p) => p.programCount) },
            { name: w.programs.chartBudget, values: perPillar.map((p) => billions(cents(p.budgetTotal))) },
          ),
          WIDTH,
          340,
        )
      : null;
  const yearRows = data.budget.byYearSource;
  // The whole period, as the roadmap table shows it, with any year budgeted outside it.
  const yearSet = new Set(yearRows.map((r) => r.year as number));
  for (let y = data.plan.periodStart; y <= data.plan.periodEnd; y++) yearSet.add(y);
  const yearList = [...yearSet].sort((a, b) => a - b);
  const used = new Set(yearRows.map((r) => r.source));
  const sources = FUNDING_SOURCES.filter((s) => used.has(s));
  const years =
    yearRows.length > 0
      ? renderChart(
          stackedYearsOption(
            yearList.map(String),
            sources.map((source) => ({
              name: w.sources[source],
              values: yearList.map((year) =>
                billions(cents(yearRows.find((r) => r.year === year && r.source === source)?.amount ?? '0')),
              ),
            })),
            w.roadmap.chartAxis,
          ),
          WIDTH,
          340,
        )
      : null;
  const [r, b, y] = await Promise.all([radar, bars, years]);
  return { radar: r, pillars: b, years: y };
}
