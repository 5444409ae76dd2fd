import type { ReadAloudController, ReadAloudView } from './read-aloud-controller';
import { PauseIcon, SpeakerIcon } from './ReadAloudIcons';
import { useVoices } from './useVoices';
import { platformOf, unavailableMessage } from './voices';

const LABELS = {
  stopped: 'Read aloud',
  playing: 'Pause reading aloud',
  paused: 'Resume reading aloud',
} as const;

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
  const voices = useVoices();
  const label = LABELS[view.status];
  const unavailable =
    voices.status === 'no-speech' || voices.status === 'no-voice'
      ? unavailableMessage(voices.status, platformOf(navigator.userAgent))
      : null;
  return (
    <button
      ref={controller.buttonRef}
      type="button"
      className="icon-button"
      aria-label={label}
      title={unavailable ?? `${label} (r)`}
      // A click must not clear the selection reading starts from.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void controller.toggle()}
    >
      {view.status === 'playing' ? <PauseIcon /> : <SpeakerIcon />}
    </button>
  );
}
