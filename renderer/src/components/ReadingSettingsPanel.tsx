import {
  useEffect,
  useId,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSettings } from '../hooks/useSettings';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  LINE_WIDTHS,
  LINE_WIDTH_LABELS,
  THEMES,
  THEME_LABELS,
  stepFontSize,
  type Theme,
} from '../lib/settings-options';
import { LineWidthIcon } from './Icons';
import { InterfaceLanguageSetting } from './InterfaceLanguageSetting';
import { SpeechSettings } from '../speech/SpeechSettings';

const LINE_WIDTH_ICON_FRACTION = { narrow: 0.45, medium: 0.7, wide: 1 } as const;

interface Props {
  id: string;
  /** The button that opened the panel: clicks on it toggle, they are not "outside". */
  anchorRef: RefObject<HTMLElement | null>;
  onClose: (options: { restoreFocus: boolean }) => void;
}

/** Theme, text size, line width, read aloud and language; every change applies at once and is saved. */
export function ReadingSettingsPanel({ id, anchorRef, onClose }: Props) {
  const intl = useIntl();
  const { settings, updateSettings } = useSettings();
  const panelRef = useRef<HTMLDivElement>(null);
  const groupName = useId();

  useEffect(() => {
    panelRef.current
      ?.querySelector<HTMLInputElement>('input:checked')
      ?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panelRef.current?.contains(target) || anchorRef.current?.contains(target)) return;
      onClose({ restoreFocus: false });
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [anchorRef, onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape closes the panel only, not the article behind it.
    event.stopPropagation();
    event.preventDefault();
    onClose({ restoreFocus: true });
  };

  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || panelRef.current?.contains(next) || anchorRef.current?.contains(next)) return;
    onClose({ restoreFocus: false });
  };

  const changeFontSize = (steps: number) =>
    updateSettings({ fontSize: stepFontSize(settings.fontSize, steps) });
  const atMin = settings.fontSize <= FONT_SIZE_MIN;
  const atMax = settings.fontSize >= FONT_SIZE_MAX;

  return (
    <div
      id={id}
      ref={panelRef}
      className="popover settings-panel"
      role="dialog"
      aria-label={intl.formatMessage({ id: 'settings.title' })}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <fieldset className="settings-group">
        <legend className="settings-group__title">
          <FormattedMessage id="settings.theme" />
        </legend>
        <div className="theme-options">
          {THEMES.map((theme) => (
            <label className="theme-option" key={theme}>
              <input
                className="choice-input"
                type="radio"
                name={`${groupName}-theme`}
                value={theme}
                checked={settings.theme === theme}
                onChange={() => updateSettings({ theme })}
              />
              <ThemeSwatch theme={theme} />
              <span className="theme-option__label">
                <FormattedMessage id={THEME_LABELS[theme]} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="settings-group" role="group" aria-labelledby={`${groupName}-size`}>
        <span className="settings-group__title" id={`${groupName}-size`}>
          <FormattedMessage id="settings.textSize" />
        </span>
        <div className="stepper">
          <button
            type="button"
            className="stepper__button stepper__button--smaller"
            aria-label={intl.formatMessage({ id: 'settings.textSize.smaller' })}
            aria-disabled={atMin}
            onClick={() => !atMin && changeFontSize(-1)}
          >
            A
          </button>
          <output className="stepper__value" aria-live="polite">
            <FormattedMessage id="settings.textSize.value" values={{ size: settings.fontSize }} />
          </output>
          <button
            type="button"
            className="stepper__button stepper__button--larger"
            aria-label={intl.formatMessage({ id: 'settings.textSize.larger' })}
            aria-disabled={atMax}
            onClick={() => !atMax && changeFontSize(1)}
          >
            A
          </button>
        </div>
        <button
          type="button"
          className="text-button settings-panel__reset"
          aria-disabled={settings.fontSize === DEFAULT_SETTINGS.fontSize}
          onClick={() => updateSettings({ fontSize: DEFAULT_SETTINGS.fontSize })}
        >
          <FormattedMessage id="settings.textSize.reset" />
        </button>
      </div>

      <fieldset className="settings-group">
        <legend className="settings-group__title">
          <FormattedMessage id="settings.lineWidth" />
        </legend>
        <div className="segmented">
          {LINE_WIDTHS.map((lineWidth) => (
            <label className="segmented__option" key={lineWidth}>
              <input
                className="choice-input"
                type="radio"
                name={`${groupName}-width`}
                value={lineWidth}
                checked={settings.lineWidth === lineWidth}
                onChange={() => updateSettings({ lineWidth })}
              />
              <span className="segmented__face">
                <LineWidthIcon fraction={LINE_WIDTH_ICON_FRACTION[lineWidth]} />
                <FormattedMessage id={LINE_WIDTH_LABELS[lineWidth]} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <SpeechSettings />

      <InterfaceLanguageSetting />
    </div>
  );
}

/** A small page in the theme's own colours ("system" shows light and dark halves). */
function ThemeSwatch({ theme }: { theme: Theme }) {
  if (theme === 'system') {
    return (
      <span className="theme-swatch theme-swatch--split" aria-hidden="true">
        <span className="theme-light theme-swatch__half">Aa</span>
        <span className="theme-dark theme-swatch__half">Aa</span>
      </span>
    );
  }
  return (
    <span className={`theme-swatch theme-${theme}`} aria-hidden="true">
      Aa
    </span>
  );
}
