import type { FundingSource, ReadinessAspect } from '../../../shared/domain.ts';

/**
 * The worksheet's words in Indonesian, the language of the workshops. Every label, header and report
 * message the workbook and its import show comes from here or from words-en.ts (whose type is this one).
 * A workbook is read back in the language it was written in: its sheet names tell which.
 */
export const id = {
  locale: 'id-ID',
  fileName: 'lembar-kerja-smart-city',
  sheets: { instructions: 'Petunjuk', readiness: 'Kesiapan', indicators: 'Indikator', lists: 'Daftar' },
  yes: 'Ya',
  no: 'Tidak',
  sources: {
    apbd: 'APBD',
    apbd_provinsi: 'APBD Provinsi',
    apbn_dak: 'APBN/DAK',
    csr: 'CSR',
    kpbu: 'KPBU',
    community: 'Swadaya masyarakat',
    other: 'Lainnya',
  } satisfies Record<FundingSource, string>,
  aspects: {
    struktur: 'Struktur',
    infrastruktur: 'Infrastruktur',
    suprastruktur: 'Suprastruktur',
  } satisfies Record<ReadinessAspect, string>,
  frequencies: { monthly: 'Bulanan', quarterly: 'Triwulanan', semester: 'Semesteran', yearly: 'Tahunan' },
  headers: {
    id: 'id',
    version: 'versi',
    code: 'Kode',
    title: 'Nama program aksi',
    element: 'Elemen',
    leadOpd: 'OPD pengampu',
    supportingOpds: 'OPD pendukung (kode, dipisah koma)',
    kecamatan: 'Kecamatan (dipisah koma; kosong = seluruh daerah)',
    description: 'Deskripsi',
    mission: 'Misi',
    rpjmdProgram: 'Program RPJMD',
    renstraProgram: 'Program Renstra OPD',
    horizon: 'Horizon (tahun)',
    startYear: 'Tahun mulai',
    endYear: 'Tahun selesai',
    quickWin: 'Quick win',
    innovation: 'Inovasi',
    output: 'Keluaran (output)',
    outcome: 'Hasil (outcome)',
    budget: (year: number, source: string) => `Anggaran ${year} ${source} (Rp)`,
    target: (year: number) => `Target ${year}`,
    pillar: 'Pilar',
    aspect: 'Aspek',
    score: 'Skor (1–5)',
    strengths: 'Kekuatan',
    weaknesses: 'Kelemahan',
    opportunities: 'Peluang',
    threats: 'Ancaman',
    evidence: 'Bukti',
    indicatorCode: 'Kode indikator',
    indicatorName: 'Nama indikator',
    unit: 'Satuan',
    producerOpd: 'OPD produsen data',
    frequency: 'Frekuensi',
    baselineYear: 'Tahun dasar',
    baselineValue: 'Nilai dasar',
    baselineSource: 'Sumber data dasar',
  },
  lists: {
    opds: 'OPD',
    choices: 'Ya/Tidak',
    horizons: 'Horizon',
    years: 'Tahun',
    scores: 'Skor',
    frequencies: 'Frekuensi',
    missions: 'Misi',
    pillars: 'Pilar',
    aspects: 'Aspek',
    elements: (pillar: string) => `Elemen ${pillar}`,
  },
  instructions: {
    title: (region: string) => `Lembar kerja Rencana Induk Smart City ${region}`,
    plan: (title: string, start: number, end: number) => `${title}, periode ${start}–${end}`,
    downloaded: (date: string) => `Diunduh dari Rancang pada ${date}`,
    howTo: 'Cara mengisi',
    steps: [
      'Setiap pilar punya lembarnya sendiri; satu baris adalah satu program aksi. Untuk menambah program, isi baris kosong di bawah tabel dan biarkan kolom Kode kosong: Rancang memberinya kode (mis. GOV-07).',
      'Pilih Elemen, OPD pengampu, Misi, Horizon, tahun dan Quick win dari daftar pilihan di sel. OPD pendukung: kode OPD dipisah koma. Kecamatan: nama kecamatan dipisah koma; kosong berarti seluruh daerah.',
      'Anggaran ditulis dalam rupiah sebagai angka tanpa titik ribuan (mis. 1500000000), per tahun dan sumber dana; kosongkan bila tidak ada. Tahun anggaran dan target harus berada di dalam tahun program.',
      'Jangan mengubah nama lembar, judul kolom, atau kolom tersembunyi id dan versi: dengan itulah Rancang mengenali setiap baris, sehingga impor ulang memperbarui baris yang sama dan tidak menggandakannya.',
      'Jangan memakai rumus atau tanggal; ketik nilainya. Sel berisi rumus ditolak dan tidak dihitung.',
      'Menghapus baris di lembar kerja tidak menghapus program di Rancang; program dihapus di aplikasi.',
      'Lembar Kesiapan: skor 1–5 per pilar dan aspek dengan analisis SWOT (hanya admin kabupaten yang dapat menyimpannya). Lembar Indikator: OPD produsen data, frekuensi, nilai dasar dan target per tahun; indikator baru ditambahkan dengan menulis kode indikator dari katalog. Kolom abu-abu hanya untuk dibaca.',
      'Unggah kembali lewat Rancang atau dengan perintah rancang worksheet import. Setiap sel diperiksa dan setiap masalah dilaporkan (lembar, baris, kolom, sebabnya). Anda memilih: simpan semuanya atau tidak sama sekali, atau simpan baris yang benar saja. Berkas paling besar 5 MB.',
      'Peserta OPD hanya dapat menyimpan program yang dipimpin OPD-nya; jika program diubah di Rancang setelah lembar kerja diunduh, barisnya ditolak: unduh lembar kerja yang baru.',
    ],
    opds: 'Daftar OPD',
    kecamatan: 'Daftar kecamatan',
    code: 'Kode',
    name: 'Nama',
    scale: 'Skala kematangan kesiapan',
    levels: ['Belum ada', 'Parsial', 'Intensif', 'Terintegrasi sebagian', 'Terintegrasi penuh'],
  },
  problems: {
    formula: (h: string) => `${h}: rumus tidak diterima; ketik nilainya`,
    date: (h: string) => `${h}: berisi tanggal; ketik nilainya (tahun atau angka) sebagai teks atau angka`,
    error: (h: string, value: string) => `${h}: berisi galat ${value}`,
    notYear: (h: string, value: string) => `${h}: "${value}" bukan tahun (mis. 2026)`,
    notWhole: (h: string, value: string) => `${h}: "${value}" bukan bilangan bulat`,
    notNumber: (h: string, value: string) =>
      `${h}: "${value}" bukan angka (tulis tanpa titik ribuan, mis. 1500000)`,
    negative: (h: string) => `${h}: tidak boleh negatif`,
    amount: (h: string) => `${h}: harus jumlah rupiah yang tidak negatif dengan paling banyak 2 desimal`,
    decimal: (h: string) => `${h}: harus angka dengan paling banyak 14 digit dan 6 desimal`,
    required: (h: string) => `${h}: wajib diisi`,
    tooShort: (h: string, min: number) => `${h}: paling sedikit ${min} karakter`,
    tooLong: (h: string, max: number) => `${h}: paling banyak ${max} karakter`,
    noSpaces: (h: string) => `${h}: tidak boleh berisi spasi`,
    choice: (h: string, value: string, allowed: string) => `${h}: "${value}" bukan pilihan (${allowed})`,
    yearOutsidePlan: (h: string, year: number, start: number, end: number) =>
      `${h}: ${year} di luar periode rencana ${start}–${end}`,
    endBeforeStart: (h: string, start: number) => `${h}: tidak boleh sebelum tahun mulai ${start}`,
    yearOutsideProgram: (h: string, start: number, end: number) =>
      `${h}: tahun ini di luar tahun program ${start}–${end}; kosongkan sel ini atau ubah tahun program`,
    baselineAfterPlan: (h: string, end: number) => `${h}: tidak boleh sesudah tahun terakhir rencana ${end}`,
    progressOutside: (h: string, years: string) =>
      `${h}: program ini punya laporan kemajuan tahun ${years} yang akan jatuh di luar tahun program`,
    unknownOpd: (h: string, code: string) => `${h}: tidak ada OPD berkode "${code}" di daerah ini`,
    unknownKecamatan: (h: string, name: string) => `${h}: tidak ada kecamatan "${name}" di daerah ini`,
    unknownElement: (h: string, value: string, pillar: string) =>
      `${h}: "${value}" bukan elemen pilar ${pillar}`,
    unknownPillar: (h: string, value: string) => `${h}: "${value}" bukan pilar rencana ini`,
    unknownAspect: (h: string, value: string) =>
      `${h}: "${value}" bukan aspek (Struktur, Infrastruktur, Suprastruktur)`,
    unknownMission: (h: string, value: string) => `${h}: "${value}" bukan nomor misi rencana ini`,
    unknownIndicator: (h: string, code: string) => `${h}: tidak ada indikator berkode "${code}" di katalog`,
    foreignIndicator: (h: string, code: string) => `${h}: ${code} adalah indikator lokal daerah lain`,
    indicatorTaken: (h: string, code: string) => `${h}: rencana ini sudah memilih indikator ${code}`,
    leadAlsoSupporting: (h: string, code: string) =>
      `${h}: ${code} adalah OPD pengampu; tulis hanya OPD pendukung`,
    listedTwice: (h: string, value: string) => `${h}: ${value} disebut dua kali`,
    codeTaken: (h: string, code: string) => `${h}: kode ${code} sudah dipakai program lain di rencana ini`,
    codeRepeated: (h: string, code: string, sheet: string, row: number) =>
      `${h}: kode ${code} juga dipakai di lembar ${sheet} baris ${row}`,
    cellTaken: (h: string, sheet: string, row: number) =>
      `${h}: pilar dan aspek yang sama juga di lembar ${sheet} baris ${row}`,
    idMalformed: (h: string, value: string) =>
      `${h}: "${value}" bukan id dari Rancang; kosongkan untuk menambah baris baru`,
    idOtherPlan: (h: string) =>
      `${h}: id ini milik rencana lain; kosongkan untuk menambahkannya sebagai baris baru di rencana ini`,
    idUnknown: (h: string) =>
      `${h}: tidak ada catatan dengan id ini di rencana ini (mungkin sudah dihapus); kosongkan untuk menambahkannya sebagai baris baru`,
    idWrongSheet: (h: string, sheet: string) => `${h}: id ini milik baris lembar ${sheet}`,
    idRepeated: (h: string, sheet: string, row: number) =>
      `${h}: id yang sama juga ada di lembar ${sheet} baris ${row}`,
    stale: (h: string, was: number, now: number) =>
      `${h}: baris ini diubah di Rancang sejak lembar kerja diunduh (versi ${was}, kini ${now}); unduh lembar kerja yang baru`,
    programNotYours: (h: string) =>
      `${h}: hanya admin kabupaten atau peserta OPD pengampu yang dapat mengubah program ini`,
    readinessNotYours: (h: string) => `${h}: hanya admin kabupaten yang dapat mengubah analisis kesiapan`,
    indicatorAddNotYours: (h: string) => `${h}: hanya admin kabupaten yang dapat menambah indikator`,
    indicatorNotYours: (h: string) =>
      `${h}: hanya admin kabupaten atau peserta OPD produsen data yang dapat mengubah indikator ini`,
    other: (h: string, message: string) => `${h}: ${message}`,
    more: (count: number) => `… dan ${count} masalah lain yang tidak dicantumkan`,
  },
};

export type Words = typeof id;
