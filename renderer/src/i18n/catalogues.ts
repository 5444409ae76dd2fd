// The interface's languages. English is the reference: every other
// catalogue has exactly its keys (tests/unit/renderer/i18n/catalogues.test.ts).
import { en } from './messages/en';
import { fr } from './messages/fr';

export type MessageId = keyof typeof en;
export type Catalogue = Readonly<Record<MessageId, string>>;

export const SOURCE_LOCALE = 'en';

export const CATALOGUES = { en, fr } satisfies Record<string, Catalogue>;

export type CatalogueLocale = keyof typeof CATALOGUES;

export const CATALOGUE_LOCALES = Object.keys(CATALOGUES) as CatalogueLocale[];
