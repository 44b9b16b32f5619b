import { roman } from './format.ts';

/**
 * The master plan document's words in Indonesian, the language the document is adopted in. Every word
 * the document prints comes from here or from words-en.ts (whose type is this one); the builders hold
 * none of their own. Functions word the sentences that carry data.
 */

export const id = {
  locale: 'id-ID',
  currency: (amount: string) => `Rp${amount}`,
  chapter: (n: number, title: string) => `BAB ${roman(n)} ${title.toUpperCase()}`,
  appendix: (letter: string, title: string) => `LAMPIRAN ${letter} ${title.toUpperCase()}`,
  figure: (label: string, title: string) => `Gambar ${label} ${title}`,
  table: (label: string, title: string) => `Tabel ${label} ${title}`,
  none: '—',
  yes: 'Ya',
  no: 'Tidak',
  wholeRegency: 'Seluruh kabupaten/kota',
  notYet: 'Belum diisi',
  total: 'Jumlah',
  number: 'No.',
  fileNames: { masterPlan: 'rencana-induk-smart-city', summary: 'ringkasan-eksekutif-smart-city' },

  cover: {
    kind: 'RENCANA INDUK SMART CITY',
    summaryKind: 'RINGKASAN EKSEKUTIF',
    regionKind: { kabupaten: 'Kabupaten', kota: 'Kota' },
    period: (start: number, end: number) => `Periode ${start}–${end}`,
    adopted: (instrument: string | null, date: string | null) =>
      instrument
        ? `Ditetapkan dengan ${instrument}${date ? ` pada ${date}` : ''}`
        : `Ditetapkan${date ? ` pada ${date}` : ''}`,
    draft: 'Rancangan: belum ditetapkan',
    review: 'Rancangan final: sedang ditinjau sebelum ditetapkan',
    generated: (date: string) => `Disusun dari data Rancang pada ${date}`,
    province: (name: string) => `Provinsi ${name}`,
  },

  foreword: {
    title: 'KATA PENGANTAR',
    body: (region: string, start: number, end: number) => [
      `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Rencana Induk (Masterplan) Smart City ${region} periode ${start}–${end}. Dokumen ini disusun dalam rangka Gerakan Menuju 100 Smart City melalui empat tahap bimbingan teknis (Bimtek) bersama seluruh Perangkat Daerah, termasuk kecamatan.`,
      'Rencana induk ini memuat analisis kesiapan daerah, visi dan misi smart city, strategi per pilar, program aksi beserta peta jalan dan anggarannya, quick win, indikator kinerja, serta tata kelola pelaksanaannya. Dokumen ini menjadi acuan bagi Perangkat Daerah dalam menyelaraskan program dengan RPJMD dan Rencana Strategis masing-masing.',
      'Kami menyampaikan terima kasih kepada narasumber, para peserta Bimtek dan semua pihak yang telah berkontribusi. Semoga rencana induk ini membawa pelayanan yang lebih baik dan kualitas hidup yang lebih tinggi bagi masyarakat.',
    ],
    signature: (kind: 'kabupaten' | 'kota', region: string) =>
      `${kind === 'kota' ? 'Wali Kota' : 'Bupati'} ${region}`,
  },

  toc: 'DAFTAR ISI',

  intro: {
    title: 'Pendahuluan',
    background: 'Latar Belakang',
    backgroundText: (region: string) => [
      `Perkembangan teknologi informasi dan komunikasi membuka peluang bagi pemerintah daerah untuk memberikan layanan yang lebih cepat, terbuka dan merata. ${region} termasuk daerah yang mengikuti Gerakan Menuju 100 Smart City yang diselenggarakan Kementerian Komunikasi dan Digital bersama Kementerian Dalam Negeri, Bappenas, Kementerian PUPR dan Kantor Staf Presiden.`,
      'Smart city bukan sekadar teknologi. Kota atau kabupaten cerdas mengutamakan inovasi pola pikir dan tata kelola, agar penduduk, pelaku usaha dan pengunjung memperoleh layanan dan kualitas hidup yang lebih baik tanpa merugikan pihak lain maupun merusak lingkungan.',
      'Rencana induk ini disusun bersama Perangkat Daerah dalam empat tahap Bimtek: analisis kesiapan dan visi (Bimtek I), penyusunan program aksi per pilar (Bimtek II), inovasi, strategi, peta jalan dan quick win (Bimtek III), serta finalisasi dokumen dan komitmen pimpinan (Bimtek IV).',
    ],
    legal: 'Dasar Hukum',
    legalBasis: [
      'Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;',
      'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik beserta perubahannya;',
      'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;',
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;',
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah beserta perubahannya;',
      'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;',
      'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;',
    ],
    rpjmd: (reference: string) => `${reference};`,
    adoption: (instrument: string) => `${instrument}.`,
    purpose: 'Maksud dan Tujuan',
    purposeText: (region: string) => [
      `Rencana induk ini dimaksudkan sebagai pedoman bagi Pemerintah ${region} dan seluruh pemangku kepentingan dalam mewujudkan smart city secara terarah, terpadu dan berkelanjutan.`,
      'Tujuannya adalah: (1) memetakan kesiapan daerah dan kesenjangan yang harus ditutup; (2) menetapkan visi, misi, tujuan dan strategi smart city yang selaras dengan RPJMD; (3) menyusun program aksi, quick win dan peta jalan beserta anggarannya; dan (4) menetapkan indikator untuk memantau dan mengevaluasi capaiannya.',
    ],
    scope: 'Ruang Lingkup',
    scopeText: (start: number, end: number, years: number, pillars: string) =>
      `Rencana induk ini mencakup periode ${start}–${end} (${years} tahun) dan pilar ${pillars}. Setiap pilar terbagi atas elemen; program aksi disusun per pilar dan elemen dengan jangka waktu 1, 5 dan 10 tahun.`,
  },

  profile: {
    title: 'Profil Daerah',
    general: 'Gambaran Umum',
    generalText: (region: string, province: string) =>
      `${region} adalah daerah otonom di Provinsi ${province}. Data pokok wilayah dan kependudukannya adalah sebagai berikut.`,
    fields: {
      name: 'Nama daerah',
      code: 'Kode wilayah (BPS)',
      province: 'Provinsi',
      capital: 'Ibu kota',
      area: 'Luas wilayah',
      population: 'Jumlah penduduk',
      density: 'Kepadatan penduduk',
      kecamatan: 'Jumlah kecamatan',
      desa: 'Jumlah desa',
      kelurahan: 'Jumlah kelurahan',
    },
    areaValue: (km2: string) => `${km2} km²`,
    populationValue: (people: string, year: number | null) =>
      year ? `${people} jiwa (${year})` : `${people} jiwa`,
    densityValue: (value: string) => `${value} jiwa/km²`,
    tableTitle: 'Data pokok daerah',
    administration: 'Wilayah Administrasi',
    kecamatanText: (count: number) => `Wilayah ini terbagi atas ${count} kecamatan.`,
    kecamatanTable: 'Kecamatan',
    kecamatanColumns: { name: 'Kecamatan', code: 'Kode', population: 'Penduduk', area: 'Luas (km²)' },
    organisation: 'Perangkat Daerah',
    organisationText: (count: number) =>
      `Penyusunan dan pelaksanaan rencana induk melibatkan ${count} Perangkat Daerah (OPD) berikut, termasuk kantor kecamatan.`,
    opdTable: 'Perangkat Daerah',
    opdColumns: { code: 'Kode', name: 'Perangkat Daerah', type: 'Jenis' },
  },

  readiness: {
    title: 'Analisis Kesiapan',
    method: 'Metode Penilaian',
    methodText: (min: number, max: number) =>
      `Kesiapan daerah dinilai per pilar pada tiga aspek: struktur (organisasi, sumber daya manusia dan anggaran), infrastruktur (jaringan, pusat data dan aplikasi) dan suprastruktur (regulasi dan kebijakan). Setiap aspek diberi skor kematangan ${min}–${max}:`,
    levels: ['belum ada', 'sebagian', 'intensif', 'mulai terintegrasi', 'terintegrasi penuh'],
    level: (score: number, name: string) => `${score}: ${name}`,
    scores: 'Skor Kesiapan',
    scoresText: (average: string | null) =>
      average === null
        ? 'Kesiapan belum dinilai.'
        : `Rata-rata kesiapan seluruh pilar dan aspek adalah ${average} dari 5.`,
    scoresTable: 'Skor kesiapan per pilar dan aspek',
    radar: 'Radar kesiapan per pilar',
    pillar: 'Pilar',
    average: 'Rata-rata',
    perPillar: 'Analisis per Pilar dan SWOT',
    swot: { strengths: 'Kekuatan', weaknesses: 'Kelemahan', opportunities: 'Peluang', threats: 'Ancaman' },
    evidence: 'Bukti',
    aspect: 'Aspek',
    score: 'Skor',
    notScored: 'Belum dinilai',
    gaps: 'Kesenjangan',
    gapsText: (max: number) =>
      `Sel yang belum dinilai atau berskor ${max} atau kurang adalah kesenjangan yang harus ditutup oleh program aksi:`,
    gap: (pillar: string, aspect: string, score: number | null) =>
      score === null ? `${pillar}, ${aspect}: belum dinilai` : `${pillar}, ${aspect}: skor ${score}`,
    noGaps: 'Tidak ada kesenjangan: setiap pilar dan aspek berskor di atas batas kesenjangan.',
  },

  vision: {
    title: 'Visi, Misi dan Tujuan',
    vision: 'Visi',
    noVision: 'Visi belum dirumuskan.',
    missions: 'Misi',
    missionsText: 'Visi tersebut diwujudkan melalui misi berikut, masing-masing selaras dengan misi RPJMD:',
    rpjmdMission: (text: string) => `Selaras dengan: ${text}`,
    noMissions: 'Misi belum dirumuskan.',
    goals: 'Tujuan',
    goalsTable: 'Tujuan smart city per misi',
    goalColumns: { goal: 'Tujuan', mission: 'Misi' },
    missionNumber: (n: number) => `Misi ${n}`,
    noGoals: 'Tujuan belum dirumuskan.',
  },

  strategy: {
    title: 'Strategi per Pilar',
    intro: 'Strategi berikut menjadi arah program aksi setiap pilar.',
    none: 'Strategi pilar ini belum dirumuskan.',
  },

  programs: {
    title: 'Program Aksi',
    intro: (count: number, quickWins: number, budget: string) =>
      `Rencana induk ini memuat ${count} program aksi, ${quickWins} di antaranya quick win, dengan total anggaran ${budget}.`,
    chart: 'Program aksi dan anggaran per pilar',
    chartPrograms: 'Program aksi',
    chartBudget: 'Anggaran (miliar rupiah)',
    pillarText: (count: number, budget: string) =>
      `Pilar ini memuat ${count} program aksi dengan anggaran ${budget}.`,
    elementTable: (element: string) => `Program aksi elemen ${element}`,
    noPrograms: 'Belum ada program aksi pada elemen ini.',
    noPillarPrograms: 'Belum ada program aksi pada pilar ini.',
    columns: {
      code: 'Kode',
      title: 'Program aksi',
      lead: 'OPD pengampu',
      horizon: 'Jangka',
      years: 'Tahun',
      budget: 'Anggaran',
      quickWin: 'Quick win',
    },
    horizon: (years: number) => `${years} th`,
  },

  quickWins: {
    title: 'Quick Win',
    intro: (count: number) =>
      `Quick win adalah program aksi yang manfaatnya dapat dirasakan masyarakat dalam satu tahun. Rencana induk ini menetapkan ${count} quick win.`,
    none: 'Belum ada program aksi yang ditetapkan sebagai quick win.',
    table: (pillar: string) => `Quick win ${pillar}`,
    columns: {
      code: 'Kode',
      title: 'Quick win',
      lead: 'OPD pengampu',
      years: 'Tahun',
      budget: 'Anggaran',
      output: 'Keluaran',
    },
  },

  roadmap: {
    title: 'Peta Jalan',
    budget: 'Anggaran per Tahun dan Sumber Dana',
    budgetText: (total: string) => `Total anggaran program aksi selama periode rencana adalah ${total}.`,
    chart: 'Anggaran per tahun menurut sumber dana',
    chartAxis: 'Miliar rupiah',
    table: 'Anggaran per tahun dan sumber dana',
    year: 'Tahun',
    schedule: 'Jadwal Program Aksi',
    scheduleText:
      'Tabel berikut menunjukkan tahun pelaksanaan setiap program aksi per pilar; sel berwarna adalah tahun program berjalan.',
    scheduleTable: (pillar: string) => `Jadwal program aksi ${pillar}`,
    program: 'Program aksi',
  },

  indicators: {
    title: 'Indikator, Baseline dan Target',
    intro:
      'Capaian rencana induk diukur dengan indikator yang selaras dengan SNI ISO 37120 (layanan kota dan kualitas hidup), SNI ISO 37122 (kota cerdas) dan indikator kinerja utama U4SSC. Setiap indikator memiliki baseline, target tahunan dan OPD produsen data.',
    list: 'Daftar Indikator',
    table: (pillar: string) => `Indikator ${pillar}`,
    none: 'Belum ada indikator yang dipilih.',
    columns: {
      code: 'Kode',
      name: 'Indikator',
      unit: 'Satuan',
      baseline: 'Baseline',
      targets: 'Target',
      producer: 'OPD produsen data',
    },
    baseline: (value: string, year: number | null) => (year ? `${value} (${year})` : value),
    assessment: 'Penilaian Enam Kriteria',
    assessmentText:
      'Setiap indikator dinilai terhadap enam kriteria indikator yang baik, masing-masing dengan skor 1–5. Nilai A: keenam kriteria berskor 4 atau lebih; B: semua dinilai dan tidak ada yang gagal; C: ada kriteria berskor 2 atau kurang.',
    assessmentTable: 'Penilaian enam kriteria indikator',
    grade: 'Nilai',
    notGraded: 'Belum lengkap',
  },

  governance: {
    title: 'Implementasi dan Tata Kelola',
    institutions: 'Kelembagaan',
    institutionsText: (region: string) => [
      `Pelaksanaan rencana induk dipimpin oleh Kepala Daerah ${region}. Dewan Smart City memberi arahan dan menetapkan prioritas; Tim Pelaksana Smart City yang dikoordinasikan Dinas Komunikasi dan Informatika mengoordinasikan pelaksanaan sehari-hari, sedangkan Bappeda menyelaraskan program aksi dengan RPJMD, RKPD dan anggaran daerah.`,
      'Setiap program aksi dipimpin satu OPD pengampu dan dapat didukung OPD lain. OPD pengampu bertanggung jawab atas pelaksanaan, anggaran dan pelaporan capaian programnya; OPD produsen data bertanggung jawab atas data indikator.',
    ],
    responsibilities: 'Tanggung Jawab Perangkat Daerah',
    responsibilitiesText: 'Tabel berikut merangkum peran setiap OPD dalam rencana induk.',
    responsibilitiesTable: 'Tanggung jawab OPD',
    columns: {
      opd: 'Perangkat Daerah',
      leads: 'Program dipimpin',
      supports: 'Program didukung',
      budget: 'Anggaran dipimpin',
      indicators: 'Indikator (produsen data)',
    },
    monitoring: 'Pemantauan dan Evaluasi',
    monitoringText: [
      'Capaian program aksi dilaporkan OPD pengampu setiap tahun (dan bila perlu setiap triwulan), lengkap dengan realisasi anggaran dan buktinya. Nilai indikator dilaporkan OPD produsen data dan diverifikasi oleh pihak lain sebelum dihitung.',
      'Evaluasi tahunan (monev) dimulai dengan penilaian mandiri, lalu wawancara dengan tim penilai, pada dimensi baseline, keluaran, hasil, dampak dan quick win dengan bobot yang ditetapkan setiap tahun.',
    ],
  },

  closing: {
    title: 'Penutup',
    text: (region: string, start: number, end: number) => [
      `Rencana Induk Smart City ${region} ${start}–${end} adalah komitmen bersama Pemerintah Daerah dan seluruh pemangku kepentingan. Keberhasilannya bergantung pada konsistensi pelaksanaan program aksi, ketersediaan anggaran, kualitas data dan partisipasi masyarakat.`,
      'Rencana induk ini bersifat dinamis: program aksi, target dan anggaran ditinjau setiap tahun berdasarkan hasil pemantauan dan evaluasi, agar tetap selaras dengan RPJMD dan kebutuhan masyarakat.',
    ],
  },

  appendixPrograms: {
    title: 'Lembar Program Aksi',
    intro: 'Lembar berikut memuat seluruh isian program aksi sebagaimana disusun dalam Bimtek.',
    table: 'Lembar program aksi lengkap',
    columns: {
      code: 'Kode',
      program: 'Program dan uraian',
      opds: 'OPD pengampu / pendukung',
      timing: 'Jangka dan tahun',
      results: 'Keluaran / hasil',
      targets: 'Target tahunan',
      budget: 'Anggaran per sumber',
      review: 'Tinjauan',
    },
    pillarElement: (pillar: string, element: string) => `${pillar} · ${element}`,
    innovation: (text: string) => `Inovasi: ${text}`,
    mission: (n: number) => `Misi ${n}`,
    rpjmd: (text: string) => `RPJMD: ${text}`,
    renstra: (text: string) => `Renstra: ${text}`,
    supporting: (names: string) => `Pendukung: ${names}`,
    kecamatan: (names: string) => `Lokasi: ${names}`,
    output: (text: string) => `Keluaran: ${text}`,
    outcome: (text: string) => `Hasil: ${text}`,
    quickWin: 'Quick win',
  },

  appendixWorkshops: {
    title: 'Peserta dan Kehadiran Bimtek',
    intro:
      'Peserta Bimtek adalah sekretaris dan kepala subbagian program setiap Perangkat Daerah, termasuk kecamatan. Peserta yang sama sebaiknya mengikuti keempat tahap agar materinya berkesinambungan.',
    none: 'Belum ada Bimtek yang tercatat.',
    phase: (phase: number, title: string) => `Bimtek ${roman(phase)}: ${title}`,
    phaseDetails: { dates: 'Tanggal', venue: 'Tempat', facilitators: 'Narasumber', output: 'Keluaran' },
    sessions: (phase: number) => `Sesi Bimtek ${roman(phase)}`,
    sessionColumns: { ordinal: 'Sesi', title: 'Judul', time: 'Waktu', facilitator: 'Narasumber' },
    attendance: (phase: number) => `Kehadiran Bimtek ${roman(phase)}`,
    attendanceColumns: {
      person: 'Peserta',
      opd: 'Perangkat Daerah',
      attended: 'Sesi dihadiri',
      status: 'Keterangan',
    },
    attendedOf: (attended: number, total: number) => `${attended} dari ${total}`,
    noAttendance: 'Kehadiran belum dicatat.',
    continuity: 'Kesinambungan Peserta',
    continuityText: (held: string) =>
      held
        ? `Kesinambungan dinilai atas Bimtek yang sudah memiliki presensi (${held}); yang dihitung adalah peserta yang hadir atau terlambat.`
        : 'Belum ada presensi, jadi kesinambungan belum dapat dinilai.',
    continuityTable: 'Kesinambungan wakil OPD',
    continuityColumns: { opd: 'Perangkat Daerah', classification: 'Kesinambungan' },
    phaseShort: (phase: number) => `Bimtek ${roman(phase)}`,
  },

  summary: {
    title: 'Ringkasan Eksekutif',
    keyFigures: 'Angka Utama',
    figures: {
      period: 'Periode',
      programs: 'Program aksi',
      quickWins: 'Quick win',
      budget: 'Total anggaran',
      indicators: 'Indikator',
      readiness: 'Rata-rata kesiapan',
      opds: 'OPD pengampu',
    },
    visionMission: 'Visi dan Misi',
    pillars: 'Pilar Smart City',
    pillarsTable: 'Ringkasan per pilar',
    pillarColumns: {
      pillar: 'Pilar',
      programs: 'Program',
      quickWins: 'Quick win',
      budget: 'Anggaran',
      readiness: 'Kesiapan',
    },
    quickWins: 'Quick Win Utama',
    budget: 'Anggaran',
    budgetBySource: 'Anggaran per sumber dana',
    source: 'Sumber dana',
    share: 'Porsi',
    nextSteps: 'Langkah Berikutnya',
    nextStepsText: [
      'Menetapkan atau memperbarui rencana induk dengan Peraturan Kepala Daerah dan mengintegrasikannya ke RPJMD, RKPD dan Renstra OPD.',
      'Melaksanakan quick win pada tahun pertama dan melaporkan capaiannya.',
      'Melaporkan capaian program dan nilai indikator setiap tahun untuk monev.',
    ],
    moreQuickWins: (count: number) => `dan ${count} quick win lainnya (lihat rencana induk, Bab Quick Win).`,
  },

  aspects: { struktur: 'Struktur', infrastruktur: 'Infrastruktur', suprastruktur: 'Suprastruktur' },
  sources: {
    apbd: 'APBD',
    apbd_provinsi: 'APBD Provinsi',
    apbn_dak: 'APBN/DAK',
    csr: 'CSR',
    kpbu: 'KPBU',
    community: 'Swadaya masyarakat',
    other: 'Lainnya',
  },
  reviewStatuses: { pending: 'Menunggu', accepted: 'Diterima', needs_revision: 'Perlu revisi' },
  criteria: {
    completeness: 'Kelengkapan',
    technology_neutrality: 'Netralitas teknologi',
    simplicity: 'Kesederhanaan',
    validity: 'Validitas',
    verifiability: 'Keterverifikasian',
    data_availability: 'Ketersediaan data',
  },
  opdTypes: {
    secretariat: 'Sekretariat Daerah',
    council_secretariat: 'Sekretariat DPRD',
    inspectorate: 'Inspektorat',
    office: 'Dinas',
    agency: 'Badan',
    kecamatan: 'Kecamatan',
    other: 'Lainnya',
  },
  continuity: {
    consistent: 'Konsisten',
    changed: 'Berganti wakil',
    partial: 'Tidak lengkap',
    absent: 'Tidak pernah hadir',
  },
  attendance: { present: 'Hadir', late: 'Terlambat', excused: 'Izin', absent: 'Tidak hadir' },
};

export type Words = typeof id;
