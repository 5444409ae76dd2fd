// The reading settings' Read aloud group: speed and voice, saved like every
// other setting; where nothing can speak, the reason and the remedy instead.
import { useId, useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import './read-aloud.css';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { useSettings } from '../hooks/useSettings';
import { SPEECH_RATE_MAX, SPEECH_RATE_MIN, formatSpeechRate, stepSpeechRate } from './speech-rate';
import { interfaceText } from '../i18n/interface-text';
import { useVoices } from './useVoices';
import { groupVoicesByLanguage, languageName, platformOf, unavailableMessage } from './voices';

export function SpeechSettings() {
  const { settings, updateSettings } = useSettings();
  const voices = useVoices();
  const id = useId();
  const intl = useIntl();
  const { locale } = intl;
  const groups = useMemo(
    () =>
      groupVoicesByLanguage(
        voices.voices,
        (tag) => languageName(tag, locale),
        intl.formatMessage({ id: 'speech.voice.otherLanguages' }),
      ),
    [voices.voices, locale, intl],
  );

  const title = (
    <span className="settings-group__title" id={`${id}-title`}>
      <FormattedMessage id="readAloud.start" />
    </span>
  );

  if (voices.status === 'no-speech' || voices.status === 'no-voice') {
    return (
      <div className="settings-group" role="group" aria-labelledby={`${id}-title`}>
        {title}
        <p className="speech-settings__message">
          {unavailableMessage(voices.status, platformOf(navigator.userAgent), interfaceText(intl))}
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
          <FormattedMessage id="speech.speed" />
        </span>
        <div className="stepper speech-settings__stepper">
          <button
            type="button"
            className="stepper__button"
            aria-label={intl.formatMessage({ id: 'speech.slower' })}
            aria-disabled={atMin}
            onClick={() => !atMin && changeRate(-1)}
          >
            −
          </button>
          <output className="stepper__value" aria-live="polite">
            {formatSpeechRate(rate, locale)}
          </output>
          <button
            type="button"
            className="stepper__button"
            aria-label={intl.formatMessage({ id: 'speech.faster' })}
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
        <FormattedMessage id="speech.resetSpeed" />
      </button>
      <label className="speech-settings__voice">
        <span className="speech-settings__label">
          <FormattedMessage id="speech.voice" />
        </span>
        <span className="select-wrap">
          <select
            className="select"
            value={settings.speechVoice}
            aria-describedby={`${id}-voice-hint`}
            onChange={(event) => updateSettings({ speechVoice: event.target.value })}
          >
            <option value="">{intl.formatMessage({ id: 'speech.voice.automatic' })}</option>
            {!chosenIsInstalled && voices.status === 'ready' && (
              <option value={settings.speechVoice}>
                {intl.formatMessage({ id: 'speech.voice.missing' })}
              </option>
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
          ? intl.formatMessage({ id: 'speech.voice.loading' })
          : intl.formatMessage({ id: 'speech.voice.hint' })}
      </p>
    </div>
  );
}
