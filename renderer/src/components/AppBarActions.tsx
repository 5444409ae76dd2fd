import { useIntl } from 'react-intl';
import { NotebookIcon } from '../highlights/NotebookIcon';
import { notebookHref } from '../lib/routes';
import { HistoryButtons } from '../navigation/HistoryButtons';
import { KeyboardIcon } from './Icons';
import { ReadingSettingsButton } from './ReadingSettingsButton';

/** The buttons at the right end of every top bar. */
export function AppBarActions({
  onShowShortcuts,
  withHistory = true,
}: {
  onShowShortcuts: () => void;
  /** Back and Forward here, unless the bar has them elsewhere (the reader's, by its title). */
  withHistory?: boolean;
}) {
  const intl = useIntl();
  const notebook = intl.formatMessage({ id: 'notebook.title' });
  return (
    <div className="app-bar__actions">
      {withHistory && <HistoryButtons />}
      <a className="icon-button" href={notebookHref()} aria-label={notebook} title={notebook}>
        <NotebookIcon />
      </a>
      <ReadingSettingsButton />
      <button
        type="button"
        className="icon-button"
        aria-label={intl.formatMessage({ id: 'appBar.shortcuts' })}
        title={intl.formatMessage({ id: 'appBar.shortcuts.title' })}
        onClick={onShowShortcuts}
      >
        <KeyboardIcon />
      </button>
    </div>
  );
}
