/**
 * The eight regencies around Lake Toba (DOMAIN.md). Tapanuli Utara's figures are the published ones;
 * the other seven are close approximations of the 2020 census, good enough for a demo.
 */
export interface DemoRegion {
  code: string;
  name: string;
  capital: string;
  population: number;
  areaKm2: string;
  desaCount: number;
  kelurahanCount: number;
}

export const TAPANULI_UTARA = '12.02';
export const SAMOSIR = '12.17';

export const LAKE_TOBA_REGIONS: DemoRegion[] = [
  {
    code: TAPANULI_UTARA,
    name: 'Kabupaten Tapanuli Utara',
    capital: 'Tarutung',
    population: 312758,
    areaKm2: '3793.71',
    desaCount: 241,
    kelurahanCount: 11,
  },
  {
    code: '12.06',
    name: 'Kabupaten Karo',
    capital: 'Kabanjahe',
    population: 404998,
    areaKm2: '2127.25',
    desaCount: 259,
    kelurahanCount: 10,
  },
  {
    code: '12.08',
    name: 'Kabupaten Simalungun',
    capital: 'Pematang Raya',
    population: 990246,
    areaKm2: '4386.60',
    desaCount: 386,
    kelurahanCount: 27,
  },
  {
    code: '12.11',
    name: 'Kabupaten Dairi',
    capital: 'Sidikalang',
    population: 310843,
    areaKm2: '1927.80',
    desaCount: 161,
    kelurahanCount: 8,
  },
  {
    code: '12.12',
    name: 'Kabupaten Toba',
    capital: 'Balige',
    population: 206199,
    areaKm2: '2021.80',
    desaCount: 231,
    kelurahanCount: 13,
  },
  {
    code: '12.15',
    name: 'Kabupaten Pakpak Bharat',
    capital: 'Salak',
    population: 52351,
    areaKm2: '1218.30',
    desaCount: 52,
    kelurahanCount: 0,
  },
  {
    code: '12.16',
    name: 'Kabupaten Humbang Hasundutan',
    capital: 'Dolok Sanggul',
    population: 197751,
    areaKm2: '2502.71',
    desaCount: 153,
    kelurahanCount: 1,
  },
  {
    code: SAMOSIR,
    name: 'Kabupaten Samosir',
    capital: 'Pangururan',
    population: 135607,
    areaKm2: '2069.05',
    desaCount: 128,
    kelurahanCount: 6,
  },
];
