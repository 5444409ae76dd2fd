import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Settings, SettingsPatch } from '../../../common/settings';
import { InterfaceIntlProvider, createInterfaceIntl } from '../i18n/I18nProvider';
import { describeError, logIfUnexpected } from '../lib/api';
import { useApi } from './useApi';
import { useNotify } from './useNotices';

interface SettingsContextValue {
  settings: Settings;
  /** Applies at once, then persists; the saved answer becomes the truth. */
  updateSettings: (patch: SettingsPatch) => void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export function SettingsProvider({
  initial,
  children,
}: {
  initial: Settings;
  children: ReactNode;
}) {
  const api = useApi();
  const notify = useNotify();
  const [settings, setSettings] = useState(initial);
  // The interface's language is a setting: everything under the settings
  // speaks it, and switching applies at once, with no reload.
  const interfaceIntl = useMemo(
    () => createInterfaceIntl(navigator.languages, settings.interfaceLanguage),
    [settings.interfaceLanguage],
  );
  const { intl } = interfaceIntl;
  // Quick repeated changes (pressing + three times) send three saves; only
  // the answer to the latest may overwrite what the screen shows.
  const latestRequest = useRef(0);

  const updateSettings = useCallback(
    (patch: SettingsPatch) => {
      setSettings((current) => ({ ...current, ...patch }));
      const request = ++latestRequest.current;
      api.updateSettings(patch).then(
        (saved) => {
          if (request === latestRequest.current) setSettings(saved);
        },
        (error: unknown) => {
          logIfUnexpected(error);
          notify(
            intl.formatMessage(
              { id: 'settings.saveFailed' },
              { message: describeError(error).message },
            ),
          );
        },
      );
    },
    [api, notify, intl],
  );

  useApplyThemeToDocument(settings.theme);

  const value = useMemo(() => ({ settings, updateSettings }), [settings, updateSettings]);
  return (
    <SettingsContext.Provider value={value}>
      <InterfaceIntlProvider value={interfaceIntl}>{children}</InterfaceIntlProvider>
    </SettingsContext.Provider>
  );
}

/** The theme lives on <html> so every surface, dialogs included, follows it before paint. */
function useApplyThemeToDocument(theme: Settings['theme']): void {
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings is used outside <SettingsProvider>.');
  return value;
}
