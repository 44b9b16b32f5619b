import type { FileChild } from 'docx';
import {
  MATURITY_MAX,
  MATURITY_MIN,
  READINESS_ASPECTS,
  READINESS_GAP_MAX_SCORE,
} from '../../../shared/domain.ts';
import type { DocContext } from './context.ts';
import {
  bullets,
  caption,
  chapterHeading,
  factTable,
  figure,
  h2,
  h3,
  numbered,
  para,
  paras,
  table,
} from './docx-kit.ts';
import { decimalText, fixed } from './format.ts';
import { CHAPTER, chapter } from './outline.ts';

/** A numbered section heading: 3.2 Skor Kesiapan. */
export const section = (chapterNo: number | string, n: number, title: string) =>
  h2(`${chapterNo}.${n} ${title}`);

export function tableCaption(ctx: DocContext, chapterNo: number | string, title: string) {
  return caption(ctx.w.table(ctx.nextLabel(chapterNo, 'table'), title));
}

export function figureWithCaption(
  ctx: DocContext,
  chapterNo: number | string,
  image: DocContext['charts']['radar'],
  title: string,
) {
  return image ? figure(image, ctx.w.figure(ctx.nextLabel(chapterNo, 'figure'), title)) : [];
}

export function introduction(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const { plan, region } = data;
  const n = CHAPTER.intro;
  const legal = [
    ...w.intro.legalBasis,
    ...(plan.rpjmdReference ? [w.intro.rpjmd(plan.rpjmdReference)] : []),
    ...(plan.adoptionInstrument ? [w.intro.adoption(plan.adoptionInstrument)] : []),
  ];
  const pillarList = data.pillars.map((p) => {
    const elements = data.elements.filter((e) => e.pillarId === p.id).map((e) => ctx.name(e));
    return elements.length > 0 ? `${ctx.name(p)}: ${elements.join(', ')}` : ctx.name(p);
  });
  return [
    chapterHeading(chapter(w, 'intro')),
    section(n, 1, w.intro.background),
    ...paras(w.intro.backgroundText(region.name)),
    section(n, 2, w.intro.legal),
    ...numbered(legal),
    section(n, 3, w.intro.purpose),
    ...paras(w.intro.purposeText(region.name)),
    section(n, 4, w.intro.scope),
    para(
      w.intro.scopeText(
        plan.periodStart,
        plan.periodEnd,
        plan.periodEnd - plan.periodStart + 1,
        data.pillars.map((p) => ctx.name(p)).join(', '),
      ),
    ),
    ...bullets(pillarList),
  ];
}

export function regionalProfile(ctx: DocContext): FileChild[] {
  const { w, data, style } = ctx;
  const { region } = data;
  const n = CHAPTER.profile;
  const f = w.profile.fields;
  const density =
    region.population && region.areaKm2 && Number(region.areaKm2) > 0
      ? w.profile.densityValue(fixed(region.population / Number(region.areaKm2), 2, style))
      : w.none;
  // The region's name heads the table; the rows are its figures.
  const facts: [string, string][] = [
    [f.code, region.code],
    [f.province, region.province],
    [f.capital, region.capital ?? w.none],
    [f.area, region.areaKm2 ? w.profile.areaValue(decimalText(region.areaKm2, style)) : w.none],
    [
      f.population,
      region.population === null
        ? w.none
        : w.profile.populationValue(decimalText(region.population, style), region.populationYear),
    ],
    [f.density, density],
    [f.kecamatan, String(data.kecamatan.length)],
    [f.desa, region.desaCount === null ? w.none : decimalText(region.desaCount, style)],
    [f.kelurahan, region.kelurahanCount === null ? w.none : decimalText(region.kelurahanCount, style)],
  ];
  const opds = data.opds.filter((o) => o.active);
  const kc = w.profile.kecamatanColumns;
  const oc = w.profile.opdColumns;
  return [
    chapterHeading(chapter(w, 'profile')),
    section(n, 1, w.profile.general),
    para(w.profile.generalText(region.name, region.province)),
    tableCaption(ctx, n, w.profile.tableTitle),
    factTable(facts, [f.name, region.name]),
    section(n, 2, w.profile.administration),
    para(w.profile.kecamatanText(data.kecamatan.length)),
    ...(data.kecamatan.length > 0
      ? [
          tableCaption(ctx, n, w.profile.kecamatanTable),
          table(
            [
              { title: w.number, weight: 0.5, align: 'right' },
              { title: kc.name, weight: 3 },
              { title: kc.code, weight: 1.5 },
              { title: kc.population, weight: 1.5, align: 'right' },
              { title: kc.area, weight: 1.5, align: 'right' },
            ],
            data.kecamatan.map((k, i) => [
              String(i + 1),
              k.name,
              k.code,
              decimalText(k.population, style) || w.none,
              decimalText(k.areaKm2, style) || w.none,
            ]),
          ),
        ]
      : []),
    section(n, 3, w.profile.organisation),
    para(w.profile.organisationText(opds.length)),
    ...(opds.length > 0
      ? [
          tableCaption(ctx, n, w.profile.opdTable),
          table(
            [
              { title: w.number, weight: 0.5, align: 'right' },
              { title: oc.code, weight: 1.6 },
              { title: oc.name, weight: 5 },
              { title: oc.type, weight: 1.6 },
            ],
            opds.map((o, i) => [String(i + 1), o.code, o.name, w.opdTypes[o.type]]),
          ),
        ]
      : []),
  ];
}

export function readinessAnalysis(ctx: DocContext): FileChild[] {
  const { w, data, style } = ctx;
  const n = CHAPTER.readiness;
  const r = w.readiness;
  const summary = data.readinessSummary;
  const score = (v: number | null) => (v === null ? w.none : String(v));
  const average = (v: number | null) => (v === null ? w.none : fixed(v, 2, style));
  const perPillar = data.pillars.flatMap((pillar) => {
    const cells = READINESS_ASPECTS.map((aspect) =>
      data.readiness.find((c) => c.pillarId === pillar.id && c.aspect === aspect),
    );
    const evidence = READINESS_ASPECTS.flatMap((aspect, i) =>
      cells[i]?.evidence ? [`${r.evidence} (${w.aspects[aspect]}): ${cells[i]?.evidence}`] : [],
    );
    return [
      h3(ctx.name(pillar)),
      table(
        [
          { title: r.aspect, weight: 1.4 },
          { title: r.score, weight: 0.7, align: 'center' },
          { title: r.swot.strengths, weight: 2 },
          { title: r.swot.weaknesses, weight: 2 },
          { title: r.swot.opportunities, weight: 2 },
          { title: r.swot.threats, weight: 2 },
        ],
        READINESS_ASPECTS.map((aspect, i) => {
          const c = cells[i];
          return [
            w.aspects[aspect],
            c ? String(c.score) : r.notScored,
            c?.strengths ?? '',
            c?.weaknesses ?? '',
            c?.opportunities ?? '',
            c?.threats ?? '',
          ];
        }),
      ),
      ...bullets(evidence),
    ];
  });
  const pillarNames = new Map(data.pillars.map((p) => [p.id, ctx.name(p)]));
  return [
    chapterHeading(chapter(w, 'readiness')),
    section(n, 1, r.method),
    para(r.methodText(MATURITY_MIN, MATURITY_MAX)),
    ...bullets(r.levels.map((name, i) => r.level(MATURITY_MIN + i, name))),
    section(n, 2, r.scores),
    para(r.scoresText(summary.overallAverage === null ? null : fixed(summary.overallAverage, 2, style))),
    tableCaption(ctx, n, r.scoresTable),
    table(
      [
        { title: r.pillar, weight: 2.5 },
        ...READINESS_ASPECTS.map((a) => ({ title: w.aspects[a], weight: 1.3, align: 'center' as const })),
        { title: r.average, weight: 1.2, align: 'center' },
      ],
      summary.pillars.map((p) => [
        ctx.name(p),
        ...READINESS_ASPECTS.map((a) => score(p.scores[a])),
        average(p.average),
      ]),
    ),
    ...figureWithCaption(ctx, n, ctx.charts.radar, r.radar),
    section(n, 3, r.perPillar),
    ...perPillar,
    section(n, 4, r.gaps),
    ...(summary.gaps.length === 0
      ? [para(r.noGaps)]
      : [
          para(r.gapsText(READINESS_GAP_MAX_SCORE)),
          ...bullets(
            summary.gaps.map((g) =>
              r.gap(pillarNames.get(g.pillarId) ?? g.pillarKey, w.aspects[g.aspect], g.score),
            ),
          ),
        ]),
  ];
}
