import { registerCatalogue } from '../../../i18n/lazy-catalogue.ts';
import en from './en.json';
import id from './id.json';

// The documents screen's words come with its chunk, not with the app's first download.
registerCatalogue('documents', { id, en });
