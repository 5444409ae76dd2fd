import { useEffect } from 'react';
import { PRODUCT_NAME as APP_NAME } from '../lib/product';

/** The window title names what is on screen: "Article title — <product name>". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — ${APP_NAME}` : APP_NAME;
  }, [title]);
}
