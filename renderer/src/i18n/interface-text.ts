// The catalogue for code that is not a component (the read-aloud controller,
// a class): it is handed an InterfaceText from the React side instead of
// reaching for react-intl, so it stays testable with any catalogue.
import type { IntlShape } from 'react-intl';
import type { MessageId } from './catalogues';

export type MessageValues = Readonly<Record<string, string | number>>;

export interface InterfaceText {
  /** A message of the catalogue in the interface's language. */
  format(id: MessageId, values?: MessageValues): string;
  /** The interface's locale, for what Intl names (languages) rather than the catalogue. */
  readonly locale: string;
}

export function interfaceText(intl: IntlShape): InterfaceText {
  return {
    format: (id, values) => intl.formatMessage({ id }, values),
    locale: intl.locale,
  };
}
