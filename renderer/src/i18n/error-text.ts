// The main process's messages in the interface's language. An error that
// names its message in the catalogues (common/errors.ts ReaderErrorText) is
// said from there; one that does not is shown as the main process wrote it,
// in English. The formatter is the one the interface speaks now: each
// interface formatter made (createInterfaceIntl) becomes it, so errors met
// anywhere, in a hook or outside any provider, are said the same way.
import type { IntlShape } from 'react-intl';
import type { ReaderErrorText } from '../../../common/errors';

let speaking: IntlShape | undefined;

/** Errors from now on are said with `intl`. */
export function sayErrorsWith(intl: IntlShape): void {
  speaking = intl;
}

/** The message in the interface's language, or undefined before there is one. */
export function errorText(text: ReaderErrorText, intl = speaking): string | undefined {
  if (!intl) return undefined;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) {
    if (typeof value !== 'object') values[name] = value;
    else values[name] = errorText(value, intl) ?? '';
  }
  return intl.formatMessage({ id: `error.${text.id}` }, values);
}
