// The playback bar while reading aloud: sections and sentences back and
// forth, pause or resume, stop. Its status line is a polite live region that
// changes with the state and the section, never with each sentence, so a
// screen reader is told where reading is without talking over it.
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import './read-aloud.css';
import type { ReadAloudController, ReadAloudView } from './read-aloud-controller';
import {
  NextSectionIcon,
  NextSentenceIcon,
  PauseIcon,
  PlayIcon,
  PreviousSectionIcon,
  PreviousSentenceIcon,
  StopIcon,
} from './ReadAloudIcons';

export function ReadAloudBar({
  controller,
  view,
}: {
  controller: ReadAloudController;
  view: ReadAloudView;
}) {
  const intl = useIntl();
  if (view.status === 'stopped') return null;
  const playing = view.status === 'playing';
  return (
    <section
      ref={controller.barRef}
      className="read-aloud-bar"
      aria-label={intl.formatMessage({ id: 'readAloud.start' })}
    >
      <p className="read-aloud-bar__status" role="status">
        <span className="read-aloud-bar__state">
          {intl.formatMessage({
            id: playing ? 'readAloud.state.playing' : 'readAloud.state.paused',
          })}
        </span>
        {view.section && (
          <>
            <span className="visually-hidden">
              {intl.formatMessage({ id: 'readAloud.state.separator' })}{' '}
            </span>
            <span className="read-aloud-bar__section">{view.section}</span>
          </>
        )}
      </p>
      <div className="read-aloud-bar__controls">
        <BarButton
          label={intl.formatMessage({ id: 'readAloud.previousSection' })}
          keyHint="["
          onClick={() => controller.skipSection(-1)}
        >
          <PreviousSectionIcon />
        </BarButton>
        <BarButton
          label={intl.formatMessage({ id: 'readAloud.previousSentence' })}
          keyHint=","
          onClick={() => controller.skipSentence(-1)}
        >
          <PreviousSentenceIcon />
        </BarButton>
        <BarButton
          label={intl.formatMessage({
            id: playing ? 'readAloud.bar.pause' : 'readAloud.bar.resume',
          })}
          keyHint="r"
          className="read-aloud-bar__play"
          onClick={() => void controller.toggle()}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </BarButton>
        <BarButton
          label={intl.formatMessage({ id: 'readAloud.nextSentence' })}
          keyHint="."
          onClick={() => controller.skipSentence(1)}
        >
          <NextSentenceIcon />
        </BarButton>
        <BarButton
          label={intl.formatMessage({ id: 'readAloud.nextSection' })}
          keyHint="]"
          onClick={() => controller.skipSection(1)}
        >
          <NextSectionIcon />
        </BarButton>
        <BarButton
          label={intl.formatMessage({ id: 'readAloud.stop' })}
          keyHint={intl.formatMessage({ id: 'key.escape' })}
          onClick={controller.stop}
        >
          <StopIcon />
        </BarButton>
      </div>
    </section>
  );
}

function BarButton({
  label,
  keyHint,
  className,
  onClick,
  children,
}: {
  label: string;
  keyHint: string;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  return (
    <button
      type="button"
      className={`icon-button${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={intl.formatMessage({ id: 'readAloud.withKey' }, { label, key: keyHint })}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
