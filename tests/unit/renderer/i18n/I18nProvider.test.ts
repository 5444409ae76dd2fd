// The interface's language: the reader's choice in the settings, else the system's.
import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../../renderer/src/i18n/I18nProvider';

describe('the interface language', () => {
  it('follows the system by default', () => {
    expect(chooseLocale(['fr-CA', 'en-US'])).toEqual({ catalogue: 'fr', locale: 'fr-CA' });
    expect(chooseLocale(['fi-FI'], 'system')).toEqual({ catalogue: 'en', locale: 'en' });
  });

  it('serves each catalogue to a system that speaks its language', () => {
    expect(chooseLocale(['de-AT', 'en-US'])).toEqual({ catalogue: 'de', locale: 'de-AT' });
    expect(chooseLocale(['es-MX'])).toEqual({ catalogue: 'es', locale: 'es-MX' });
    expect(chooseLocale(['ja-JP'])).toEqual({ catalogue: 'ja', locale: 'ja-JP' });
    expect(chooseLocale(['ar-EG'])).toEqual({ catalogue: 'ar', locale: 'ar-EG' });
  });

  it('serves Simplified Chinese to zh-CN, never to Traditional Chinese', () => {
    expect(chooseLocale(['zh-CN'])).toEqual({ catalogue: 'zh-Hans', locale: 'zh-CN' });
    expect(chooseLocale(['zh-SG', 'en-US']).catalogue).toBe('zh-Hans');
    expect(chooseLocale(['zh-TW', 'en-US'])).toEqual({ catalogue: 'en', locale: 'en-US' });
    expect(chooseLocale(['zh-Hant', 'zh-HK'])).toEqual({ catalogue: 'en', locale: 'en' });
  });

  it('is the chosen catalogue whatever the system speaks', () => {
    expect(chooseLocale(['en-US'], 'fr')).toEqual({ catalogue: 'fr', locale: 'fr' });
    expect(chooseLocale(['fr-FR'], 'en')).toEqual({ catalogue: 'en', locale: 'en' });
  });

  it('formats a chosen language with the system’s own region for it', () => {
    expect(chooseLocale(['de-DE', 'fr-CA'], 'fr')).toEqual({ catalogue: 'fr', locale: 'fr-CA' });
  });
});
