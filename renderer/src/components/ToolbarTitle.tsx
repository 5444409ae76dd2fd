import { useState, type RefObject } from 'react';
import { useScrollGeometry } from '../hooks/useScrollGeometry';

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
  useScrollGeometry(
    () => {
      const heading = articleRef.current?.querySelector('h1');
      return heading ? [heading] : [];
    },
    ({ bottoms, line }, scrollY) => {
      const bottom = bottoms[0];
      setShown(bottom !== undefined && bottom - scrollY < line);
    },
  );
  return (
    <p
      className={`reader-bar__title${shown ? ' reader-bar__title--shown' : ''}`}
      aria-hidden="true"
    >
      {title}
    </p>
  );
}
