import { useIntl } from 'react-intl';
import './navigation.css';
import { Icon } from '../components/Icons';
import { IS_MAC } from '../lib/shortcuts';
import type { EntryPlace } from './describe-entry';
import { goBack, goForward } from './session-history';
import { useSessionHistory } from './useSessionHistory';

const BACK_KEY = IS_MAC ? '⌘[' : 'Alt+←';
const FORWARD_KEY = IS_MAC ? '⌘]' : 'Alt+→';

const ArrowLeftIcon = () => (
  <Icon pointing>
    <path d="M19 12H5" />
    <path d="M11 6l-6 6 6 6" />
  </Icon>
);

const ArrowRightIcon = () => (
  <Icon pointing>
    <path d="M5 12h14" />
    <path d="M13 6l6 6-6 6" />
  </Icon>
);

/** The arguments of history.backTo and history.forwardTo. */
function placeValues(to: EntryPlace, key: string) {
  return { place: to.place, title: to.place === 'article' ? to.title : '', key };
}

/**
 * Back and Forward through what the reader opened, as in a browser. With
 * nowhere to go a button is marked disabled but stays focusable, so its
 * name and tooltip are still there to find.
 */
export function HistoryButtons() {
  const intl = useIntl();
  const history = useSessionHistory();
  const back = intl.formatMessage({ id: 'history.back' });
  const forward = intl.formatMessage({ id: 'history.forward' });
  return (
    <div
      className="history-buttons"
      role="group"
      aria-label={intl.formatMessage({ id: 'history.label' })}
    >
      <button
        type="button"
        className="icon-button"
        aria-label={back}
        title={
          history.canGoBack && history.backTo
            ? intl.formatMessage({ id: 'history.backTo' }, placeValues(history.backTo, BACK_KEY))
            : back
        }
        aria-disabled={!history.canGoBack}
        onClick={() => history.canGoBack && goBack()}
      >
        <ArrowLeftIcon />
      </button>
      <button
        type="button"
        className="icon-button history-buttons__forward"
        aria-label={forward}
        title={
          history.canGoForward && history.forwardTo
            ? intl.formatMessage(
                { id: 'history.forwardTo' },
                placeValues(history.forwardTo, FORWARD_KEY),
              )
            : forward
        }
        aria-disabled={!history.canGoForward}
        onClick={() => history.canGoForward && goForward()}
      >
        <ArrowRightIcon />
      </button>
    </div>
  );
}
