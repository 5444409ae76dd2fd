import type { KeyboardEvent, RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LanguageCount, TagCount } from '../../../common/library';
import { languageName } from '../lib/language-names';
import { LIBRARY_SORTS, LIBRARY_SORT_LABELS, type LibrarySort } from '../lib/settings-options';
import { CloseIcon, FilterIcon } from './Icons';

interface Props {
  filterText: string;
  onFilterTextChange: (text: string) => void;
  tag: string | null;
  tags: readonly TagCount[];
  onTagChange: (tag: string | null) => void;
  language: string | null;
  /** The collection's languages: the language filter is shown when there are two or more. */
  languages: readonly LanguageCount[];
  onLanguageChange: (language: string | null) => void;
  sort: LibrarySort;
  onSortChange: (sort: LibrarySort) => void;
  filterInputRef: RefObject<HTMLInputElement | null>;
  /** Arrow down from the filter field continues into the list. */
  onLeaveToList: () => void;
}

export function LibraryToolbar({
  filterText,
  onFilterTextChange,
  tag,
  tags,
  onTagChange,
  language,
  languages,
  onLanguageChange,
  sort,
  onSortChange,
  filterInputRef,
  onLeaveToList,
}: Props) {
  const intl = useIntl();
  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onLeaveToList();
    } else if (event.key === 'Escape' && filterText) {
      event.preventDefault();
      event.stopPropagation();
      onFilterTextChange('');
    }
  };

  // A language chosen before the collection was reloaded without it stays
  // on the list, with none, so the reader sees why the list is empty and can
  // choose again.
  const languageOptions =
    language === null || languages.some((entry) => entry.language === language)
      ? languages
      : [...languages, { language, count: 0 }];

  return (
    <div className="library-toolbar">
      <div className="field field--filter">
        <FilterIcon />
        <input
          ref={filterInputRef}
          className="field__input"
          type="text"
          aria-label={intl.formatMessage({ id: 'library.filter.label' })}
          placeholder={intl.formatMessage({ id: 'library.filter.placeholder' })}
          autoComplete="off"
          spellCheck={false}
          value={filterText}
          onChange={(event) => onFilterTextChange(event.target.value)}
          onKeyDown={onFilterKeyDown}
        />
        {filterText && (
          <button
            type="button"
            className="field__clear"
            aria-label={intl.formatMessage({ id: 'library.filter.clear' })}
            onClick={() => {
              onFilterTextChange('');
              filterInputRef.current?.focus();
            }}
          >
            <CloseIcon />
          </button>
        )}
      </div>
      <div className="library-toolbar__selects">
        {tags.length > 0 && (
          <span className="select-wrap">
            <select
              className="select"
              aria-label={intl.formatMessage({ id: 'library.filter.tag' })}
              value={tag ?? ''}
              onChange={(event) => onTagChange(event.target.value || null)}
            >
              <option value="">{intl.formatMessage({ id: 'library.filter.allTags' })}</option>
              {tags.map(({ tag: name, count }) => (
                <option value={name} key={name}>
                  {intl.formatMessage({ id: 'library.filter.option' }, { name, count })}
                </option>
              ))}
            </select>
          </span>
        )}
        {languageOptions.length > 1 && (
          <span className="select-wrap">
            <select
              className="select"
              aria-label={intl.formatMessage({ id: 'library.filter.language' })}
              value={language ?? ''}
              onChange={(event) => onLanguageChange(event.target.value || null)}
            >
              <option value="">{intl.formatMessage({ id: 'library.filter.allLanguages' })}</option>
              {languageOptions.map(({ language: tag, count }) => (
                <option value={tag} key={tag}>
                  {intl.formatMessage(
                    { id: 'library.filter.option' },
                    { name: languageName(tag, intl.locale), count },
                  )}
                </option>
              ))}
            </select>
          </span>
        )}
        <label className="select-label">
          <span className="select-label__text">
            <FormattedMessage id="library.sort" />
          </span>
          <span className="select-wrap">
            <select
              className="select"
              value={sort}
              onChange={(event) => onSortChange(event.target.value as LibrarySort)}
            >
              {LIBRARY_SORTS.map((option) => (
                <option value={option} key={option}>
                  {intl.formatMessage({ id: LIBRARY_SORT_LABELS[option] })}
                </option>
              ))}
            </select>
          </span>
        </label>
      </div>
    </div>
  );
}
