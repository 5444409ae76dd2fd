import { useEffect } from 'react';

const APP_NAME = 'Offline Reader';

/** The window title names what is on screen: "Article title — Offline Reader". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — ${APP_NAME}` : APP_NAME;
  }, [title]);
}
