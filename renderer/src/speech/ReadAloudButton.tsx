import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogues';
import type { ReadAloudController, ReadAloudView } from './read-aloud-controller';
import { PauseIcon, SpeakerIcon } from './ReadAloudIcons';
import { interfaceText } from '../i18n/interface-text';
import { useVoices } from './useVoices';
import { platformOf, unavailableMessage } from './voices';

const LABELS: Record<ReadAloudView['status'], MessageId> = {
  stopped: 'readAloud.start',
  playing: 'readAloud.pause',
  paused: 'readAloud.resume',
};

/**
 * The reader bar's play/pause button. Where nothing can speak it stays a
 * button: pressing it says why, and its tooltip says so beforehand.
 */
export function ReadAloudButton({
  controller,
  view,
}: {
  controller: ReadAloudController;
  view: ReadAloudView;
}) {
  const intl = useIntl();
  const voices = useVoices();
  const label = intl.formatMessage({ id: LABELS[view.status] });
  const unavailable =
    voices.status === 'no-speech' || voices.status === 'no-voice'
      ? unavailableMessage(voices.status, platformOf(navigator.userAgent), interfaceText(intl))
      : null;
  return (
    <button
      ref={controller.buttonRef}
      type="button"
      className="icon-button"
      aria-label={label}
      title={unavailable ?? intl.formatMessage({ id: 'readAloud.withKey' }, { label, key: 'r' })}
      // A click must not clear the selection reading starts from.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void controller.toggle()}
    >
      {view.status === 'playing' ? <PauseIcon /> : <SpeakerIcon />}
    </button>
  );
}
