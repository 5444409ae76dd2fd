// Components read their words from the catalogue, as under the app's root:
// tests render them inside the same provider, in English.
import { createElement, type ReactElement } from 'react';
import { I18nProvider } from '../../../renderer/src/i18n/I18nProvider';

export function inEnglish(element: ReactElement): ReactElement {
  return createElement(I18nProvider, { languages: ['en-US'], children: element });
}
