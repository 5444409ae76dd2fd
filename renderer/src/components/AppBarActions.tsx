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
  return (
    <div className="app-bar__actions">
      {withHistory && <HistoryButtons />}
      <a className="icon-button" href={notebookHref()} aria-label="Notebook" title="Notebook">
        <NotebookIcon />
      </a>
      <ReadingSettingsButton />
      <button
        type="button"
        className="icon-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={onShowShortcuts}
      >
        <KeyboardIcon />
      </button>
    </div>
  );
}
