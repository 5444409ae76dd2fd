// The interface's languages. English is the reference: every other
// catalogue has exactly its keys (tests/unit/renderer/i18n/catalogues.test.ts).
import type { Settings } from '../../../common/settings';
import { ar } from './messages/ar';
import { de } from './messages/de';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { ja } from './messages/ja';
import { zhHans } from './messages/zh-Hans';

export type MessageId = keyof typeof en;
export type Catalogue = Readonly<Record<MessageId, string>>;

export const SOURCE_LOCALE = 'en';

export type InterfaceLanguage = Settings['interfaceLanguage'];

// Exactly the languages the settings accept: one missing or extra fails the type check.
export const CATALOGUES = { en, fr, de, es, 'zh-Hans': zhHans, ja, ar } satisfies Record<
  Exclude<InterfaceLanguage, 'system'>,
  Catalogue
>;

export type CatalogueLocale = keyof typeof CATALOGUES;

/**
 * Each catalogue's name in its own language, as language choosers write
 * them: a reader who cannot read the current interface still finds theirs.
 */
export const CATALOGUE_NAMES: Record<CatalogueLocale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  'zh-Hans': '简体中文',
  ja: '日本語',
  ar: 'العربية',
};

export const CATALOGUE_LOCALES = Object.keys(CATALOGUES) as CatalogueLocale[];
