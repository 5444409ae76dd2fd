import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { useIntl } from 'react-intl';
import type { Article } from '../../../common/model';
import { useNotify } from '../hooks/useNotices';
import { useSettings } from '../hooks/useSettings';
import { interfaceText } from '../i18n/interface-text';
import type { ShortcutHandlers } from '../lib/shortcuts';
import { ReadAloudController, type ReadAloudView } from './read-aloud-controller';
import { ReadingScript } from './reading-script';
import { platformSpeech } from './speech-engine';
import { sharedVoiceStore } from './useVoices';
import { platformOf } from './voices';

type ReadAloudShortcuts = Pick<
  ShortcutHandlers<'reader'>,
  | 'read-aloud'
  | 'read-aloud-next-sentence'
  | 'read-aloud-previous-sentence'
  | 'read-aloud-next-section'
  | 'read-aloud-previous-section'
>;

export interface ReadAloud {
  controller: ReadAloudController;
  view: ReadAloudView;
  shortcuts: ReadAloudShortcuts;
}

/**
 * Read aloud for the open article. Reading stops when the article is left;
 * a change of speed or voice applies from the word being read.
 */
export function useReadAloud(
  article: Article,
  articleRef: RefObject<HTMLElement | null>,
): ReadAloud {
  const notify = useNotify();
  const { settings } = useSettings();
  const intl = useIntl();
  const text = useMemo(() => interfaceText(intl), [intl]);
  const latest = useRef({ settings, notify, text });
  useLayoutEffect(() => {
    latest.current = { settings, notify, text };
  });

  const controller = useMemo(
    () =>
      new ReadAloudController({
        script: new ReadingScript(article.blocks, article.language),
        root: () => articleRef.current,
        settings: () => latest.current.settings,
        notify: (message) => latest.current.notify(message),
        text: () => latest.current.text,
        voices: sharedVoiceStore(),
        speech: platformSpeech(),
        platform: platformOf(navigator.userAgent),
      }),
    [article, articleRef],
  );

  useEffect(() => controller.connect(), [controller]);

  const { speechRate, speechVoice } = settings;
  const applied = useRef({ speechRate, speechVoice });
  useEffect(() => {
    if (applied.current.speechRate === speechRate && applied.current.speechVoice === speechVoice)
      return;
    applied.current = { speechRate, speechVoice };
    controller.settingsChanged();
  }, [controller, speechRate, speechVoice]);

  const view = useSyncExternalStore(controller.subscribe, controller.getView);

  const shortcuts = useMemo<ReadAloudShortcuts>(
    () => ({
      'read-aloud': () => void controller.toggle(),
      'read-aloud-next-sentence': () => controller.skipSentence(1),
      'read-aloud-previous-sentence': () => controller.skipSentence(-1),
      'read-aloud-next-section': () => controller.skipSection(1),
      'read-aloud-previous-section': () => controller.skipSection(-1),
    }),
    [controller],
  );

  return { controller, view, shortcuts };
}
