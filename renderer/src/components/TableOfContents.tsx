import { FormattedMessage, useIntl } from 'react-intl';
import { useCallback, useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import type { TocEntry } from '../../../common/model';
import { blockDirection, type TextDirection } from '../../../common/text-direction';
import { useScrollGeometry } from '../hooks/useScrollGeometry';
import { readingLineOffset } from '../lib/layout';
import { blockElements, findBlockElement, pageProgress } from '../lib/reading-position';
import { articleHref } from '../lib/routes';
import { sectionAt } from '../lib/scroll-geometry';
import { goToBlock } from '../lib/scroll';

interface Props {
  articleId: string;
  entries: readonly TocEntry[];
  /**
   * The article's direction: its headings read that way here too, while
   * the sidebar and its "Contents" title are the interface's.
   */
  direction?: TextDirection;
  articleRef: RefObject<HTMLElement | null>;
  id?: string;
  /** Called after a jump, e.g. to close the drawer the contents sit in. */
  onNavigate?: () => void;
}

/** A heading counts as passed a little below the line, so one just jumped to is current. */
const PASSED_SLACK_PX = 8;

/**
 * The section whose heading last passed the reading line, read from the
 * layout once, so an opening drawer starts at the current section.
 */
function currentSection(root: HTMLElement, entries: readonly TocEntry[]): string | null {
  const line = readingLineOffset() + PASSED_SLACK_PX;
  let current: string | null = null;
  for (const entry of entries) {
    const top = findBlockElement(root, entry.blockId)?.getBoundingClientRect().top;
    if (top === undefined) continue;
    if (top <= line) current = entry.blockId;
    // At the very end a short last section never reaches the line: the
    // last heading on screen is what the reader is looking at.
    else if (pageProgress() >= 0.999 && top < window.innerHeight) current = entry.blockId;
    else break;
  }
  return current;
}

/** The article's headings as links; the section being read is marked as the current location. */
export function TableOfContents({
  articleId,
  entries,
  direction = 'ltr',
  articleRef,
  id,
  onNavigate,
}: Props) {
  const intl = useIntl();
  // Known from the first render, so an opening drawer can start at the current section.
  const [currentId, setCurrentId] = useState(() =>
    articleRef.current ? currentSection(articleRef.current, entries) : null,
  );
  const navRef = useRef<HTMLElement>(null);

  // The headings' elements, found in one pass (a lookup per entry would scan
  // the whole article each time), and again only while the article is still
  // filling in (ArticleBody) and some are not there yet.
  const headings = useRef<{ blockIds: string[]; elements: Element[] } | null>(null);
  const headingElements = useCallback(() => {
    const root = articleRef.current;
    if (!root) return [];
    if (!headings.current || headings.current.blockIds.length < entries.length) {
      const byId = new Map(
        blockElements(root).map((element) => [element.dataset.blockId, element]),
      );
      const found = entries.filter((entry) => byId.has(entry.blockId));
      headings.current = {
        blockIds: found.map((entry) => entry.blockId),
        elements: found.map((entry) => byId.get(entry.blockId)!),
      };
    }
    return headings.current.elements;
  }, [articleRef, entries]);
  useScrollGeometry(headingElements, (geometry, scrollY) => {
    const index = sectionAt(geometry, scrollY, window.innerHeight, PASSED_SLACK_PX);
    setCurrentId(headings.current?.blockIds[index] ?? null);
  });

  // Keep the current entry visible when the contents are longer than the window.
  // (Not scrollIntoView: that would also scroll the article being read.)
  useEffect(() => {
    const nav = navRef.current;
    const link = nav?.querySelector<HTMLElement>('[aria-current]');
    if (!nav || !link) return;
    const navBox = nav.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    if (linkBox.top < navBox.top) nav.scrollTop -= navBox.top - linkBox.top + 16;
    else if (linkBox.bottom > navBox.bottom) nav.scrollTop += linkBox.bottom - navBox.bottom + 16;
  }, [currentId]);

  const jump = (event: MouseEvent, blockId: string) => {
    const root = articleRef.current;
    if (!root) return;
    event.preventDefault();
    onNavigate?.();
    if (goToBlock(root, blockId)) setCurrentId(blockId);
  };

  return (
    <nav
      className="toc"
      aria-label={intl.formatMessage({ id: 'reader.contents.label' })}
      id={id}
      ref={navRef}
    >
      <p className="toc__title" aria-hidden="true">
        <FormattedMessage id="reader.contents" />
      </p>
      <ol className="toc__list" dir={direction}>
        {entries.map((entry) => (
          <li
            className={`toc__item toc__item--level-${Math.max(2, entry.level)}`}
            key={entry.blockId}
          >
            <a
              className="toc__link"
              href={articleHref(articleId, entry.blockId)}
              aria-current={entry.blockId === currentId ? 'location' : undefined}
              onClick={(event) => jump(event, entry.blockId)}
            >
              <EntryText text={entry.text} direction={direction} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * A heading that runs against the article reads its own way, isolated from
 * the list's; the entry stays aligned and ruled like the others.
 */
function EntryText({ text, direction }: { text: string; direction: TextDirection }) {
  const dir = blockDirection(text, direction);
  return dir ? <span dir={dir}>{text}</span> : text;
}
