import { useState, type RefObject } from 'react';
import { useScrollFrame } from '../hooks/useScrollFrame';
import { readingLineOffset } from '../lib/layout';

/**
 * The article's title in the top bar, shown once the real title has
 * scrolled away. Hidden from assistive technology: it repeats the h1.
 */
export function ToolbarTitle({
  title,
  articleRef,
}: {
  title: string;
  articleRef: RefObject<HTMLElement | null>;
}) {
  const [shown, setShown] = useState(false);
  useScrollFrame(() => {
    const heading = articleRef.current?.querySelector('h1');
    setShown(heading ? heading.getBoundingClientRect().bottom < readingLineOffset() : false);
  });
  return (
    <p
      className={`reader-bar__title${shown ? ' reader-bar__title--shown' : ''}`}
      aria-hidden="true"
    >
      {title}
    </p>
  );
}
