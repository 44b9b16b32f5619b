import { roman } from './format.ts';
import type { Words } from './words-id.ts';

/** The master plan document's words in English (`?lang=en`), for readers outside Indonesia. */
export const en: Words = {
  locale: 'en-GB',
  currency: (amount: string) => `IDR ${amount}`,
  chapter: (n: number, title: string) => `CHAPTER ${n} ${title.toUpperCase()}`,
  appendix: (letter: string, title: string) => `APPENDIX ${letter} ${title.toUpperCase()}`,
  figure: (label: string, title: string) => `Figure ${label} ${title}`,
  table: (label: string, title: string) => `Table ${label} ${title}`,
  none: '—',
  yes: 'Yes',
  no: 'No',
  wholeRegency: 'The whole regency',
  notYet: 'Not filled in yet',
  total: 'Total',
  number: 'No.',
  fileNames: { masterPlan: 'smart-city-master-plan', summary: 'smart-city-executive-summary' },

  cover: {
    kind: 'SMART CITY MASTER PLAN',
    summaryKind: 'EXECUTIVE SUMMARY',
    regionKind: { kabupaten: 'Regency', kota: 'City' },
    period: (start: number, end: number) => `Period ${start}–${end}`,
    adopted: (instrument: string | null, date: string | null) =>
      instrument
        ? `Adopted by ${instrument}${date ? ` on ${date}` : ''}`
        : `Adopted${date ? ` on ${date}` : ''}`,
    draft: 'Draft: not adopted yet',
    review: 'Final draft: under review before adoption',
    generated: (date: string) => `Compiled from Rancang data on ${date}`,
    province: (name: string) => `${name} Province`,
  },

  foreword: {
    title: 'FOREWORD',
    body: (region: string, start: number, end: number) => [
      `We are grateful that the Smart City Master Plan of ${region} for ${start}–${end} has been completed. It was drafted under the Movement Towards 100 Smart Cities in four facilitated technical workshops (Bimtek) with every regional government unit (OPD), sub-district offices included.`,
      'The master plan sets out the regional readiness analysis, the smart city vision and missions, a strategy per pillar, the action programmes with their roadmap and budget, the quick wins, the performance indicators and how implementation is governed. It guides every OPD in aligning its programmes with the regional mid-term development plan (RPJMD) and its own strategic plan (Renstra).',
      'We thank the facilitators, the workshop participants and everyone who contributed. May this master plan bring better services and a higher quality of life to our people.',
    ],
    signature: (kind: 'kabupaten' | 'kota', region: string) =>
      `${kind === 'kota' ? 'Mayor' : 'Regent'} of ${region}`,
  },

  toc: 'TABLE OF CONTENTS',

  intro: {
    title: 'Introduction',
    background: 'Background',
    backgroundText: (region: string) => [
      `Information and communication technology lets local governments serve people faster, more openly and more evenly. ${region} takes part in the Movement Towards 100 Smart Cities run by the Ministry of Communication and Digital Affairs with the Ministry of Home Affairs, Bappenas, the Ministry of Public Works and the Presidential Staff Office.`,
      'A smart city is more than technology. A smart regency puts innovation in thinking and governance first, so that residents, businesses and visitors get better services and a better quality of life without harming others or the environment.',
      'This master plan was drafted with the regional government units in four workshops: readiness analysis and vision (Bimtek I), action programmes per pillar (Bimtek II), innovations, strategies, roadmap and quick wins (Bimtek III), and the final document with the leadership’s commitment (Bimtek IV).',
    ],
    legal: 'Legal Basis',
    legalBasis: [
      'Law 25/2004 on the National Development Planning System;',
      'Law 11/2008 on Electronic Information and Transactions, as amended;',
      'Law 14/2008 on Public Information Disclosure;',
      'Law 25/2009 on Public Services;',
      'Law 23/2014 on Regional Government, as amended;',
      'Presidential Regulation 95/2018 on Electronic-Based Government Systems (SPBE);',
      'Presidential Regulation 39/2019 on One Data Indonesia;',
    ],
    rpjmd: (reference: string) => `${reference};`,
    adoption: (instrument: string) => `${instrument}.`,
    purpose: 'Purpose and Objectives',
    purposeText: (region: string) => [
      `This master plan guides the Government of ${region} and all stakeholders in building a smart city in a directed, integrated and sustainable way.`,
      'Its objectives are to (1) map the regional readiness and the gaps to close; (2) set the smart city vision, missions, goals and strategies in line with the RPJMD; (3) lay out the action programmes, quick wins and roadmap with their budgets; and (4) set the indicators by which achievement is monitored and evaluated.',
    ],
    scope: 'Scope',
    scopeText: (start: number, end: number, years: number, pillars: string) =>
      `This master plan covers ${start}–${end} (${years} years) and the pillars ${pillars}. Each pillar is divided into elements; action programmes are set per pillar and element over horizons of 1, 5 and 10 years.`,
  },

  profile: {
    title: 'Regional Profile',
    general: 'Overview',
    generalText: (region: string, province: string) =>
      `${region} is an autonomous region of ${province} Province. Its key territorial and population figures are as follows.`,
    fields: {
      name: 'Region',
      code: 'Region code (BPS)',
      province: 'Province',
      capital: 'Capital',
      area: 'Area',
      population: 'Population',
      density: 'Population density',
      kecamatan: 'Sub-districts (kecamatan)',
      desa: 'Villages (desa)',
      kelurahan: 'Urban villages (kelurahan)',
    },
    areaValue: (km2: string) => `${km2} km²`,
    populationValue: (people: string, year: number | null) =>
      year ? `${people} people (${year})` : `${people} people`,
    densityValue: (value: string) => `${value} people/km²`,
    tableTitle: 'Key figures of the region',
    administration: 'Administrative Divisions',
    kecamatanText: (count: number) => `The region is divided into ${count} sub-districts (kecamatan).`,
    kecamatanTable: 'Sub-districts',
    kecamatanColumns: { name: 'Sub-district', code: 'Code', population: 'Population', area: 'Area (km²)' },
    organisation: 'Regional Government Units',
    organisationText: (count: number) =>
      `Drafting and implementing the master plan involves the following ${count} regional government units (OPD), sub-district offices included.`,
    opdTable: 'Regional government units',
    opdColumns: { code: 'Code', name: 'Unit', type: 'Type' },
  },

  readiness: {
    title: 'Readiness Analysis',
    method: 'Assessment Method',
    methodText: (min: number, max: number) =>
      `Readiness is assessed per pillar on three aspects: structure (organisation, people and budget), infrastructure (networks, data centre and applications) and superstructure (regulations and policies). Each aspect is scored on a maturity scale of ${min}–${max}:`,
    levels: ['none', 'partial', 'intensive', 'integrating', 'fully integrated'],
    level: (score: number, name: string) => `${score}: ${name}`,
    scores: 'Readiness Scores',
    scoresText: (average: string | null) =>
      average === null
        ? 'Readiness has not been assessed yet.'
        : `The average readiness over every pillar and aspect is ${average} out of 5.`,
    scoresTable: 'Readiness scores per pillar and aspect',
    radar: 'Readiness radar per pillar',
    pillar: 'Pillar',
    average: 'Average',
    perPillar: 'Analysis per Pillar and SWOT',
    swot: {
      strengths: 'Strengths',
      weaknesses: 'Weaknesses',
      opportunities: 'Opportunities',
      threats: 'Threats',
    },
    evidence: 'Evidence',
    aspect: 'Aspect',
    score: 'Score',
    notScored: 'Not scored',
    gaps: 'Gaps',
    gapsText: (max: number) =>
      `Cells not scored yet, or scored ${max} or lower, are gaps the action programmes have to close:`,
    gap: (pillar: string, aspect: string, score: number | null) =>
      score === null ? `${pillar}, ${aspect}: not scored` : `${pillar}, ${aspect}: score ${score}`,
    noGaps: 'No gaps: every pillar and aspect scores above the gap threshold.',
  },

  vision: {
    title: 'Vision, Missions and Goals',
    vision: 'Vision',
    noVision: 'The vision has not been worded yet.',
    missions: 'Missions',
    missionsText:
      'The vision is pursued through the following missions, each serving a mission of the RPJMD:',
    rpjmdMission: (text: string) => `Serves: ${text}`,
    noMissions: 'The missions have not been worded yet.',
    goals: 'Goals',
    goalsTable: 'Smart city goals per mission',
    goalColumns: { goal: 'Goal', mission: 'Mission' },
    missionNumber: (n: number) => `Mission ${n}`,
    noGoals: 'The goals have not been worded yet.',
  },

  strategy: {
    title: 'Strategy per Pillar',
    intro: 'These strategies direct the action programmes of each pillar.',
    none: 'The strategy of this pillar has not been worded yet.',
  },

  programs: {
    title: 'Action Programmes',
    intro: (count: number, quickWins: number, budget: string) =>
      `This master plan holds ${count} action programmes, ${quickWins} of them quick wins, with a total budget of ${budget}.`,
    chart: 'Action programmes and budget per pillar',
    chartPrograms: 'Action programmes',
    chartBudget: 'Budget (billion rupiah)',
    pillarText: (count: number, budget: string) =>
      `This pillar holds ${count} action programmes with a budget of ${budget}.`,
    elementTable: (element: string) => `Action programmes of the element ${element}`,
    noPrograms: 'No action programme in this element yet.',
    noPillarPrograms: 'No action programme in this pillar yet.',
    columns: {
      code: 'Code',
      title: 'Action programme',
      lead: 'Lead OPD',
      horizon: 'Horizon',
      years: 'Years',
      budget: 'Budget',
      quickWin: 'Quick win',
    },
    horizon: (years: number) => `${years} yr`,
  },

  quickWins: {
    title: 'Quick Wins',
    intro: (count: number) =>
      `Quick wins are action programmes whose benefit people feel within a year. This master plan names ${count} quick wins.`,
    none: 'No action programme has been chosen as a quick win yet.',
    table: (pillar: string) => `Quick wins of ${pillar}`,
    columns: {
      code: 'Code',
      title: 'Quick win',
      lead: 'Lead OPD',
      years: 'Years',
      budget: 'Budget',
      output: 'Output',
    },
  },

  roadmap: {
    title: 'Roadmap',
    budget: 'Budget per Year and Funding Source',
    budgetText: (total: string) => `The action programmes are budgeted at ${total} over the plan period.`,
    chart: 'Budget per year by funding source',
    chartAxis: 'Billion rupiah',
    table: 'Budget per year and funding source',
    year: 'Year',
    schedule: 'Schedule of the Action Programmes',
    scheduleText:
      'The tables show the years each action programme runs, per pillar; shaded cells are the years it runs.',
    scheduleTable: (pillar: string) => `Schedule of the action programmes of ${pillar}`,
    program: 'Action programme',
  },

  indicators: {
    title: 'Indicators, Baselines and Targets',
    intro:
      'The master plan’s achievement is measured by indicators aligned with SNI ISO 37120 (city services and quality of life), SNI ISO 37122 (smart cities) and the U4SSC key performance indicators. Each indicator has a baseline, yearly targets and an OPD that produces its data.',
    list: 'Indicators',
    table: (pillar: string) => `Indicators of ${pillar}`,
    none: 'No indicator has been selected yet.',
    columns: {
      code: 'Code',
      name: 'Indicator',
      unit: 'Unit',
      baseline: 'Baseline',
      targets: 'Targets',
      producer: 'Data producer',
    },
    baseline: (value: string, year: number | null) => (year ? `${value} (${year})` : value),
    assessment: 'Six-Criteria Assessment',
    assessmentText:
      'Each indicator is assessed against the six criteria of a good indicator, each scored 1–5. Grade A: all six score 4 or more; B: all assessed and none failing; C: some criterion scores 2 or lower.',
    assessmentTable: 'Six-criteria assessment of the indicators',
    grade: 'Grade',
    notGraded: 'Incomplete',
  },

  governance: {
    title: 'Implementation and Governance',
    institutions: 'Institutions',
    institutionsText: (region: string) => [
      `Implementation is led by the head of ${region}. The Smart City Council gives direction and sets priorities; the Smart City Implementation Team, coordinated by the Communication and Informatics Office, runs day-to-day coordination, and Bappeda aligns the action programmes with the RPJMD, the yearly work plan (RKPD) and the regional budget.`,
      'Each action programme is led by one OPD and may be supported by others. The lead OPD answers for its programme’s delivery, budget and progress reports; the data-producing OPD answers for the indicator data.',
    ],
    responsibilities: 'Responsibilities of the Regional Government Units',
    responsibilitiesText: 'The table sums up the part each OPD plays in the master plan.',
    responsibilitiesTable: 'Responsibilities of the OPDs',
    columns: {
      opd: 'Unit',
      leads: 'Programmes led',
      supports: 'Programmes supported',
      budget: 'Budget led',
      indicators: 'Indicators (data producer)',
    },
    monitoring: 'Monitoring and Evaluation',
    monitoringText: [
      'The lead OPD reports each action programme’s progress every year (quarterly where needed), with the budget spent and evidence. Indicator values are reported by the data-producing OPD and verified by someone else before they count.',
      'The yearly evaluation (monev) starts with a self-assessment followed by interviews with assessors, over the dimensions baseline, output, outcome, impact and quick win, with weights set each year.',
    ],
  },

  closing: {
    title: 'Closing',
    text: (region: string, start: number, end: number) => [
      `The Smart City Master Plan of ${region} ${start}–${end} is a shared commitment of the regional government and all stakeholders. Its success depends on consistent delivery of the action programmes, available budgets, good data and public participation.`,
      'The master plan is a living document: programmes, targets and budgets are reviewed each year on the results of monitoring and evaluation, so that it stays aligned with the RPJMD and with people’s needs.',
    ],
  },

  appendixPrograms: {
    title: 'Action Programme Sheet',
    intro: 'The sheet holds every field of every action programme as drafted in the workshops.',
    table: 'Full action programme sheet',
    columns: {
      code: 'Code',
      program: 'Programme and description',
      opds: 'Lead / supporting OPD',
      timing: 'Horizon and years',
      results: 'Output / outcome',
      targets: 'Yearly targets',
      budget: 'Budget by source',
      review: 'Review',
    },
    pillarElement: (pillar: string, element: string) => `${pillar} · ${element}`,
    innovation: (text: string) => `Innovation: ${text}`,
    mission: (n: number) => `Mission ${n}`,
    rpjmd: (text: string) => `RPJMD: ${text}`,
    renstra: (text: string) => `Renstra: ${text}`,
    supporting: (names: string) => `Supporting: ${names}`,
    kecamatan: (names: string) => `Location: ${names}`,
    output: (text: string) => `Output: ${text}`,
    outcome: (text: string) => `Outcome: ${text}`,
    quickWin: 'Quick win',
  },

  appendixWorkshops: {
    title: 'Workshop Participants and Attendance',
    intro:
      'Workshop participants are the secretary and the programme sub-division head of every regional government unit, sub-district offices included. The same people should attend all four phases, so that what they learn carries through.',
    none: 'No workshop has been recorded yet.',
    phase: (phase: number, title: string) => `Bimtek ${roman(phase)}: ${title}`,
    phaseDetails: { dates: 'Dates', venue: 'Venue', facilitators: 'Facilitators', output: 'Output' },
    sessions: (phase: number) => `Sessions of Bimtek ${roman(phase)}`,
    sessionColumns: { ordinal: 'Session', title: 'Title', time: 'Time', facilitator: 'Facilitator' },
    attendance: (phase: number) => `Attendance at Bimtek ${roman(phase)}`,
    attendanceColumns: { person: 'Participant', opd: 'Unit', attended: 'Sessions attended', status: 'Note' },
    attendedOf: (attended: number, total: number) => `${attended} of ${total}`,
    noAttendance: 'No attendance recorded yet.',
    continuity: 'Continuity of Participants',
    continuityText: (held: string) =>
      held
        ? `Continuity is judged over the workshops with attendance recorded (${held}); participants present or late count.`
        : 'No attendance has been recorded, so continuity cannot be judged yet.',
    continuityTable: 'Continuity of OPD representatives',
    continuityColumns: { opd: 'Unit', classification: 'Continuity' },
    phaseShort: (phase: number) => `Bimtek ${roman(phase)}`,
  },

  summary: {
    title: 'Executive Summary',
    keyFigures: 'Key Figures',
    figures: {
      period: 'Period',
      programs: 'Action programmes',
      quickWins: 'Quick wins',
      budget: 'Total budget',
      indicators: 'Indicators',
      readiness: 'Average readiness',
      opds: 'Lead OPDs',
    },
    visionMission: 'Vision and Missions',
    pillars: 'Smart City Pillars',
    pillarsTable: 'Summary per pillar',
    pillarColumns: {
      pillar: 'Pillar',
      programs: 'Programmes',
      quickWins: 'Quick wins',
      budget: 'Budget',
      readiness: 'Readiness',
    },
    quickWins: 'Main Quick Wins',
    budget: 'Budget',
    budgetBySource: 'Budget by funding source',
    source: 'Funding source',
    share: 'Share',
    nextSteps: 'Next Steps',
    nextStepsText: [
      'Adopt or update the master plan by a regulation of the regional head and build it into the RPJMD, the RKPD and each OPD’s Renstra.',
      'Deliver the quick wins in the first year and report their results.',
      'Report programme progress and indicator values every year for the evaluation.',
    ],
    moreQuickWins: (count: number) =>
      `and ${count} more quick wins (see the master plan, chapter Quick Wins).`,
  },

  aspects: { struktur: 'Structure', infrastruktur: 'Infrastructure', suprastruktur: 'Superstructure' },
  sources: {
    apbd: 'Regional budget (APBD)',
    apbd_provinsi: 'Provincial budget',
    apbn_dak: 'National budget (APBN/DAK)',
    csr: 'CSR',
    kpbu: 'PPP (KPBU)',
    community: 'Community',
    other: 'Other',
  },
  reviewStatuses: { pending: 'Pending', accepted: 'Accepted', needs_revision: 'Needs revision' },
  criteria: {
    completeness: 'Completeness',
    technology_neutrality: 'Technology neutrality',
    simplicity: 'Simplicity',
    validity: 'Validity',
    verifiability: 'Verifiability',
    data_availability: 'Data availability',
  },
  opdTypes: {
    secretariat: 'Regional secretariat',
    council_secretariat: 'Council secretariat',
    inspectorate: 'Inspectorate',
    office: 'Office (dinas)',
    agency: 'Agency (badan)',
    kecamatan: 'Sub-district',
    other: 'Other',
  },
  continuity: {
    consistent: 'Consistent',
    changed: 'Changed representatives',
    partial: 'Incomplete',
    absent: 'Never attended',
  },
  attendance: { present: 'Present', late: 'Late', excused: 'Excused', absent: 'Absent' },
};
