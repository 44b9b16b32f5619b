import type catalogId from '../features/catalog/i18n/id.json';
import type documentsId from '../features/documents/i18n/id.json';
import type indicatorsId from '../features/indicators/i18n/id.json';
import organisationEn from '../features/organisation/i18n/en.json';
import organisationId from '../features/organisation/i18n/id.json';
import programEn from '../features/programs/detail/i18n/en.json';
import programId from '../features/programs/detail/i18n/id.json';
import programsEn from '../features/programs/i18n/en.json';
import programsId from '../features/programs/i18n/id.json';
import readinessEn from '../features/readiness/i18n/en.json';
import readinessId from '../features/readiness/i18n/id.json';
import roadmapEn from '../features/roadmap/i18n/en.json';
import roadmapId from '../features/roadmap/i18n/id.json';
import visionEn from '../features/vision/i18n/en.json';
import visionId from '../features/vision/i18n/id.json';
import workbenchEn from '../features/workbench/i18n/en.json';
import workbenchId from '../features/workbench/i18n/id.json';
import workshopsEn from '../features/workshops/i18n/en.json';
import workshopsId from '../features/workshops/i18n/id.json';
import en from './en.json';
import id from './id.json';

/**
 * All messages of the app, one `translation` namespace per language. Each feature keeps its own
 * catalogue next to its screens (features/<name>/i18n/) under its own top-level key, so that screens
 * are written and reviewed with their words, and two features never edit the same file.
 */
export const catalogues = {
  id: {
    ...id,
    workbench: workbenchId,
    organisation: organisationId,
    workshops: workshopsId,
    readiness: readinessId,
    vision: visionId,
    programs: programsId,
    program: programId,
    roadmap: roadmapId,
  },
  en: {
    ...en,
    workbench: workbenchEn,
    organisation: organisationEn,
    workshops: workshopsEn,
    readiness: readinessEn,
    vision: visionEn,
    programs: programsEn,
    program: programEn,
    roadmap: roadmapEn,
  },
};

/**
 * Catalogues that travel in their screens' chunks instead of the first download: the screen registers
 * them with i18next (lazy-catalogue.ts) before it renders. Their keys are type-checked like the others;
 * catalogues.test.ts keeps their two languages in step.
 */
export interface LazyCatalogues {
  indicators: typeof indicatorsId;
  documents: typeof documentsId;
  catalog: typeof catalogId;
}
