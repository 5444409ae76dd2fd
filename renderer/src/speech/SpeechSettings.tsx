// The reading settings' Read aloud group: speed and voice, saved like every
// other setting; where nothing can speak, the reason and the remedy instead.
import { useId, useMemo } from 'react';
import { useIntl } from 'react-intl';
import './read-aloud.css';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { useSettings } from '../hooks/useSettings';
import { SPEECH_RATE_MAX, SPEECH_RATE_MIN, formatSpeechRate, stepSpeechRate } from './speech-rate';
import { useVoices } from './useVoices';
import { groupVoicesByLanguage, languageName, platformOf, unavailableMessage } from './voices';

export function SpeechSettings() {
  const { settings, updateSettings } = useSettings();
  const voices = useVoices();
  const id = useId();
  const { locale } = useIntl();
  const groups = useMemo(
    () => groupVoicesByLanguage(voices.voices, (tag) => languageName(tag, locale)),
    [voices.voices, locale],
  );

  const title = (
    <span className="settings-group__title" id={`${id}-title`}>
      Read aloud
    </span>
  );

  if (voices.status === 'no-speech' || voices.status === 'no-voice') {
    return (
      <div className="settings-group" role="group" aria-labelledby={`${id}-title`}>
        {title}
        <p className="speech-settings__message">
          {unavailableMessage(voices.status, platformOf(navigator.userAgent))}
        </p>
      </div>
    );
  }

  const rate = settings.speechRate;
  const atMin = rate <= SPEECH_RATE_MIN;
  const atMax = rate >= SPEECH_RATE_MAX;
  const changeRate = (steps: number) => updateSettings({ speechRate: stepSpeechRate(rate, steps) });
  const chosenIsInstalled =
    settings.speechVoice === '' ||
    voices.voices.some((voice) => voice.voiceURI === settings.speechVoice);

  return (
    <div className="settings-group" role="group" aria-labelledby={`${id}-title`}>
      {title}
      <div className="speech-settings__row" role="group" aria-labelledby={`${id}-speed`}>
        <span className="speech-settings__label" id={`${id}-speed`}>
          Speed
        </span>
        <div className="stepper speech-settings__stepper">
          <button
            type="button"
            className="stepper__button"
            aria-label="Slower"
            aria-disabled={atMin}
            onClick={() => !atMin && changeRate(-1)}
          >
            −
          </button>
          <output className="stepper__value" aria-live="polite">
            {formatSpeechRate(rate)}
          </output>
          <button
            type="button"
            className="stepper__button"
            aria-label="Faster"
            aria-disabled={atMax}
            onClick={() => !atMax && changeRate(1)}
          >
            +
          </button>
        </div>
      </div>
      <button
        type="button"
        className="text-button settings-panel__reset"
        aria-disabled={rate === DEFAULT_SETTINGS.speechRate}
        onClick={() => updateSettings({ speechRate: DEFAULT_SETTINGS.speechRate })}
      >
        Reset speed
      </button>
      <label className="speech-settings__voice">
        <span className="speech-settings__label">Voice</span>
        <span className="select-wrap">
          <select
            className="select"
            value={settings.speechVoice}
            aria-describedby={`${id}-voice-hint`}
            onChange={(event) => updateSettings({ speechVoice: event.target.value })}
          >
            <option value="">Automatic</option>
            {!chosenIsInstalled && voices.status === 'ready' && (
              <option value={settings.speechVoice}>The chosen voice (not installed)</option>
            )}
            {groups.map((group) => (
              <optgroup key={group.language} label={group.label}>
                {group.voices.map((voice) => (
                  <option key={voice.voiceURI} value={voice.voiceURI}>
                    {voice.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </span>
      </label>
      <p className="speech-settings__hint" id={`${id}-voice-hint`}>
        {voices.status === 'loading'
          ? 'Looking for the system’s voices…'
          : 'A voice reads the articles in its language; “Automatic” and other languages use the system’s voice for the article.'}
      </p>
    </div>
  );
}
