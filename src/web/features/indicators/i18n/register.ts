import { registerCatalogue } from '../../../i18n/lazy-catalogue.ts';
import en from './en.json';
import id from './id.json';

// The indicator screens' words come with their chunk, not with the app's first download.
registerCatalogue('indicators', { id, en });
