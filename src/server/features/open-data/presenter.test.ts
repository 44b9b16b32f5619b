import { describe, expect, it } from 'vitest';
import { column, type Dataset, type PlanFrame } from './dataset.ts';
import { datasetToCsv, datasetToJson, fileNameOf } from './presenter.ts';

const plan: PlanFrame = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Masterplan Smart City Kota Contoh 2025–2029',
  periodStart: 2025,
  periodEnd: 2029,
  regionId: '00000000-0000-4000-8000-000000000002',
  regionName: 'Kota Contoh',
};

const dataset: Dataset = {
  name: 'budgets',
  title: { id: 'Contoh', en: 'Example' },
  description: { id: 'Uraian', en: 'Description' },
  columns: () => [
    column('text', 'string', 'Teks', 'Text'),
    column('count', 'integer', 'Jumlah', 'Count'),
    column('flag', 'boolean', 'Ya/tidak', 'Yes/no'),
    column('amount', 'decimal', 'Rupiah', 'Rupiah'),
  ],
  rows: async () => [],
};

const rows = [
  { text: '=1+2', count: -5, flag: true, amount: '-7.50' },
  { text: 'Biasa, "dikutip"', count: null, flag: false, amount: null },
  { text: '@SUM(A1)', count: 0, flag: null, amount: '1500000.00' },
];

describe('open-data files', () => {
  it('writes CSV with a BOM, CRLF, the header, empty cells for nothing, and formulas neutralised', () => {
    expect(datasetToCsv({ plan, dataset, rows })).toBe(
      '\uFEFFtext,count,flag,amount\r\n' +
        "'=1+2,-5,true,-7.50\r\n" +
        '"Biasa, ""dikutip""",,false,\r\n' +
        "'@SUM(A1),0,,1500000.00\r\n",
    );
  });

  it('writes JSON with the columns described in the language asked for and the values as read', () => {
    const json = datasetToJson({ plan, dataset, rows }, 'en');
    expect(json.title).toBe('Example');
    expect(json.columns[3]).toEqual({ name: 'amount', type: 'decimal', description: 'Rupiah' });
    expect(json.rows[0]).toEqual({ text: '=1+2', count: -5, flag: true, amount: '-7.50' });
    expect(json.plan).toEqual({ id: plan.id, title: plan.title, region: 'Kota Contoh' });
  });

  it('names the file after the dataset, the region without its kind, and the period', () => {
    expect(fileNameOf(dataset, plan, 'csv')).toBe('budgets-contoh-2025-2029.csv');
  });
});
