// The reading settings' Language choice: the system's language (the
// default) or one of the catalogues, each named in its own language. It
// applies at once (SettingsProvider serves the new catalogue) and the select
// keeps focus, since the same element is drawn again in the new words.
import { FormattedMessage, useIntl } from 'react-intl';
import { INTERFACE_LANGUAGES } from '../../../common/settings';
import { useSettings } from '../hooks/useSettings';
import { CATALOGUE_NAMES } from '../i18n/catalogues';

export function InterfaceLanguageSetting() {
  const intl = useIntl();
  const { settings, updateSettings } = useSettings();
  return (
    <label className="settings-group settings-language">
      <span className="settings-group__title">
        <FormattedMessage id="settings.language" />
      </span>
      <span className="select-wrap">
        <select
          className="select"
          value={settings.interfaceLanguage}
          onChange={(event) => {
            const chosen = INTERFACE_LANGUAGES.find((language) => language === event.target.value);
            if (!chosen) throw new Error(`Not an interface language: ${event.target.value}`);
            updateSettings({ interfaceLanguage: chosen });
          }}
        >
          {INTERFACE_LANGUAGES.map((language) =>
            language === 'system' ? (
              <option key={language} value={language}>
                {intl.formatMessage({ id: 'settings.language.system' })}
              </option>
            ) : (
              // In its own language, so a screen reader says it in that voice.
              <option key={language} value={language} lang={language}>
                {CATALOGUE_NAMES[language]}
              </option>
            ),
          )}
        </select>
      </span>
    </label>
  );
}
