import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's distance from the top of the document, kept current when
 * anything resizes (the toolbar above it wraps on narrow windows).
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const resizes = new ResizeObserver(measure);
    resizes.observe(document.body);
    return () => resizes.disconnect();
  }, [ref]);
  return top;
}
