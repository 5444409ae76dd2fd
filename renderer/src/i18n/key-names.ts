import type { IntlShape } from 'react-intl';
import type { KeyNames } from '../lib/shortcuts';

/** The words on the keys' caps as the interface's language writes them ("Maj", "Échap" in French). */
export function keyNames(intl: IntlShape): KeyNames {
  return {
    Mod: intl.formatMessage({ id: 'key.mod' }),
    Alt: intl.formatMessage({ id: 'key.alt' }),
    Shift: intl.formatMessage({ id: 'key.shift' }),
    Escape: intl.formatMessage({ id: 'key.escape' }),
    Home: intl.formatMessage({ id: 'key.home' }),
    End: intl.formatMessage({ id: 'key.end' }),
    Enter: intl.formatMessage({ id: 'key.enter' }),
  };
}
