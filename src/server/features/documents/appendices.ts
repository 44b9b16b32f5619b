import { type FileChild, HeadingLevel, Paragraph, TextRun } from 'docx';
import { ATTENDED_STATUSES } from '../../../shared/domain.ts';
import type { ProgramRecord } from '../programs/repository.ts';
import { section, tableCaption } from './chapters-analysis.ts';
import { years } from './chapters-plan.ts';
import type { DocContext } from './context.ts';
import { bullets, type Cell, LANDSCAPE_WIDTH, para, table } from './docx-kit.ts';
import { dateRange, timeOfDay } from './format.ts';
import { APPENDIX } from './outline.ts';

const appendixHeading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(text)] });

/** A phase's title without the "Bimtek II:" its heading already gives. */
const ownTitle = (title: string) => title.replace(/^bimtek\s+[ivx\d]+\s*[:.–-]\s*/i, '') || title;

const lines = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join('\n');

/** Appendix A, on landscape pages: every field of every programme, as the worksheet has them. */
export function programSheet(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const a = w.appendixPrograms;
  const c = a.columns;
  const row = (p: ProgramRecord): Cell[] => {
    const mission = ctx.missionNumber(p.missionId);
    return [
      p.code,
      lines(
        p.title,
        a.pillarElement(ctx.pillarName(p.pillarId), ctx.elementName(p.elementId)),
        p.description,
        p.innovation && a.innovation(p.innovation),
        mission !== null && a.mission(mission),
        p.rpjmdProgram && a.rpjmd(p.rpjmdProgram),
        p.renstraProgram && a.renstra(p.renstraProgram),
      ),
      lines(
        p.leadOpdName,
        p.supportingOpdIds.length > 0 && a.supporting(p.supportingOpdIds.map(ctx.opdLabel).join(', ')),
        a.kecamatan(
          p.kecamatanIds.length > 0 ? p.kecamatanIds.map(ctx.kecamatanName).join(', ') : w.wholeRegency,
        ),
      ),
      lines(w.programs.horizon(p.horizon), years(p), p.isQuickWin && a.quickWin),
      lines(p.output && a.output(p.output), p.outcome && a.outcome(p.outcome)) || w.none,
      p.targets.map((t) => `${t.year}: ${t.target}`).join('\n') || w.none,
      lines(...p.budgets.map((b) => `${b.year} ${w.sources[b.source]}: ${ctx.money(b.amount)}`)) || w.none,
      w.reviewStatuses[p.reviewStatus],
    ];
  };
  return [
    appendixHeading(w.appendix(APPENDIX.programs, a.title)),
    para(a.intro),
    tableCaption(ctx, APPENDIX.programs, a.table),
    table(
      [
        { title: c.code, weight: 1.1 },
        { title: c.program, weight: 4.6 },
        { title: c.opds, weight: 2.6 },
        { title: c.timing, weight: 1.1 },
        { title: c.results, weight: 2.8 },
        { title: c.targets, weight: 2.2 },
        { title: c.budget, weight: 2.6 },
        { title: c.review, weight: 1.1 },
      ],
      data.programs.map(row),
      LANDSCAPE_WIDTH,
    ),
  ];
}

/** Appendix B: the Bimtek phases, their sessions, who attended for which OPD, and continuity across phases. */
export function workshopAppendix(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const b = w.appendixWorkshops;
  const { phases, sessions, attendance } = data.workshops;
  const attended = new Set<string>(ATTENDED_STATUSES);
  const perPhase = phases.flatMap((phase, i) => {
    const own = sessions.filter((s) => s.phaseId === phase.id);
    const people = new Map<
      string,
      { name: string; opd: string; attended: number; notes: Map<string, number> }
    >();
    for (const record of attendance.filter((r) => r.phaseId === phase.id)) {
      const key = `${record.personId}/${record.opdCode}`;
      const entry = people.get(key) ?? {
        name: record.fullName,
        opd: record.opdName,
        attended: 0,
        notes: new Map(),
      };
      people.set(key, entry);
      if (attended.has(record.status)) entry.attended++;
      if (record.status !== 'present')
        entry.notes.set(record.status, (entry.notes.get(record.status) ?? 0) + 1);
    }
    const details = [
      [b.phaseDetails.dates, dateRange(phase.startsOn, phase.endsOn, w.locale)],
      [b.phaseDetails.venue, phase.venue],
      [b.phaseDetails.facilitators, phase.facilitators],
      [b.phaseDetails.output, phase.output],
    ].flatMap(([label, value]) => (value ? [`${label}: ${value}`] : []));
    return [
      section(APPENDIX.workshops, i + 1, b.phase(phase.phase, ownTitle(phase.title))),
      ...bullets(details),
      ...(own.length === 0
        ? []
        : [
            tableCaption(ctx, APPENDIX.workshops, b.sessions(phase.phase)),
            table(
              [
                { title: b.sessionColumns.ordinal, weight: 0.7, align: 'right' },
                { title: b.sessionColumns.title, weight: 4.5 },
                { title: b.sessionColumns.time, weight: 1.8 },
                { title: b.sessionColumns.facilitator, weight: 2.2 },
              ],
              own.map((s) => [
                String(s.ordinal),
                s.title,
                timeOfDay(s.startsAt, w.locale),
                s.facilitator ?? w.none,
              ]),
            ),
          ]),
      ...(people.size === 0
        ? [para(b.noAttendance)]
        : [
            tableCaption(ctx, APPENDIX.workshops, b.attendance(phase.phase)),
            table(
              [
                { title: w.number, weight: 0.5, align: 'right' },
                { title: b.attendanceColumns.person, weight: 2.6 },
                { title: b.attendanceColumns.opd, weight: 3.6 },
                { title: b.attendanceColumns.attended, weight: 1.3, align: 'center' },
                { title: b.attendanceColumns.status, weight: 1.6 },
              ],
              [...people.values()].map((p, n) => [
                String(n + 1),
                p.name,
                p.opd,
                b.attendedOf(p.attended, own.length),
                [...p.notes]
                  .map(([status, count]) => `${w.attendance[status as keyof typeof w.attendance]} ${count}`)
                  .join(', '),
              ]),
            ),
          ]),
    ];
  });
  const report = data.continuity;
  const continuity = [
    section(APPENDIX.workshops, phases.length + 1, b.continuity),
    para(b.continuityText(report.heldPhases.map(b.phaseShort).join(', '))),
    ...(report.heldPhases.length === 0
      ? []
      : [
          tableCaption(ctx, APPENDIX.workshops, b.continuityTable),
          table(
            [
              { title: b.continuityColumns.opd, weight: 3.2 },
              { title: b.continuityColumns.classification, weight: 1.6 },
              ...report.heldPhases.map((phase) => ({ title: b.phaseShort(phase), weight: 2 })),
            ],
            report.opds.map((o) => [
              o.name,
              w.continuity[o.classification],
              ...o.phases.map((p) => p.people.map((person) => person.fullName).join('\n') || w.none),
            ]),
          ),
        ]),
  ];
  return [
    appendixHeading(w.appendix(APPENDIX.workshops, b.title)),
    para(b.intro),
    ...(phases.length === 0 ? [para(b.none)] : perPhase),
    ...continuity,
  ];
}
