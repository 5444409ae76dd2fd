import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import './highlights.css';
import { isOrphan, type Annotation } from '../../../common/annotations';
import { AppBarActions } from '../components/AppBarActions';
import { BackIcon } from '../components/Icons';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useShortcuts } from '../hooks/useShortcuts';
import { focusWithoutScrolling } from '../lib/focus';
import { formatDay } from '../lib/format';
import { articleHref, libraryHref, navigateTo } from '../lib/routes';
import { interfaceText } from '../i18n/interface-text';
import { AnnotationListItem, leaveItemField } from './AnnotationListItem';
import {
  NO_FILTERS,
  anchoringNote,
  annotatedArticles,
  notebookSections,
  tagsInUse,
  type NotebookFilters,
} from './notebook-filters';
import { NotebookFilterBar } from './NotebookFilterBar';
import { NotebookTransfer } from './NotebookTransfer';
import { useAnnotationMutations } from './useAnnotationMutations';
import { useNotebook } from './useNotebook';

/** Every highlight, note and bookmark of the library, with filters, export and import. */
export function NotebookView({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'notebook.title' }));
  // The window keeps the previous view's scroll offset; the notebook starts at its top.
  // Focus starts on the heading, so a screen reader announces the Notebook.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
    focusWithoutScrolling(headingRef.current);
  }, []);
  const notebook = useNotebook();
  const mutations = useAnnotationMutations(notebook.setItems);
  const [filters, setFilters] = useState<NotebookFilters>(NO_FILTERS);
  const [editing, setEditing] = useState<string | null>(null);

  const all = notebook.items;
  const tags = useMemo(() => tagsInUse(all), [all]);
  const articles = useMemo(() => annotatedArticles(all), [all]);
  const { visible, anchored, unanchored } = useMemo(
    () => notebookSections(all, filters),
    [all, filters],
  );

  // Esc in a note or tag field leaves the field first (the page-wide keys
  // ignore fields); then Esc closes the open editor, then leaves the Notebook.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    if (leaveItemField(event.target)) event.preventDefault();
  };
  useShortcuts('notebook', {
    'leave-notebook': (event) => {
      if (event.key === 'Escape' && editing) {
        const item = document.querySelector(`[data-annotation-id="${CSS.escape(editing)}"]`);
        setEditing(null);
        item?.querySelector<HTMLElement>('.annotation-item__quote')?.focus();
        return;
      }
      navigateTo(libraryHref());
    },
  });

  const entry = (a: Annotation) => (
    <AnnotationListItem
      key={a.id}
      annotation={a}
      expanded={editing === a.id}
      onToggle={() => setEditing(editing === a.id ? null : a.id)}
      onChange={(patch) => void mutations.update(a.id, patch)}
      onDelete={() => void mutations.remove(a.id)}
      meta={<AnnotationMeta annotation={a} />}
      actions={
        <>
          {!isOrphan(a) && (
            <a className="text-button" href={articleHref(a.articleId, a.anchor.startBlockId)}>
              <FormattedMessage id="notebook.item.goTo" />
            </a>
          )}
          <button
            type="button"
            className="text-button"
            aria-expanded={editing === a.id}
            onClick={() => setEditing(editing === a.id ? null : a.id)}
          >
            <FormattedMessage id="notebook.item.edit" />
          </button>
        </>
      }
    />
  );

  return (
    <div className="notebook-page" onKeyDown={onKeyDown}>
      <header className="app-bar">
        <div className="app-bar__inner">
          <button
            type="button"
            className="back-button"
            aria-label={intl.formatMessage({ id: 'appBar.backToLibrary' })}
            onClick={() => navigateTo(libraryHref())}
          >
            <BackIcon />
            <span className="back-button__text">
              <FormattedMessage id="appBar.library" />
            </span>
          </button>
          <span />
          <AppBarActions onShowShortcuts={onShowShortcuts} />
        </div>
      </header>
      <main id="main">
        <section className="notebook" aria-label={intl.formatMessage({ id: 'notebook.title' })}>
          <div className="notebook__header">
            <h1 className="notebook__title" ref={headingRef}>
              <FormattedMessage id="notebook.title" />
            </h1>
            <NotebookTransfer
              articleId={filters.articleId}
              empty={notebook.loaded && all.length === 0}
              onImported={notebook.reload}
            />
          </div>
          {notebook.status?.unavailable && (
            <p className="notice notebook__recovery" role="alert">
              {notebook.status.unavailable.message}
            </p>
          )}
          {notebook.status?.recovery && (
            <p className="notice notebook__recovery" role="alert">
              {notebook.status.recovery.message}
            </p>
          )}
          {mutations.lastDeleted && (
            <p className="notebook__summary" role="status">
              <FormattedMessage id="notebook.deleted" />{' '}
              <button
                type="button"
                className="text-button"
                onClick={() => void mutations.undoDelete()}
              >
                <FormattedMessage id="notebook.undo" />
              </button>
            </p>
          )}
          {!notebook.loaded ? null : all.length === 0 ? (
            <div className="notebook__empty">
              <p>
                <FormattedMessage id="notebook.empty.title" />
              </p>
              <p>
                <FormattedMessage id="notebook.empty.body" />
              </p>
              <p>
                <a className="text-button" href={libraryHref()}>
                  <FormattedMessage id="notebook.empty.openLibrary" />
                </a>
              </p>
            </div>
          ) : (
            <>
              <NotebookFilterBar
                filters={filters}
                onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
                tags={tags}
                articles={articles}
              />
              <p className="notebook__count" role="status">
                {visible.length === all.length
                  ? intl.formatMessage({ id: 'notebook.count.all' }, { count: all.length })
                  : intl.formatMessage(
                      { id: 'notebook.count.filtered' },
                      { shown: visible.length, count: all.length },
                    )}
              </p>
              {visible.length === 0 && (
                <p className="notebook__empty">
                  <FormattedMessage id="notebook.noMatch" />{' '}
                  <button
                    type="button"
                    className="text-button"
                    onClick={() => setFilters(NO_FILTERS)}
                  >
                    <FormattedMessage id="notebook.noMatch.clear" />
                  </button>
                </p>
              )}
              <ol className="notebook__list">{anchored.map(entry)}</ol>
              {unanchored.length > 0 && (
                <section aria-labelledby="notebook-unanchored">
                  <h2 id="notebook-unanchored">
                    <FormattedMessage id="notebook.unanchored.title" />
                  </h2>
                  <p className="notebook__summary">
                    <FormattedMessage id="notebook.unanchored.body" />
                  </p>
                  <ol className="notebook__list">{unanchored.map(entry)}</ol>
                </section>
              )}
            </>
          )}
        </section>
      </main>
    </div>
  );
}

/** "Blue highlight in Tea, Dec 2, 2026 · moved with its text when the article changed". */
function AnnotationMeta({ annotation: a }: { annotation: Annotation }) {
  const intl = useIntl();
  const note = anchoringNote(a, interfaceText(intl));
  return (
    <>
      <FormattedMessage
        id="notebook.item.meta"
        values={{
          kind: a.kind === 'bookmark' ? 'bookmark' : a.color,
          title: a.articleTitle,
          date: formatDay(intl, a.createdAt),
          cite: (chunks) => <cite>{chunks}</cite>,
        }}
      />
      {note ? ` · ${note}` : ''}
    </>
  );
}
