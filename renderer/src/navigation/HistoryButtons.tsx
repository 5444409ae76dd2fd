import './navigation.css';
import { Icon } from '../components/Icons';
import { IS_MAC } from '../lib/shortcuts';
import { goBack, goForward } from './session-history';
import { useSessionHistory } from './useSessionHistory';

const BACK_KEY = IS_MAC ? '⌘[' : 'Alt+←';
const FORWARD_KEY = IS_MAC ? '⌘]' : 'Alt+→';

const ArrowLeftIcon = () => (
  <Icon>
    <path d="M19 12H5" />
    <path d="M11 6l-6 6 6 6" />
  </Icon>
);

const ArrowRightIcon = () => (
  <Icon>
    <path d="M5 12h14" />
    <path d="M13 6l6 6-6 6" />
  </Icon>
);

/**
 * Back and Forward through what the reader opened, as in a browser. With
 * nowhere to go a button is marked disabled but stays focusable, so its
 * name and tooltip are still there to find.
 */
export function HistoryButtons() {
  const history = useSessionHistory();
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button
        type="button"
        className="icon-button"
        aria-label="Back"
        title={history.canGoBack ? `Back to ${history.backTo} (${BACK_KEY})` : 'Back'}
        aria-disabled={!history.canGoBack}
        onClick={() => history.canGoBack && goBack()}
      >
        <ArrowLeftIcon />
      </button>
      <button
        type="button"
        className="icon-button history-buttons__forward"
        aria-label="Forward"
        title={
          history.canGoForward ? `Forward to ${history.forwardTo} (${FORWARD_KEY})` : 'Forward'
        }
        aria-disabled={!history.canGoForward}
        onClick={() => history.canGoForward && goForward()}
      >
        <ArrowRightIcon />
      </button>
    </div>
  );
}
