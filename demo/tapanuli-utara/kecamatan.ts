/**
 * The fifteen kecamatan of Tapanuli Utara (DOMAIN.md), with their areas in km² as the regency publishes
 * them. Codes follow the order of that list under the regency's BPS code 12.02.
 */
export const TAPUT_KECAMATAN: { name: string; areaKm2: string }[] = [
  { name: 'Parmonangan', areaKm2: '257.35' },
  { name: 'Adiankoting', areaKm2: '502.90' },
  { name: 'Sipoholon', areaKm2: '189.20' },
  { name: 'Tarutung', areaKm2: '107.68' },
  { name: 'Siatas Barita', areaKm2: '92.92' },
  { name: 'Pahae Julu', areaKm2: '165.90' },
  { name: 'Pahae Jae', areaKm2: '203.20' },
  { name: 'Purbatua', areaKm2: '191.80' },
  { name: 'Simangumban', areaKm2: '150.00' },
  { name: 'Pangaribuan', areaKm2: '459.25' },
  { name: 'Garoga', areaKm2: '567.58' },
  { name: 'Sipahutar', areaKm2: '408.22' },
  { name: 'Siborongborong', areaKm2: '279.91' },
  { name: 'Pagaran', areaKm2: '138.05' },
  { name: 'Muara', areaKm2: '79.75' },
];
