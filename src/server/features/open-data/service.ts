import type { Db, Tx } from '../../db/client.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { notFound, ProblemError } from '../../errors.ts';
import { planHeader } from '../programs/aggregate-repository.ts';
import { budgetsDataset } from './budgets-dataset.ts';
import { DATASET_NAMES, type DataRow, type Dataset, type DatasetName, type PlanFrame } from './dataset.ts';
import { indicatorsDataset } from './indicators-dataset.ts';
import { programmesDataset } from './programmes-dataset.ts';

export const DATASETS: Record<DatasetName, Dataset> = {
  programmes: programmesDataset,
  indicators: indicatorsDataset,
  budgets: budgetsDataset,
};

const isDatasetName = (name: string): name is DatasetName =>
  (DATASET_NAMES as readonly string[]).includes(name);

/** 404 naming the dataset asked for and the ones there are. */
export const unknownDataset = (name: string) =>
  new ProblemError(
    404,
    'not-found',
    'Not found',
    `No open-data dataset named "${name}"; there are ${DATASET_NAMES.join(', ')}`,
    { entity: 'dataset', id: name, datasets: [...DATASET_NAMES] },
  );

export function datasetNamed(name: string): Dataset {
  if (!isDatasetName(name)) throw unknownDataset(name);
  return DATASETS[name];
}

async function planFrame(tx: Tx, planId: string): Promise<PlanFrame> {
  const plan = await planHeader(tx, planId);
  if (!plan) throw notFound('plan', planId);
  return plan;
}

export interface DatasetContent {
  plan: PlanFrame;
  dataset: Dataset;
  rows: DataRow[];
}

/** One dataset of a plan with its rows, read in one snapshot. 404 for an unknown plan or dataset. */
export function readDataset(db: Db, planId: string, name: string): Promise<DatasetContent> {
  const dataset = datasetNamed(name);
  return readSnapshot(db, async (tx) => {
    const plan = await planFrame(tx, planId);
    return { plan, dataset, rows: await dataset.rows(tx, plan) };
  });
}

/** Every dataset of a plan with its rows, for the index (which tells how many rows each has). */
export function readAllDatasets(db: Db, planId: string): Promise<DatasetContent[]> {
  return readSnapshot(db, async (tx) => {
    const plan = await planFrame(tx, planId);
    const contents: DatasetContent[] = [];
    // One after another: the snapshot is one connection, and PGlite queues parallel work anyway.
    for (const dataset of Object.values(DATASETS))
      contents.push({ plan, dataset, rows: await dataset.rows(tx, plan) });
    return contents;
  });
}
