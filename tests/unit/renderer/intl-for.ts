// Code outside React (the read-aloud controller, the shortcut labels) is
// given its words by a formatter; tests make one from a catalogue, as the
// app's provider does.
import { createIntl, type IntlShape } from 'react-intl';
import { interfaceText, type InterfaceText } from '../../../renderer/src/i18n/interface-text';
import {
  CATALOGUES,
  SOURCE_LOCALE,
  type CatalogueLocale,
} from '../../../renderer/src/i18n/catalogues';

export function intlFor(locale: CatalogueLocale): IntlShape {
  return createIntl({ locale, defaultLocale: SOURCE_LOCALE, messages: CATALOGUES[locale] });
}

export function textFor(locale: CatalogueLocale): InterfaceText {
  return interfaceText(intlFor(locale));
}
