import type { INDICATOR_DIRECTIONS, INDICATOR_SOURCES, INDICATOR_THEMES } from '../../../shared/domain.ts';
import type { Tx } from '../../db/client.ts';
import { insertMissingCatalogEntries } from './repository.ts';
import { STARTER_DEFINITIONS } from './starter-definitions.ts';

type Theme = (typeof INDICATOR_THEMES)[number];
type Direction = (typeof INDICATOR_DIRECTIONS)[number];

/** An entry of the national starter catalogue, shaped as an `indicator_catalog` row. */
export interface StarterIndicator {
  code: string;
  source: Extract<(typeof INDICATOR_SOURCES)[number], 'iso37120' | 'iso37122' | 'u4ssc'>;
  /** ISO clause (2018 numbering for ISO 37120) or U4SSC KPI code. */
  reference: string;
  theme: Theme;
  nameEn: string;
  nameId: string;
  unit: string;
  /** ISO 37122 marks its indicators `smart`; U4SSC KPIs are `core` or `advanced`; ISO 37120 unclassified. */
  kind: string | null;
  direction: Direction;
  multiplier: string | null;
  minValue: string | null;
  maxValue: string | null;
  /** Our own definition with its formula (starter-definitions.ts, starter-definitions-u4ssc.ts). */
  definitionEn: string | null;
  definitionId: string | null;
  /** What the numerator and denominator count, in Indonesian and English; null for a quantity read as is. */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  numeratorLabelEn: string | null;
  denominatorLabelEn: string | null;
}

/** `+` more is better, `-` less is better, `=` a balanced level is the aim. */
type Trend = '+' | '-' | '=';
const trends: Record<Trend, Direction> = { '+': 'increase', '-': 'decrease', '=': 'maintain' };

type Row = readonly [
  reference: string,
  theme: Theme,
  nameEn: string,
  nameId: string,
  unit: string,
  trend: Trend,
];

/*
 * Sources: ../shared/design/indicator-references.csv (public listings of the clause and KPI references).
 * Names are short descriptions in our own words, never the standards' text; so are the definitions.
 */

// biome-ignore format: one indicator per line reads as the table it is
const iso37120: Row[] = [
  ['5.1', 'economy', 'Unemployment rate', 'Tingkat pengangguran', '%', '-'],
  ['5.2', 'economy', 'Commercial/industrial share of assessed property value', 'Porsi properti komersial/industri dalam total nilai properti yang dinilai', '%', '='],
  ['5.3', 'economy', 'Persons in full-time employment', 'Penduduk yang bekerja penuh waktu', '%', '+'],
  ['5.4', 'economy', 'Youth unemployment rate', 'Tingkat pengangguran usia muda', '%', '-'],
  ['6.2', 'education', 'Primary education completion rate', 'Angka penyelesaian pendidikan dasar', '%', '+'],
  ['6.3', 'education', 'Secondary education completion rate', 'Angka penyelesaian pendidikan menengah', '%', '+'],
  ['6.4', 'education', 'Primary education student-teacher ratio', 'Rasio murid terhadap guru pendidikan dasar', 'ratio', '-'],
  ['6.5', 'education', 'School-aged population enrolled in school', 'Penduduk usia sekolah yang bersekolah', '%', '+'],
  ['7.2', 'energy', 'Renewable share of end-use energy', 'Porsi energi terbarukan dalam konsumsi energi akhir', '%', '+'],
  ['7.3', 'energy', 'Population with authorized electricity service', 'Penduduk dengan layanan listrik resmi', '%', '+'],
  ['7.5', 'energy', 'Public buildings energy use per floor area', 'Konsumsi energi gedung publik per luas lantai', 'GJ/m2 per year', '-'],
  ['7.6', 'energy', 'Street lighting electricity per km lit street', 'Konsumsi listrik penerangan jalan per km jalan berpenerangan', 'kWh/year per km', '-'],
  ['8.1', 'environment_climate', 'PM2.5 concentration', 'Konsentrasi PM2,5', 'μg/m3', '-'],
  ['8.2', 'environment_climate', 'PM10 concentration', 'Konsentrasi PM10', 'μg/m3', '-'],
  ['8.3', 'environment_climate', 'Greenhouse gas emissions per capita', 'Emisi gas rumah kaca per kapita', 'tCO2e per capita', '-'],
  ['8.4', 'environment_climate', 'Area under nature protection', 'Luas kawasan perlindungan alam', '%', '+'],
  ['8.5', 'environment_climate', 'NO2 concentration', 'Konsentrasi NO2', 'μg/m3', '-'],
  ['8.6', 'environment_climate', 'SO2 concentration', 'Konsentrasi SO2', 'μg/m3', '-'],
  ['8.8', 'environment_climate', 'Population exposed to excessive noise', 'Penduduk yang terpapar kebisingan berlebih', '%', '-'],
  ['9.2', 'finance', 'Capital spending share of total expenditure', 'Porsi belanja modal dalam total belanja', '%', '+'],
  ['10.1', 'governance', 'Women elected to city-level office', 'Perempuan terpilih dalam jabatan tingkat daerah', '%', '+'],
  ['10.4', 'governance', 'Voter turnout in municipal elections', 'Partisipasi pemilih dalam pemilihan daerah', '%', '+'],
  ['11.1', 'health', 'Average life expectancy', 'Angka harapan hidup rata-rata', 'years', '+'],
  ['11.6', 'health', 'Suicide rate', 'Angka bunuh diri', 'per 100,000 population', '-'],
  ['12.1', 'housing', 'Population in inadequate housing', 'Penduduk yang tinggal di rumah tidak layak huni', '%', '-'],
  ['12.2', 'housing', 'Population in affordable housing', 'Penduduk yang tinggal di rumah terjangkau', '%', '+'],
  ['12.3', 'housing', 'Homeless persons', 'Tunawisma', 'per 100,000 population', '-'],
  ['12.4', 'housing', 'Households without registered legal title', 'Rumah tangga tanpa bukti hak atas tanah yang terdaftar', '%', '-'],
  ['13.1', 'population_social', 'Population in extreme poverty', 'Penduduk miskin ekstrem', '%', '-'],
  ['13.2', 'population_social', 'Population below relative poverty line', 'Penduduk di bawah garis kemiskinan relatif', '%', '-'],
  ['13.3', 'population_social', 'Gini coefficient of inequality', 'Koefisien Gini ketimpangan', 'index (0-1)', '-'],
  ['14.2', 'recreation', 'Outdoor public recreation space per capita', 'Ruang rekreasi publik terbuka per kapita', 'm2 per capita', '+'],
  ['15.1', 'safety', 'Firefighters', 'Petugas pemadam kebakaran', 'per 100,000 population', '+'],
  ['15.8', 'safety', 'Property crimes', 'Kejahatan terhadap harta benda', 'per 100,000 population', '-'],
  ['15.10', 'safety', 'Violent crimes against women', 'Kejahatan kekerasan terhadap perempuan', 'per 100,000 population', '-'],
  ['16.1', 'solid_waste', 'Population with regular waste collection', 'Penduduk yang terlayani pengangkutan sampah rutin', '%', '+'],
  ['16.2', 'solid_waste', 'Municipal solid waste collected per capita', 'Sampah kota terkumpul per kapita', 'tonnes per capita per year', '-'],
  ['16.3', 'solid_waste', 'Solid waste recycled', 'Sampah yang didaur ulang', '%', '+'],
  ['16.4', 'solid_waste', 'Solid waste to sanitary landfill', 'Sampah yang ditimbun di TPA saniter', '%', '-'],
  ['16.5', 'solid_waste', 'Solid waste to energy-from-waste', 'Sampah yang diolah menjadi energi', '%', '+'],
  ['16.6', 'solid_waste', 'Solid waste composted or to biogas', 'Sampah yang dikomposkan atau diolah menjadi biogas', '%', '+'],
  ['16.7', 'solid_waste', 'Solid waste to open dump', 'Sampah yang dibuang ke tempat pembuangan terbuka', '%', '-'],
  ['16.10', 'solid_waste', 'Hazardous waste recycled', 'Limbah B3 yang didaur ulang', '%', '+'],
  ['17.1', 'sport_culture', 'Cultural and sports facilities', 'Fasilitas budaya dan olahraga', 'per 100,000 population', '+'],
  ['17.3', 'sport_culture', 'Cultural events per year', 'Kegiatan budaya per tahun', 'per 100,000 population', '+'],
  ['18.2', 'telecommunication', 'Mobile phone connections', 'Sambungan telepon seluler', 'per 100,000 population', '+'],
  ['19.2', 'transportation', 'Public transport trips per capita', 'Perjalanan angkutan umum per kapita', 'trips per capita per year', '+'],
  ['19.3', 'transportation', 'Commuting by non-private-car modes', 'Perjalanan komuter tanpa mobil pribadi', '%', '+'],
  ['19.4', 'transportation', 'Bicycle paths and lanes', 'Jalur dan lajur sepeda', 'km per 100,000 population', '+'],
  ['19.5', 'transportation', 'Transportation fatalities', 'Korban jiwa transportasi', 'per 100,000 population', '-'],
  ['19.6', 'transportation', 'Population near frequent public transit', 'Penduduk yang dekat dengan angkutan umum berfrekuensi tinggi', '%', '+'],
  ['20.3', 'agriculture_food', 'Undernourished population', 'Penduduk kurang gizi', '%', '-'],
  ['20.4', 'agriculture_food', 'Overweight or obese population', 'Penduduk dengan berat badan berlebih atau obesitas', '%', '-'],
  ['21.1', 'urban_planning', 'Green area', 'Ruang terbuka hijau', 'hectares per 100,000 population', '+'],
  ['21.2', 'urban_planning', 'Informal settlement area share', 'Porsi luas permukiman informal', '%', '-'],
  ['21.3', 'urban_planning', 'Jobs-housing ratio', 'Rasio lapangan kerja terhadap hunian', 'ratio', '='],
  ['21.4', 'urban_planning', 'Population near basic services', 'Penduduk yang dekat dengan layanan dasar', '%', '+'],
  ['22.2', 'wastewater', 'Wastewater centrally treated', 'Air limbah yang diolah secara terpusat', '%', '+'],
  ['22.3', 'wastewater', 'Population with improved sanitation', 'Penduduk dengan akses sanitasi layak', '%', '+'],
  ['23.1', 'water', 'Population with potable water supply', 'Penduduk dengan layanan air minum', '%', '+'],
  ['23.2', 'water', 'Population with sustainable safe water access', 'Penduduk dengan akses air aman yang berkelanjutan', '%', '+'],
  ['23.3', 'water', 'Domestic water consumption per capita', 'Konsumsi air domestik per kapita', 'litres per capita per day', '='],
  ['23.4', 'water', 'Drinking water quality compliance rate', 'Tingkat kepatuhan mutu air minum', '%', '+'],
];

// biome-ignore format: one indicator per line reads as the table it is
const iso37122: Row[] = [
  ['5.1', 'economy', 'Service contracts with open-data clause', 'Kontrak layanan dengan klausul data terbuka', '%', '+'],
  ['5.2', 'economy', 'New business survival rate', 'Tingkat kelangsungan usaha baru', 'per 100,000 population', '+'],
  ['5.3', 'economy', 'Labour force in ICT sector', 'Angkatan kerja di sektor TIK', '%', '+'],
  ['6.2', 'education', 'Digital learning devices per 1,000 students', 'Perangkat belajar digital per 1.000 siswa', 'per 1,000 students', '+'],
  ['6.3', 'education', 'STEM higher-education degrees', 'Lulusan pendidikan tinggi bidang sains, teknologi, teknik dan matematika', 'per 100,000 population', '+'],
  ['7.1', 'energy', 'Energy from wastewater, waste or waste heat', 'Energi dari air limbah, sampah atau panas buangan', '%', '+'],
  ['7.3', 'energy', 'Energy produced from waste per capita', 'Energi yang dihasilkan dari sampah per kapita', 'GJ per capita per year', '+'],
  ['7.6', 'energy', 'Street lights with light management system', 'Lampu jalan dengan sistem manajemen penerangan', '%', '+'],
  ['7.7', 'energy', 'Street lights refurbished or newly installed', 'Lampu jalan yang diperbarui atau baru dipasang', '%', '+'],
  ['7.9', 'energy', 'Buildings with smart energy meters', 'Bangunan dengan meteran energi pintar', '%', '+'],
  ['7.10', 'energy', 'EV charging stations per registered EV', 'Stasiun pengisian daya per kendaraan listrik terdaftar', 'ratio', '+'],
  ['8.1', 'environment_climate', 'Recent buildings meeting green-building principles', 'Bangunan baru yang memenuhi prinsip bangunan hijau', '%', '+'],
  ['8.2', 'environment_climate', 'Real-time air quality stations per km2', 'Stasiun pemantau kualitas udara waktu nyata per km²', 'per km2', '+'],
  ['8.3', 'environment_climate', 'Public buildings monitoring indoor air quality', 'Gedung publik yang memantau kualitas udara dalam ruang', '%', '+'],
  ['9.2', 'finance', 'Payments to city via e-invoices', 'Pembayaran ke pemerintah daerah melalui faktur elektronik', '%', '+'],
  ['10.2', 'governance', 'City services available online', 'Layanan pemerintah daerah yang tersedia secara daring', '%', '+'],
  ['11.1', 'health', 'Residents with shared electronic health record', 'Penduduk dengan rekam medis elektronik bersama', '%', '+'],
  ['11.2', 'health', 'Remote medical appointments per year', 'Konsultasi medis jarak jauh per tahun', 'per 100,000 population', '+'],
  ['11.3', 'health', 'Population with real-time air/water alerts', 'Penduduk yang menerima peringatan kualitas udara/air waktu nyata', '%', '+'],
  ['12.2', 'housing', 'Households with smart water meters', 'Rumah tangga dengan meteran air pintar', '%', '+'],
  ['13.1', 'population_social', 'Public buildings accessible to disabled persons', 'Gedung publik yang mudah diakses penyandang disabilitas', '%', '+'],
  ['16.1', 'solid_waste', 'Waste drop-off containers with telemetering', 'Wadah pengumpulan sampah dengan telemetri', '%', '+'],
  ['16.4', 'solid_waste', 'Plastic waste recycled', 'Sampah plastik yang didaur ulang', '%', '+'],
  ['17.1', 'sport_culture', 'Online bookings of cultural facilities', 'Pemesanan fasilitas budaya secara daring', 'per 100,000 population', '+'],
  ['17.2', 'sport_culture', 'Cultural records digitized', 'Arsip budaya yang telah didigitalkan', '%', '+'],
  ['18.1', 'telecommunication', 'Population with sufficiently fast broadband', 'Penduduk dengan akses internet pita lebar yang cukup cepat', '%', '+'],
  ['19.2', 'transportation', 'Sharing-economy transport users', 'Pengguna transportasi berbasis ekonomi berbagi', 'per 100,000 population', '+'],
  ['19.3', 'transportation', 'Low-emission vehicles in registered fleet', 'Kendaraan rendah emisi di antara kendaraan terdaftar', '%', '+'],
  ['19.5', 'transportation', 'Transit lines with real-time public info', 'Trayek angkutan umum dengan informasi publik waktu nyata', '%', '+'],
  ['19.6', 'transportation', 'Transit services with unified payment', 'Layanan angkutan umum dengan pembayaran terpadu', '%', '+'],
  ['19.10', 'transportation', 'Area covered by real-time interactive maps', 'Wilayah yang tercakup peta interaktif waktu nyata', '%', '+'],
  ['19.12', 'transportation', 'Transit routes with municipal internet', 'Rute angkutan umum dengan internet dari pemerintah daerah', '%', '+'],
  ['19.14', 'transportation', 'Low-emission buses in city fleet', 'Bus rendah emisi dalam armada daerah', '%', '+'],
  ['20.2', 'agriculture_food', 'Food waste sent to composting per capita', 'Sisa makanan yang dikomposkan per kapita', 'tonnes per capita per year', '+'],
  ['21.1', 'urban_planning', 'Citizens participating in planning per year', 'Warga yang berpartisipasi dalam perencanaan per tahun', 'per 100,000 population', '+'],
  ['21.3', 'urban_planning', 'Building permit approval time', 'Waktu persetujuan izin bangunan', 'days', '-'],
  ['21.4', 'urban_planning', 'Population in medium-to-high density areas', 'Penduduk di kawasan berkepadatan sedang hingga tinggi', '%', '+'],
  ['22.3', 'wastewater', 'Energy from wastewater vs total consumption', 'Energi dari air limbah terhadap total konsumsi energi', '%', '+'],
  ['23.1', 'water', 'Drinking water under real-time quality monitoring', 'Air minum yang mutunya dipantau waktu nyata', '%', '+'],
  ['23.2', 'water', 'Real-time water quality monitoring stations', 'Stasiun pemantau kualitas air waktu nyata', 'per 100,000 population', '+'],
  ['23.3', 'water', 'Water network under smart monitoring', 'Jaringan air yang dipantau secara cerdas', '%', '+'],
];

// biome-ignore format: one indicator per line reads as the table it is
const u4ssc: Row[] = [
  ['EC-ICT-ICT-1C', 'telecommunication', 'Households with internet access', 'Rumah tangga dengan akses internet', '%', '+'],
  ['EC-ICT-ICT-2C', 'telecommunication', 'Fixed broadband subscriptions', 'Langganan internet pita lebar tetap', '%', '+'],
  ['EC-ICT-ICT-3C', 'telecommunication', 'Wireless broadband subscriptions', 'Langganan internet pita lebar nirkabel', 'per 100,000 population', '+'],
  ['EC-ICT-ICT-4C', 'telecommunication', 'Wireless broadband coverage (3G/4G)', 'Cakupan jaringan pita lebar nirkabel (3G/4G)', '%', '+'],
  ['EC-ICT-ICT-5C', 'telecommunication', 'Public WiFi availability', 'Ketersediaan WiFi publik', 'count', '+'],
  ['EC-ICT-WS-1C', 'water', 'Smart water meters', 'Meteran air pintar', '%', '+'],
  ['EC-ICT-WS-2A', 'water', 'Water supply ICT monitoring', 'Pemantauan pasokan air berbasis TIK', '%', '+'],
  ['EC-ICT-D-1A', 'wastewater', 'Drainage/storm water ICT monitoring', 'Pemantauan drainase dan air hujan berbasis TIK', '%', '+'],
  ['EC-ICT-ES-1C', 'energy', 'Smart electricity meters', 'Meteran listrik pintar', '%', '+'],
  ['EC-ICT-ES-2A', 'energy', 'Electricity supply ICT monitoring', 'Pemantauan pasokan listrik berbasis TIK', '%', '+'],
  ['EC-ICT-ES-3A', 'energy', 'Demand response penetration', 'Penetrasi program respons permintaan listrik', '%', '+'],
  ['EC-ICT-T-1C', 'transportation', 'Dynamic public transport information', 'Informasi angkutan umum dinamis', '%', '+'],
  ['EC-ICT-T-2C', 'transportation', 'Traffic monitoring coverage', 'Cakupan pemantauan lalu lintas', '%', '+'],
  ['EC-ICT-T-3A', 'transportation', 'Adaptive intersection control', 'Pengendalian persimpangan adaptif', '%', '+'],
  ['EC-ICT-PS-1A', 'governance', 'Open data', 'Data terbuka', '%', '+'],
  ['EC-ICT-PS-2A', 'governance', 'e-Government services', 'Layanan pemerintahan elektronik', 'count', '+'],
  ['EC-ICT-PS-3A', 'governance', 'Public sector e-procurement', 'Pengadaan elektronik sektor publik', '%', '+'],
  ['EC-P-IN-1C', 'economy', 'R&D expenditure', 'Belanja penelitian dan pengembangan', '% of GDP', '+'],
  ['EC-P-IN-2C', 'economy', 'Patents granted per year', 'Paten yang diberikan per tahun', 'per 100,000 population', '+'],
  ['EC-P-IN-3A', 'economy', 'Small and medium-sized enterprises', 'Usaha kecil dan menengah', '%', '+'],
  ['EC-P-EM-1C', 'economy', 'Unemployment rate', 'Tingkat pengangguran', '%', '-'],
  ['EC-P-EM-2C', 'economy', 'Youth unemployment rate', 'Tingkat pengangguran usia muda', '%', '-'],
  ['EC-P-EM-3A', 'economy', 'Tourism sector employment', 'Tenaga kerja sektor pariwisata', '%', '+'],
  ['EC-P-EM-4A', 'economy', 'ICT sector employment', 'Tenaga kerja sektor TIK', '%', '+'],
  ['EC-I-WS-1C', 'water', 'Basic water supply', 'Layanan air bersih dasar', '%', '+'],
  ['EC-I-WS-2C', 'water', 'Potable water supply', 'Layanan air minum', '%', '+'],
  ['EC-I-WS-3C', 'water', 'Water supply loss', 'Kehilangan air dalam jaringan', '%', '-'],
  ['EC-I-WS-4C', 'wastewater', 'Wastewater collection', 'Pengumpulan air limbah', '%', '+'],
  ['EC-I-WS-5C', 'wastewater', 'Household sanitation', 'Sanitasi rumah tangga', '%', '+'],
  ['EC-I-WA-1C', 'solid_waste', 'Solid waste collection', 'Pengumpulan sampah', '%', '+'],
  ['EC-I-ES-1C', 'energy', 'Electricity system outage frequency', 'Frekuensi pemadaman listrik', 'interruptions per customer per year', '-'],
  ['EC-I-ES-2C', 'energy', 'Electricity system outage time', 'Lama pemadaman listrik', 'hours per customer per year', '-'],
  ['EC-I-ES-3C', 'energy', 'Access to electricity', 'Akses listrik', '%', '+'],
  ['EC-I-T-1C', 'transportation', 'Public transport network length', 'Panjang jaringan angkutan umum', 'km per 100,000 population', '+'],
  ['EC-I-T-2A', 'transportation', 'Public transport network convenience', 'Kemudahan akses jaringan angkutan umum', '%', '+'],
  ['EC-I-T-3C', 'transportation', 'Bicycle network length', 'Panjang jaringan jalur sepeda', 'km per 100,000 population', '+'],
  ['EC-I-T-4A', 'transportation', 'Transportation mode share', 'Pangsa moda transportasi', '%', '+'],
  ['EC-I-T-5A', 'transportation', 'Travel time index', 'Indeks waktu tempuh', 'ratio', '-'],
  ['EC-I-T-6A', 'transportation', 'Shared bicycles', 'Sepeda berbagi', 'per 100,000 population', '+'],
  ['EC-I-T-7A', 'transportation', 'Shared vehicles', 'Kendaraan berbagi', 'per 100,000 population', '+'],
  ['EC-I-T-8A', 'transportation', 'Low-carbon emission passenger vehicles', 'Kendaraan penumpang rendah emisi karbon', '%', '+'],
  ['EC-I-B-1A', 'environment_climate', 'Public building sustainability certification', 'Sertifikasi keberlanjutan gedung publik', '%', '+'],
  ['EC-I-B-2A', 'energy', 'Integrated building management systems', 'Sistem manajemen gedung terintegrasi', '%', '+'],
  ['EC-I-UP-1A', 'urban_planning', 'Pedestrian infrastructure', 'Infrastruktur pejalan kaki', '%', '+'],
  ['EC-I-UP-2A', 'urban_planning', 'Urban development and spatial planning', 'Pembangunan kota dan perencanaan tata ruang', 'yes/no', '+'],
  ['EN-EN-AQ-1C', 'environment_climate', 'Air pollution (PM, NO2, SO2, O3)', 'Pencemaran udara (PM, NO2, SO2, O3)', 'μg/m3', '-'],
  ['EN-EN-AQ-2C', 'environment_climate', 'GHG emissions per capita', 'Emisi gas rumah kaca per kapita', 'tCO2e per capita', '-'],
  ['EN-EN-WS-1C', 'water', 'Drinking water quality', 'Mutu air minum', '%', '+'],
  ['EN-EN-WS-2C', 'water', 'Water consumption per capita', 'Konsumsi air per kapita', 'litres per capita per day', '='],
  ['EN-EN-WS-3C', 'water', 'Freshwater consumption', 'Konsumsi air tawar', '%', '-'],
  ['EN-EN-WS-4C', 'wastewater', 'Wastewater treatment', 'Pengolahan air limbah', '%', '+'],
  ['EN-EN-WA-1C', 'solid_waste', 'Solid waste treatment', 'Pengolahan sampah', '%', '+'],
  ['EN-EN-EQ-1C', 'telecommunication', 'EMF exposure compliance', 'Kepatuhan batas paparan medan elektromagnetik', '%', '+'],
  ['EN-EN-EQ-2A', 'environment_climate', 'Population exposed to noise', 'Penduduk yang terpapar kebisingan', '%', '-'],
  ['EN-EN-PSN-1C', 'urban_planning', 'Green areas', 'Ruang terbuka hijau', 'hectares per 100,000 population', '+'],
  ['EN-EN-PSN-2A', 'urban_planning', 'Green area accessibility', 'Keterjangkauan ruang terbuka hijau', '%', '+'],
  ['EN-EN-PSN-3A', 'environment_climate', 'Protected natural areas', 'Kawasan alam yang dilindungi', '%', '+'],
  ['EN-EN-PSN-4A', 'recreation', 'Recreational facilities area', 'Luas fasilitas rekreasi', 'per 100,000 population', '+'],
  ['EN-E-E-1C', 'energy', 'Renewable energy consumption', 'Konsumsi energi terbarukan', '%', '+'],
  ['EN-E-E-2C', 'energy', 'Electricity consumption per capita', 'Konsumsi listrik per kapita', 'kWh/year per capita', '='],
  ['EN-E-E-3C', 'energy', 'Residential thermal energy consumption', 'Konsumsi energi termal rumah tangga', 'GJ/year per capita', '-'],
  ['EN-E-E-4A', 'energy', 'Public building energy consumption', 'Konsumsi energi gedung publik', 'ekWh/m2 per year', '-'],
  ['SC-EH-ED-1C', 'education', 'Student ICT access', 'Akses siswa terhadap TIK', '%', '+'],
  ['SC-EH-ED-2C', 'education', 'School enrollment', 'Angka partisipasi sekolah', '%', '+'],
  ['SC-EH-ED-3C', 'education', 'Higher education degrees', 'Lulusan pendidikan tinggi', 'per 100,000 population', '+'],
  ['SC-EH-ED-4C', 'education', 'Adult literacy', 'Angka melek huruf penduduk dewasa', '%', '+'],
  ['SC-EH-ED-5A', 'health', 'Electronic health records', 'Rekam medis elektronik', '%', '+'],
  ['SC-EH-H-1C', 'health', 'Life expectancy', 'Angka harapan hidup', 'years', '+'],
  ['SC-EH-H-2C', 'health', 'Maternal mortality rate', 'Angka kematian ibu', 'per 100,000 live births', '-'],
  ['SC-EH-H-3C', 'health', 'Physicians', 'Dokter', 'per 100,000 population', '+'],
  ['SC-EH-H-4A', 'health', 'In-patient hospital beds', 'Tempat tidur rawat inap rumah sakit', 'per 100,000 population', '+'],
  ['SC-EH-H-5A', 'health', 'Health insurance/public health coverage', 'Cakupan jaminan kesehatan', '%', '+'],
  ['SC-EH-C-1C', 'sport_culture', 'Cultural expenditure', 'Belanja kebudayaan', '%', '+'],
  ['SC-EH-C-2A', 'sport_culture', 'Cultural infrastructure', 'Infrastruktur kebudayaan', 'per 100,000 population', '+'],
  ['SC-SH-HO-1C', 'housing', 'Informal settlements', 'Permukiman informal', '%', '-'],
  ['SC-SH-HO-2A', 'housing', 'Housing expenditure', 'Pengeluaran untuk perumahan', '%', '-'],
  ['SC-SH-SI-1C', 'population_social', 'Gender income equity', 'Kesetaraan pendapatan antargender', 'ratio', '+'],
  ['SC-SH-SI-2C', 'population_social', 'Gini coefficient', 'Koefisien Gini', 'index (0-1)', '-'],
  ['SC-SH-SI-3C', 'population_social', 'Population in poverty', 'Penduduk miskin', '%', '-'],
  ['SC-SH-SI-4C', 'governance', 'Voter participation', 'Partisipasi pemilih', '%', '+'],
  ['SC-SH-SI-5A', 'population_social', 'Child care availability', 'Ketersediaan layanan penitipan anak', '%', '+'],
  ['SC-SH-SA-1C', 'safety', 'Natural disaster-related deaths', 'Kematian akibat bencana alam', 'per 100,000 population', '-'],
  ['SC-SH-SA-2C', 'safety', 'Disaster-related economic losses', 'Kerugian ekonomi akibat bencana', '% of GDP', '-'],
  ['SC-SH-SA-3A', 'safety', 'Resilience plans', 'Rencana ketahanan bencana', 'yes/no', '+'],
  ['SC-SH-SA-4A', 'safety', 'Population living in disaster-prone areas', 'Penduduk yang tinggal di kawasan rawan bencana', '%', '-'],
  ['SC-SH-SA-5A', 'safety', 'Emergency service response time', 'Waktu tanggap layanan darurat', 'minutes', '-'],
  ['SC-SH-SA-6C', 'safety', 'Police service', 'Personel kepolisian', 'per 100,000 population', '+'],
  ['SC-SH-SA-7C', 'safety', 'Fire service', 'Personel pemadam kebakaran', 'per 100,000 population', '+'],
  ['SC-SH-SA-8C', 'safety', 'Violent crime rate', 'Angka kejahatan dengan kekerasan', 'per 100,000 population', '-'],
  ['SC-SH-SA-9C', 'transportation', 'Traffic fatalities', 'Korban jiwa lalu lintas', 'per 100,000 population', '-'],
  ['SC-SH-FS-1A', 'agriculture_food', 'Local food production', 'Produksi pangan lokal', '%', '+'],
];

/**
 * How a unit scales and bounds its values: a percentage is a ratio × 100 between 0 and 100, a rate "per
 * 100,000 population" a ratio × 100,000; yes/no is recorded as 1/0. Every starter quantity is non-negative.
 */
function unitRules(unit: string): Pick<StarterIndicator, 'multiplier' | 'minValue' | 'maxValue'> {
  if (unit === '%' || unit.startsWith('% ')) return { multiplier: '100', minValue: '0', maxValue: '100' };
  const per = /^(?:.+ )?per ([\d,]+) /.exec(unit);
  if (per?.[1]) return { multiplier: per[1].replace(/,/g, ''), minValue: '0', maxValue: null };
  if (unit === 'index (0-1)' || unit === 'yes/no') return { multiplier: null, minValue: '0', maxValue: '1' };
  return { multiplier: null, minValue: '0', maxValue: null };
}

const definitionOf = (code: string) => {
  const found = STARTER_DEFINITIONS[code];
  return {
    definitionEn: found?.en ?? null,
    definitionId: found?.id ?? null,
    numeratorLabel: found?.numerator ?? null,
    denominatorLabel: found?.denominator ?? null,
    numeratorLabelEn: found?.numeratorEn ?? null,
    denominatorLabelEn: found?.denominatorEn ?? null,
  };
};

const entries = (
  source: StarterIndicator['source'],
  prefix: string,
  rows: Row[],
  kindOf: (reference: string) => string | null,
): StarterIndicator[] =>
  rows.map(([reference, theme, nameEn, nameId, unit, trend]) => ({
    code: `${prefix}-${reference}`,
    ...definitionOf(`${prefix}-${reference}`),
    source,
    reference,
    theme,
    nameEn,
    nameId,
    unit,
    kind: kindOf(reference),
    direction: trends[trend],
    ...unitRules(unit),
  }));

/** The 195 references of ISO 37120, ISO 37122 and U4SSC every installation starts with. */
export const STARTER_CATALOG: readonly StarterIndicator[] = [
  ...entries('iso37120', 'ISO37120', iso37120, () => null),
  ...entries('iso37122', 'ISO37122', iso37122, () => 'smart'),
  // The last letter of a U4SSC code says whether the KPI is core (C) or advanced (A).
  ...entries('u4ssc', 'U4SSC', u4ssc, (ref) => (ref.endsWith('A') ? 'advanced' : 'core')),
];

/**
 * Add the starter catalogue to the national catalogue in the caller's transaction, skipping codes that
 * are already there (so that it can run on every start or import). Returns how many entries were added.
 */
export function seedStarterCatalog(tx: Tx, actor: string): Promise<number> {
  return insertMissingCatalogEntries(tx, actor, STARTER_CATALOG);
}
