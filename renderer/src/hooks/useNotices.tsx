import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

interface Notice {
  id: number;
  text: string;
}

type Notify = (text: string) => void;

const NoticeContext = createContext<Notify | null>(null);

/** How long a notice stays on screen: long enough to read two lines. */
const NOTICE_MS = 7000;

/**
 * Brief messages about things that went wrong in the background (a setting
 * or a reading position that could not be saved), so no failure is silent.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);

  const notify = useCallback<Notify>(
    (text) => {
      const id = ++nextId.current;
      setNotices((current) =>
        current.some((notice) => notice.text === text) ? current : [...current, { id, text }],
      );
      window.setTimeout(() => dismiss(id), NOTICE_MS);
    },
    [dismiss],
  );

  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((notice) => (
          <div className="notice" key={notice.id}>
            <p className="notice__text">{notice.text}</p>
            <button
              type="button"
              className="notice__dismiss"
              aria-label={intl.formatMessage({ id: 'highlight.dismiss' })}
              onClick={() => dismiss(notice.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify is used outside <NoticeProvider>.');
  return notify;
}
