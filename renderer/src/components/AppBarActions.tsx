import { NotebookIcon } from '../highlights/NotebookIcon';
import { notebookHref } from '../lib/routes';
import { KeyboardIcon } from './Icons';
import { ReadingSettingsButton } from './ReadingSettingsButton';

/** The buttons at the right end of every top bar. */
export function AppBarActions({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  return (
    <div className="app-bar__actions">
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
