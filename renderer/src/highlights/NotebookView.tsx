import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ChangeEvent,
} from 'react';
import './highlights.css';
import {
  COLOR_LABELS,
  HIGHLIGHT_COLORS,
  isOrphan,
  type Annotation,
  type AnnotationsStatus,
} from '../../../common/annotations';
import { byPlace } from '../../../common/notebook-export';
import { AppBarActions } from '../components/AppBarActions';
import { BackIcon } from '../components/Icons';
import { useApi } from '../hooks/useApi';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useNotify } from '../hooks/useNotices';
import { articleHref, libraryHref, navigateTo } from '../lib/routes';
import { AnnotationEditor } from './AnnotationEditor';
import { downloadExport } from './download';

type Sort = 'newest' | 'oldest' | 'place';
const SORT_LABELS: Record<Sort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  place: 'Article and place',
};

interface Filters {
  kind: string;
  tag: string;
  articleId: string;
  text: string;
  sort: Sort;
}
const NO_FILTERS: Filters = { kind: '', tag: '', articleId: '', text: '', sort: 'newest' };

function matches(a: Annotation, f: Filters): boolean {
  if (f.kind === 'bookmark' && a.kind !== 'bookmark') return false;
  if (f.kind && f.kind !== 'bookmark' && (a.kind !== 'highlight' || a.color !== f.kind))
    return false;
  if (f.tag && !a.tags.includes(f.tag)) return false;
  if (f.articleId && a.articleId !== f.articleId) return false;
  if (f.text) {
    const needle = f.text.toLocaleLowerCase();
    // Quotes, notes and tags: the article has its own filter.
    const haystack = [a.anchor.quote.exact, a.note, ...a.tags].join('\n').toLocaleLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

function sorted(list: Annotation[], sort: Sort): Annotation[] {
  const copy = [...list];
  if (sort === 'newest') return copy.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (sort === 'oldest') return copy.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return copy.sort(
    (a, b) =>
      a.articleTitle.localeCompare(b.articleTitle) ||
      a.articleId.localeCompare(b.articleId) ||
      byPlace(a, b),
  );
}

/** What happened when the article changed under this annotation, if anything. */
function anchoringNote(a: Annotation): string {
  switch (a.anchoring?.method) {
    case 'orphan':
      return a.anchoring.reason ? ` · ${a.anchoring.reason}` : '';
    case 'exact-nearby':
      return ' · moved with its text when the article changed';
    case 'approximate':
      return ' · the article changed; placed on the closest matching passage';
    default:
      return '';
  }
}

/** Every highlight, note and bookmark of the library, with filters, export and import. */
export function NotebookView({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const api = useApi();
  const notify = useNotify();
  useDocumentTitle('Notebook');
  // The window keeps the previous view's scroll offset; the notebook starts at its top.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [status, setStatus] = useState<AnnotationsStatus | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<string | null>(null);
  const [importSummary, setImportSummary] = useState<string | null>(null);
  const [lastDeleted, setLastDeleted] = useState<Annotation | null>(null);

  const reload = useCallback(() => {
    api.listAllAnnotations().then(setItems, (error: Error) => {
      setItems([]);
      notify(`The notebook could not be loaded: ${error.message}`);
    });
    api.getAnnotationsStatus().then(setStatus, () => undefined);
  }, [api, notify]);
  useEffect(reload, [reload]);

  const all = useMemo(() => items ?? [], [items]);
  const tags = useMemo(() => [...new Set(all.flatMap((a) => a.tags))].sort(), [all]);
  const articles = useMemo(() => {
    const titles = new Map<string, string>();
    for (const a of all) titles.set(a.articleId, a.articleTitle);
    return [...titles].sort((a, b) => a[1].localeCompare(b[1]));
  }, [all]);
  const visible = useMemo(
    () =>
      sorted(
        all.filter((a) => matches(a, filters)),
        filters.sort,
      ),
    [all, filters],
  );
  const anchored = visible.filter((a) => !isOrphan(a));
  const unanchored = visible.filter(isOrphan);

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const replace = (next: Annotation) =>
    setItems((list) => (list ?? []).map((a) => (a.id === next.id ? next : a)));

  const exportAs = (format: 'markdown' | 'web-annotation') =>
    api
      .exportAnnotations({ format, ...(filters.articleId ? { articleId: filters.articleId } : {}) })
      .then(downloadExport, (error: Error) => notify(`The export failed: ${error.message}`));

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const summary = await api.importAnnotations(await file.text());
      const parts = [
        `${summary.added} added`,
        `${summary.updated} updated`,
        `${summary.skipped} skipped`,
      ];
      setImportSummary(
        `Imported ${file.name}: ${parts.join(', ')}.${summary.problems.length ? ` ${summary.problems.join(' ')}` : ''}`,
      );
      reload();
    } catch (error) {
      setImportSummary(`${file.name} could not be imported: ${(error as Error).message}`);
    }
  };

  const remove = async (annotation: Annotation) => {
    try {
      await api.deleteAnnotation(annotation.id);
      setItems((list) => (list ?? []).filter((a) => a.id !== annotation.id));
      setLastDeleted(annotation);
    } catch (error) {
      notify(`It could not be deleted: ${(error as Error).message}`);
    }
  };
  const undo = async () => {
    if (!lastDeleted) return;
    try {
      const restored = await api.restoreAnnotation(lastDeleted);
      setItems((list) => [...(list ?? []), restored]);
      setLastDeleted(null);
    } catch (error) {
      notify(`Undo failed: ${(error as Error).message}`);
    }
  };

  const entry = (a: Annotation) => (
    <li key={a.id} className="annotation-item" data-annotation-id={a.id}>
      <div className="annotation-item__quote">
        <span
          className={`annotation-item__kind annotation-item__kind--${a.kind === 'bookmark' ? 'bookmark' : a.color}`}
          aria-hidden="true"
        />
        <blockquote className="annotation-item__text">{a.anchor.quote.exact}</blockquote>
      </div>
      {a.note !== '' && <p className="annotation-item__note">{a.note}</p>}
      {a.tags.length > 0 && (
        <p className="annotation-item__tags">{a.tags.map((t) => `#${t}`).join(' ')}</p>
      )}
      <p className="annotation-item__meta">
        {a.kind === 'bookmark' ? 'Bookmark' : `${COLOR_LABELS[a.color]} highlight`} in{' '}
        <cite>{a.articleTitle}</cite>, {new Date(a.createdAt).toLocaleDateString()}
        {anchoringNote(a)}
      </p>
      <div className="notebook__actions">
        {!isOrphan(a) && (
          <a
            className="button button--quiet"
            href={articleHref(a.articleId, a.anchor.startBlockId)}
          >
            Go to passage
          </a>
        )}
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={editing === a.id}
          onClick={() => setEditing(editing === a.id ? null : a.id)}
        >
          Edit
        </button>
      </div>
      {editing === a.id && (
        <AnnotationEditor
          annotation={a}
          onChange={(patch) =>
            void api
              .updateAnnotation(a.id, patch)
              .then(replace, (error: Error) =>
                notify(`The change could not be saved: ${error.message}`),
              )
          }
          onDelete={() => void remove(a)}
        />
      )}
    </li>
  );

  return (
    <div className="notebook-page">
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
          <h1>Notebook</h1>
          {status?.unavailable && (
            <p className="notice notebook__recovery" role="alert">
              {status.unavailable.message}
            </p>
          )}
          {status?.recovery && (
            <p className="notice notebook__recovery" role="alert">
              {status.recovery.message}
            </p>
          )}
          <div className="notebook__actions">
            <button type="button" className="button" onClick={() => void exportAs('markdown')}>
              Export Markdown
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void exportAs('web-annotation')}
            >
              Export JSON (Web Annotation)
            </button>
            <label className="button">
              Import JSON…
              <input
                type="file"
                accept=".json,application/json,application/ld+json"
                className="visually-hidden"
                aria-label="Import annotations"
                onChange={(e) => void importFile(e)}
              />
            </label>
          </div>
          {importSummary && (
            <p className="notebook__summary" role="status">
              {importSummary}
            </p>
          )}
          {lastDeleted && (
            <p className="notebook__summary" role="status">
              Deleted.{' '}
              <button type="button" className="button button--quiet" onClick={() => void undo()}>
                Undo
              </button>
            </p>
          )}
          <div className="notebook__filters">
            <label>
              Colour
              <select value={filters.kind} onChange={(e) => set({ kind: e.target.value })}>
                <option value="">All</option>
                {HIGHLIGHT_COLORS.map((c) => (
                  <option key={c} value={c}>
                    {COLOR_LABELS[c]}
                  </option>
                ))}
                <option value="bookmark">Bookmarks</option>
              </select>
            </label>
            <label>
              Tag
              <select value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
                <option value="">All tags</option>
                {tags.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Article
              <select
                value={filters.articleId}
                onChange={(e) => set({ articleId: e.target.value })}
              >
                <option value="">All articles</option>
                {articles.map(([id, title]) => (
                  <option key={id} value={id}>
                    {title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Sort
              <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as Sort })}>
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Find in notes
              <input
                type="search"
                value={filters.text}
                onChange={(e) => set({ text: e.target.value })}
              />
            </label>
          </div>
          {items === null ? null : all.length === 0 ? (
            <p className="notebook__summary">
              Nothing saved yet. Select text in an article and choose Highlight, or press b to
              bookmark a paragraph.
            </p>
          ) : (
            <>
              <p className="notebook__summary">
                {visible.length} of {all.length} shown
              </p>
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
