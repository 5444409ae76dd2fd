import type { ReactNode } from 'react';
import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../../../common/annotations';
import { SearchIcon } from '../components/Icons';
import { SORT_LABELS, type NotebookFilters, type NotebookSort } from './notebook-filters';

interface Props {
  filters: NotebookFilters;
  onChange: (patch: Partial<NotebookFilters>) => void;
  tags: string[];
  /** [id, title] of each annotated article. */
  articles: Array<[string, string]>;
}

/** A labelled select drawn like the library's. */
function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="notebook-filter">
      <span className="select-label__text">{label}</span>
      <span className="select-wrap">
        <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      </span>
    </label>
  );
}

/** A text filter over quotes, notes and tags, then colour, tag, article and sort order. */
export function NotebookFilterBar({ filters, onChange, tags, articles }: Props) {
  return (
    <div className="notebook__filters">
      <div className="field notebook__find">
        <SearchIcon />
        <input
          className="field__input"
          type="search"
          aria-label="Find in notes"
          placeholder="Find in quotes, notes and tags"
          value={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </div>
      <Select label="Colour" value={filters.kind} onChange={(kind) => onChange({ kind })}>
        <option value="">All</option>
        {HIGHLIGHT_COLORS.map((c) => (
          <option key={c} value={c}>
            {COLOR_LABELS[c]}
          </option>
        ))}
        <option value="bookmark">Bookmarks</option>
      </Select>
      <Select label="Tag" value={filters.tag} onChange={(tag) => onChange({ tag })}>
        <option value="">All tags</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </Select>
      <Select
        label="Article"
        value={filters.articleId}
        onChange={(articleId) => onChange({ articleId })}
      >
        <option value="">All articles</option>
        {articles.map(([id, title]) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </Select>
      <Select
        label="Sort"
        value={filters.sort}
        onChange={(sort) => onChange({ sort: sort as NotebookSort })}
      >
        {Object.entries(SORT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </div>
  );
}
