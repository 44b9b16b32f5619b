import type { ReadinessAspect } from '../../src/shared/domain.ts';

export const TAPUT_PLAN = {
  title: 'Masterplan Smart City Kabupaten Tapanuli Utara 2022–2031',
  periodStart: 2022,
  periodEnd: 2031,
  status: 'implementing' as const,
  currentPhase: 4 as const,
  vision:
    'Tapanuli Utara Cerdas 2031: pemerintahan yang melayani, masyarakat yang berdaya dan ekonomi lokal ' +
    'yang berdaya saing, terhubung sampai ke desa dan lestari bersama kawasan Danau Toba',
  rpjmdReference: 'RPJMD Kabupaten Tapanuli Utara 2019–2024',
  adoptionInstrument: 'Peraturan Bupati Tapanuli Utara Nomor 18 Tahun 2022 tentang Masterplan Smart City',
  adoptedOn: '2022-03-14',
};

/** Missions of the master plan, each serving one mission of the RPJMD. */
export const TAPUT_MISSIONS: { text: string; rpjmdMission: string; goals: string[] }[] = [
  {
    text: 'Mewujudkan tata kelola pemerintahan yang bersih, terpadu dan berbasis elektronik',
    rpjmdMission: 'Misi 1 RPJMD: meningkatkan tata kelola pemerintahan yang baik dan bersih',
    goals: [
      'Seluruh layanan administrasi pemerintahan dan layanan publik utama tersedia secara elektronik',
      'Keputusan pembangunan berbasis satu data daerah yang terbuka',
    ],
  },
  {
    text: 'Meningkatkan kualitas layanan kesehatan, pendidikan dan kehidupan sosial berbasis teknologi',
    rpjmdMission: 'Misi 2 RPJMD: meningkatkan kualitas sumber daya manusia',
    goals: [
      'Layanan kesehatan dan pendidikan menjangkau desa terpencil dengan dukungan digital',
      'Masyarakat aman, rukun dan cakap digital',
    ],
  },
  {
    text: 'Mendorong ekonomi kerakyatan berbasis pertanian, UMKM dan pariwisata yang terhubung secara digital',
    rpjmdMission: 'Misi 3 RPJMD: meningkatkan perekonomian masyarakat berbasis pertanian dan pariwisata',
    goals: [
      'Produk unggulan (kopi, andaliman, ulos) dipasarkan secara daring dengan transaksi nontunai',
      'Kunjungan wisata religi dan alam meningkat dengan citra daerah yang kuat',
    ],
  },
  {
    text: 'Membangun infrastruktur dan konektivitas wilayah yang merata sampai ke desa',
    rpjmdMission: 'Misi 4 RPJMD: meningkatkan pembangunan infrastruktur yang merata dan berkualitas',
    goals: [
      'Seluruh desa terjangkau jaringan internet dan akses jalan yang layak',
      'Tata ruang terpantau melalui sistem informasi geografis',
    ],
  },
  {
    text: 'Menjaga kelestarian lingkungan dan kawasan Danau Toba secara berkelanjutan',
    rpjmdMission: 'Misi 5 RPJMD: mewujudkan pembangunan yang berwawasan lingkungan',
    goals: [
      'Sampah terkelola dari sumbernya melalui bank sampah dan TPS3R',
      'Energi terbarukan panas bumi dan surya dimanfaatkan untuk masyarakat',
    ],
  },
];

export interface DemoReadiness {
  score: number;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  evidence: string;
}

/** Readiness measured at Bimtek I (12 August 2021), per pillar and aspect, on the 1–5 maturity scale. */
export const TAPUT_READINESS_ASSESSED_ON = '2021-08-13';
export const TAPUT_READINESS: Record<string, Record<ReadinessAspect, DemoReadiness>> = {
  governance: {
    struktur: {
      score: 2,
      strengths: 'Diskominfo aktif memimpin; komitmen Bupati terhadap percepatan layanan',
      weaknesses: 'Hanya 9 ASN berlatar belakang TI; belum ada tim SPBE yang bekerja rutin',
      opportunities: 'Pendampingan Kominfo melalui Gerakan Menuju 100 Smart City',
      threats: 'Rotasi pejabat yang sering memutus keberlanjutan program',
      evidence: 'Data kepegawaian BKPSDM 2021; SK Tim Koordinasi SPBE 2020',
    },
    infrastruktur: {
      score: 2,
      strengths: 'Jaringan fiber optik menghubungkan 14 kantor di Tarutung',
      weaknesses:
        'Ruang server tanpa pendingin presisi dan catu daya cadangan; aplikasi OPD tidak terintegrasi',
      opportunities: 'Pusat Data Nasional dan layanan cloud pemerintah',
      threats: 'Pemadaman listrik dan gangguan jaringan di musim hujan',
      evidence: 'Inventaris aset TIK Diskominfo 2021 (47 aplikasi, 6 terintegrasi)',
    },
    suprastruktur: {
      score: 2,
      strengths: 'Perbup tentang SPBE telah terbit',
      weaknesses: 'Belum ada peraturan satu data dan keamanan informasi',
      opportunities: 'Perpres 95/2018 SPBE dan Perpres 39/2019 Satu Data Indonesia',
      threats: 'Perubahan regulasi pusat yang cepat',
      evidence: 'Indeks SPBE 2021: 1,98 (cukup)',
    },
  },
  branding: {
    struktur: {
      score: 2,
      strengths: 'Dinas Pariwisata dan komunitas kreatif yang aktif',
      weaknesses: 'Belum ada unit yang mengelola citra daerah secara terpadu',
      opportunities: 'Status Danau Toba sebagai destinasi super prioritas',
      threats: 'Persaingan destinasi dengan kabupaten tetangga di kawasan Danau Toba',
      evidence: 'Struktur organisasi Dinas Pariwisata 2021',
    },
    infrastruktur: {
      score: 1,
      strengths: 'Salib Kasih dan Bandara Silangit sebagai gerbang wisata',
      weaknesses: 'Petunjuk arah, situs web wisata dan peta digital belum ada',
      opportunities: 'Penerbangan langsung Jakarta–Silangit',
      threats: 'Akses jalan ke objek wisata rusak pada musim hujan',
      evidence: 'Inventaris objek wisata Dinas Pariwisata 2021',
    },
    suprastruktur: {
      score: 2,
      strengths: 'Ripparda telah ditetapkan',
      weaknesses: 'Belum ada logo dan tagline daerah yang ditetapkan',
      opportunities: 'Geopark Kaldera Toba diakui UNESCO',
      threats: 'Citra negatif akibat isu lingkungan Danau Toba',
      evidence: 'Perda Rencana Induk Pembangunan Kepariwisataan Daerah',
    },
  },
  economy: {
    struktur: {
      score: 2,
      strengths: 'Kelompok tani kopi dan andaliman yang terorganisasi',
      weaknesses: 'Pendamping UMKM sedikit; koperasi banyak yang tidak aktif',
      opportunities: 'Permintaan kopi arabika spesialti dari luar negeri',
      threats: 'Fluktuasi harga komoditas',
      evidence: 'Data koperasi dan UMKM Diskoperindag 2021',
    },
    infrastruktur: {
      score: 1,
      strengths: 'Pasar Siborongborong dan Tarutung sebagai simpul perdagangan',
      weaknesses:
        'QRIS hampir tidak dipakai di pasar tradisional; jaringan internet di sentra produksi lemah',
      opportunities: 'Perluasan QRIS oleh Bank Indonesia',
      threats: 'Ketergantungan pada tengkulak',
      evidence: 'Data merchant QRIS Kantor Perwakilan BI Sibolga 2021',
    },
    suprastruktur: {
      score: 2,
      strengths: 'Perda perlindungan produk pertanian lokal',
      weaknesses: 'Belum ada kebijakan belanja produk lokal oleh pemerintah daerah',
      opportunities: 'Kebijakan Bangga Buatan Indonesia dan e-katalog lokal',
      threats: 'Produk pabrikan dari luar daerah',
      evidence: 'Dokumen Renstra Diskoperindag 2019–2024',
    },
  },
  living: {
    struktur: {
      score: 2,
      strengths: 'Puskesmas di setiap kecamatan',
      weaknesses: 'Tenaga kesehatan di desa terpencil kurang',
      opportunities: 'Program transformasi digital kesehatan Kemenkes',
      threats: 'Penyakit menular dan stunting',
      evidence: 'Profil Kesehatan Kabupaten 2020',
    },
    infrastruktur: {
      score: 2,
      strengths: 'RSUD Tarutung dengan SIMRS dasar',
      weaknesses: 'Angkutan umum antarkecamatan tidak terjadwal; air minum perpipaan terbatas',
      opportunities: 'Jalan nasional lintas Sumatera melintas wilayah',
      threats: 'Rawan longsor dan gempa (Sesar Sumatera)',
      evidence: 'Laporan kinerja Dinas Perhubungan dan DPUPR 2020',
    },
    suprastruktur: {
      score: 2,
      strengths: 'RTRW Kabupaten telah ditetapkan',
      weaknesses: 'RDTR ibu kota kecamatan belum tersedia',
      opportunities: 'Online Single Submission berbasis risiko',
      threats: 'Alih fungsi lahan pertanian',
      evidence: 'Perda RTRW Kabupaten Tapanuli Utara',
    },
  },
  society: {
    struktur: {
      score: 3,
      strengths: 'Lembaga adat Dalihan Na Tolu dan gereja yang kuat sebagai perekat sosial',
      weaknesses: 'Literasi digital masyarakat desa rendah',
      opportunities: 'Program Digital Talent Scholarship Kominfo',
      threats: 'Hoaks dan perjudian daring',
      evidence: 'Survei literasi digital Kominfo 2021',
    },
    infrastruktur: {
      score: 1,
      strengths: 'Perpustakaan daerah di Tarutung',
      weaknesses: '38 desa tanpa sinyal 4G; sekolah tanpa akses internet',
      opportunities: 'BAKTI Kominfo: BTS 4G dan akses internet desa',
      threats: 'Topografi pegunungan menyulitkan jaringan',
      evidence: 'Pemetaan blank spot Diskominfo 2021',
    },
    suprastruktur: {
      score: 2,
      strengths: 'Perbup tentang desa tangguh bencana',
      weaknesses: 'Belum ada regulasi layanan panggilan darurat',
      opportunities: 'Layanan darurat 112 nasional',
      threats: 'Bencana alam berulang',
      evidence: 'Dokumen Kajian Risiko Bencana 2019',
    },
  },
  environment: {
    struktur: {
      score: 2,
      strengths: 'Komunitas peduli lingkungan dan 12 bank sampah',
      weaknesses: 'Petugas kebersihan hanya melayani Tarutung dan Siborongborong',
      opportunities: 'Dana CSR PLTP Sarulla untuk lingkungan',
      threats: 'Perambahan hutan di hulu DAS',
      evidence: 'Data bank sampah DLH 2021',
    },
    infrastruktur: {
      score: 1,
      strengths: 'TPA Hutaraja dan PLTP panas bumi Sarulla di Pahae',
      weaknesses: 'TPA masih open dumping; belum ada TPS3R',
      opportunities: 'Potensi panas bumi, mikrohidro dan surya',
      threats: 'Pencemaran sungai dan Danau Toba',
      evidence: 'Laporan Jakstrada pengelolaan sampah 2020',
    },
    suprastruktur: {
      score: 2,
      strengths: 'Perda pengelolaan sampah',
      weaknesses: 'Penegakan aturan lemah; tidak ada insentif pemilahan',
      opportunities: 'Kebijakan nasional pengurangan sampah 30% pada 2025',
      threats: 'Pertumbuhan volume sampah plastik',
      evidence: 'Perda Pengelolaan Sampah dan Jakstrada',
    },
  },
};

export const TAPUT_STRATEGIES: Record<string, string[]> = {
  governance: [
    'Menerapkan SPBE terpadu dengan satu pusat data dan integrasi aplikasi layanan',
    'Menyatukan layanan perizinan dan administrasi di Mal Pelayanan Publik dan kanal daring',
    'Menerapkan Satu Data Tapanuli Utara sebagai dasar perencanaan dan kebijakan',
  ],
  branding: [
    'Membangun citra Tapanuli Utara sebagai tujuan wisata religi dan alam kawasan Danau Toba',
    'Memasarkan produk unggulan daerah melalui merek bersama dan pasar daring',
    'Menata wajah kota Tarutung dan Siborongborong dengan penanda dan peta digital',
  ],
  economy: [
    'Hilirisasi kopi dan andaliman melalui industri pengolahan skala kecil',
    'Mengembangkan UMKM dan koperasi dengan pelatihan dan akses pasar digital',
    'Memperluas transaksi nontunai di pasar, retribusi dan pajak daerah',
  ],
  living: [
    'Mendekatkan layanan kesehatan ke desa dengan telemedisin dan rekam medis elektronik',
    'Mengendalikan pemanfaatan ruang dengan RDTR dan sistem informasi tata ruang',
    'Meningkatkan konektivitas dan keselamatan transportasi antarkecamatan',
  ],
  society: [
    'Meningkatkan literasi dan kecakapan digital masyarakat dan pelajar',
    'Memperkuat kearifan lokal dan partisipasi warga melalui wadah musyawarah',
    'Membangun sistem peringatan dini dan layanan darurat terpadu',
  ],
  environment: [
    'Mengelola sampah dari sumber melalui bank sampah, TPS3R dan TPA controlled landfill',
    'Memanfaatkan energi terbarukan panas bumi, mikrohidro dan surya',
    'Melindungi hutan dan daerah aliran sungai di hulu Danau Toba',
  ],
};
