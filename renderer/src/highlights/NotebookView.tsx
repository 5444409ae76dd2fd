import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import './highlights.css';
import { COLOR_LABELS, isOrphan, type Annotation } from '../../../common/annotations';
import { AppBarActions } from '../components/AppBarActions';
import { BackIcon } from '../components/Icons';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useShortcuts } from '../hooks/useShortcuts';
import { focusWithoutScrolling } from '../lib/focus';
import { formatCount, formatDay } from '../lib/format';
import { articleHref, libraryHref, navigateTo } from '../lib/routes';
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
  useDocumentTitle('Notebook');
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
              Go to passage
            </a>
          )}
          <button
            type="button"
            className="text-button"
            aria-expanded={editing === a.id}
            onClick={() => setEditing(editing === a.id ? null : a.id)}
          >
            Edit
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
            aria-label="Back to library"
            onClick={() => navigateTo(libraryHref())}
          >
            <BackIcon />
            <span className="back-button__text">Library</span>
          </button>
          <span />
          <AppBarActions onShowShortcuts={onShowShortcuts} />
        </div>
      </header>
      <main id="main">
        <section className="notebook" aria-label="Notebook">
          <div className="notebook__header">
            <h1 className="notebook__title" ref={headingRef}>
              Notebook
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
              Deleted.{' '}
              <button
                type="button"
                className="text-button"
                onClick={() => void mutations.undoDelete()}
              >
                Undo
              </button>
            </p>
          )}
          {!notebook.loaded ? null : all.length === 0 ? (
            <div className="notebook__empty">
              <p>Nothing saved yet.</p>
              <p>
                Select text in an article and choose Highlight (or press h), or press b to bookmark
                the paragraph you are reading. Everything you mark is gathered here.
              </p>
              <p>
                <a className="text-button" href={libraryHref()}>
                  Open the library
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
                  ? formatCount(all.length, 'passage')
                  : `${formatCount(visible.length, 'passage')} of ${numberOf(all.length)}`}
              </p>
              {visible.length === 0 && (
                <p className="notebook__empty">
                  Nothing matches these filters.{' '}
                  <button
                    type="button"
                    className="text-button"
                    onClick={() => setFilters(NO_FILTERS)}
                  >
                    Show everything
                  </button>
                </p>
              )}
              <ol className="notebook__list">{anchored.map(entry)}</ol>
              {unanchored.length > 0 && (
                <section aria-labelledby="notebook-unanchored">
                  <h2 id="notebook-unanchored">Unanchored</h2>
                  <p className="notebook__summary">
                    Their article is gone or its text changed too much to find these passages again.
                    The saved quotes are kept here.
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
  const note = anchoringNote(a);
  return (
    <>
      {a.kind === 'bookmark' ? 'Bookmark' : `${COLOR_LABELS[a.color]} highlight`} in{' '}
      <cite>{a.articleTitle}</cite>, {formatDay(a.createdAt)}
      {note ? ` · ${note}` : ''}
    </>
  );
}

const numberOf = (count: number) => new Intl.NumberFormat().format(count);
