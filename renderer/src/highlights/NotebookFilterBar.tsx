import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../../../common/annotations';
import { SORT_LABELS, type NotebookFilters, type NotebookSort } from './notebook-filters';

interface Props {
  filters: NotebookFilters;
  onChange: (patch: Partial<NotebookFilters>) => void;
  tags: string[];
  /** [id, title] of each annotated article. */
  articles: Array<[string, string]>;
}

/** Colour, tag, article, sort order and a text filter over quotes, notes and tags. */
export function NotebookFilterBar({ filters, onChange, tags, articles }: Props) {
  return (
    <div className="notebook__filters">
      <label>
        Colour
        <select value={filters.kind} onChange={(e) => onChange({ kind: e.target.value })}>
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
        <select value={filters.tag} onChange={(e) => onChange({ tag: e.target.value })}>
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
        <select value={filters.articleId} onChange={(e) => onChange({ articleId: e.target.value })}>
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
        <select
          value={filters.sort}
          onChange={(e) => onChange({ sort: e.target.value as NotebookSort })}
        >
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
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </label>
    </div>
  );
}
