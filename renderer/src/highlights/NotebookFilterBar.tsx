import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { HIGHLIGHT_COLORS } from '../../../common/annotations';
import { SearchIcon } from '../components/Icons';
import type { MessageId } from '../i18n/catalogues';
import { COLOR_LABEL_IDS } from './color-labels';
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
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  return (
    <div className="notebook__filters">
      <div className="field notebook__find">
        <SearchIcon />
        <input
          className="field__input"
          type="search"
          aria-label={t('notebook.filter.find')}
          placeholder={t('notebook.filter.find.placeholder')}
          value={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </div>
      <Select
        label={t('highlight.colour')}
        value={filters.kind}
        onChange={(kind) => onChange({ kind })}
      >
        <option value="">{t('notebook.filter.all')}</option>
        {HIGHLIGHT_COLORS.map((c) => (
          <option key={c} value={c}>
            {t(COLOR_LABEL_IDS[c])}
          </option>
        ))}
        <option value="bookmark">{t('notebook.filter.bookmarks')}</option>
      </Select>
      <Select
        label={t('notebook.filter.tag')}
        value={filters.tag}
        onChange={(tag) => onChange({ tag })}
      >
        <option value="">{t('library.filter.allTags')}</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </Select>
      <Select
        label={t('notebook.filter.article')}
        value={filters.articleId}
        onChange={(articleId) => onChange({ articleId })}
      >
        <option value="">{t('notebook.filter.allArticles')}</option>
        {articles.map(([id, title]) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </Select>
      <Select
        label={t('notebook.filter.sort')}
        value={filters.sort}
        onChange={(sort) => onChange({ sort: sort as NotebookSort })}
      >
        {Object.entries(SORT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {t(label)}
          </option>
        ))}
      </Select>
    </div>
  );
}
