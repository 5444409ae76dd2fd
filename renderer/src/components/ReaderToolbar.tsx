import type { ReactNode, RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { HistoryButtons } from '../navigation/HistoryButtons';
import { AppBarActions } from './AppBarActions';
import { BackIcon } from './Icons';
import { ReadingProgress } from './ReadingProgress';
import { ToolbarTitle } from './ToolbarTitle';

interface Props {
  onBack: () => void;
  onShowShortcuts: () => void;
  /** Present once the article is loaded. */
  article?: { title: string; ref: RefObject<HTMLElement | null> };
  /** The contents toggle, when the article has sections. */
  contentsButton?: ReactNode;
  /** The library search field. */
  searchBox?: ReactNode;
  /** Read aloud's play/pause button. */
  readAloudButton?: ReactNode;
}

export function ReaderToolbar({
  onBack,
  onShowShortcuts,
  article,
  contentsButton,
  searchBox,
  readAloudButton,
}: Props) {
  const intl = useIntl();
  return (
    <header className="app-bar reader-bar">
      <div className="app-bar__inner">
        <div className="reader-bar__start">
          <button
            type="button"
            className="back-button"
            aria-label={intl.formatMessage({ id: 'appBar.backToLibrary' })}
            title={intl.formatMessage({ id: 'appBar.backToLibrary.title' })}
            onClick={onBack}
          >
            <BackIcon />
            <span className="back-button__text">
              <FormattedMessage id="appBar.library" />
            </span>
          </button>
          <HistoryButtons />
        </div>
        {article ? <ToolbarTitle title={article.title} articleRef={article.ref} /> : <span />}
        <div className="reader-bar__actions">
          {searchBox}
          {readAloudButton}
          {contentsButton}
          <AppBarActions onShowShortcuts={onShowShortcuts} withHistory={false} />
        </div>
      </div>
      {article && <ReadingProgress />}
    </header>
  );
}
