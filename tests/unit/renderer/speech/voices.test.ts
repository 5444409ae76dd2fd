import { describe, expect, it } from 'vitest';
import {
  chooseVoice,
  groupVoicesByLanguage,
  languageName,
  localVoices,
  platformOf,
  primaryLanguage,
  unavailableMessage,
  type VoiceLike,
} from '../../../../renderer/src/speech/voices';
import { textFor } from '../intl-for';

const english = textFor('en');
const french = textFor('fr');

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  default: false,
  localService: true,
  ...extra,
});

const alice = voice('Alice', 'en-US', { default: true });
const bob = voice('Bob', 'en-GB');
const claire = voice('Claire', 'fr-FR');
const dieter = voice('Dieter', 'de_DE');
const voices = [alice, bob, claire, dieter];

describe('choosing the voice for an article', () => {
  it("uses the system's default voice when it speaks the article's language", () => {
    expect(chooseVoice(voices, 'en', '')).toEqual({ voice: alice, matchesLanguage: true });
  });

  it('otherwise a voice for the same language and region, then for the language', () => {
    const noDefault = [bob, voice('Brian', 'en-AU'), claire];
    expect(chooseVoice(noDefault, 'en-AU', '').voice?.name).toBe('Brian');
    expect(chooseVoice(noDefault, 'en-US', '').voice?.name).toBe('Bob');
    // A tag written with an underscore or in capitals is the same language.
    expect(chooseVoice(voices, 'de-DE', '').voice).toBe(dieter);
    expect(chooseVoice(voices, 'FR', '').voice).toBe(claire);
  });

  it('uses the chosen voice for articles in its language only', () => {
    expect(chooseVoice(voices, 'en', 'uri:Bob')).toEqual({ voice: bob, matchesLanguage: true });
    expect(chooseVoice(voices, 'fr', 'uri:Bob').voice).toBe(claire);
  });

  it('falls back to the default voice when the chosen one is no longer installed', () => {
    expect(chooseVoice(voices, 'en', 'uri:Gone').voice).toBe(alice);
  });

  it('reads anyway with another voice when none speaks the language, and says so', () => {
    expect(chooseVoice(voices, 'ja', '')).toEqual({ voice: alice, matchesLanguage: false });
    expect(chooseVoice(voices, 'ja', 'uri:Claire')).toEqual({
      voice: claire,
      matchesLanguage: false,
    });
  });

  it('takes the chosen or default voice for an article without a language', () => {
    expect(chooseVoice(voices, '', '').voice).toBe(alice);
    expect(chooseVoice(voices, '', 'uri:Claire').voice).toBe(claire);
  });

  it('has no voice to give when there is none', () => {
    expect(chooseVoice([], 'en', '')).toEqual({ voice: null, matchesLanguage: false });
  });
});

describe('the voices offered', () => {
  it('are only those that speak on this machine', () => {
    const remote = voice('Google US English', 'en-US', { localService: false });
    expect(localVoices([alice, remote, bob])).toEqual([alice, bob]);
  });

  it('are grouped by language, in alphabetical order', () => {
    const groups = groupVoicesByLanguage(
      [claire, bob, alice, dieter, voice('X', '')],
      (tag) => languageName(tag, 'en'),
      'Other',
    );
    expect(groups.map((g) => [g.label, g.voices.map((v) => v.name)])).toEqual([
      ['English', ['Alice', 'Bob']],
      ['French', ['Claire']],
      ['German', ['Dieter']],
      ['Other', ['X']],
    ]);
  });

  it('name a language tag Intl cannot read by the tag itself', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('!!', 'en')).toBe('!!');
  });

  it('read primary language subtags however the engine writes them', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage(' EN ')).toBe('en');
    expect(primaryLanguage('')).toBe('');
  });
});

describe('when nothing can read aloud', () => {
  it('tells a Linux reader what to install', () => {
    const message = unavailableMessage('no-voice', 'linux', english);
    expect(message).toMatch(/^No voice is installed for reading aloud\./);
    expect(message).toContain('install speech-dispatcher');
    expect(message).toContain('restart the app');
  });

  it('points Windows and macOS readers to their speech settings', () => {
    expect(unavailableMessage('no-voice', 'windows', english)).toContain(
      'Time & language › Speech',
    );
    expect(unavailableMessage('no-voice', 'mac', english)).toContain('Spoken Content');
  });

  it('tells a French reader in French, with the French names of the settings', () => {
    expect(unavailableMessage('no-voice', 'linux', french)).toMatch(
      /^Aucune voix n’est installée pour la lecture à voix haute\. Sous Linux, installez speech-dispatcher/,
    );
    expect(unavailableMessage('no-voice', 'windows', french)).toContain('Heure et langue › Voix');
    expect(unavailableMessage('no-speech', 'mac', french)).toContain('pas de synthèse vocale');
  });

  it('says when the window has no speech synthesis at all', () => {
    expect(unavailableMessage('no-speech', 'linux', english)).toContain('no speech synthesis');
  });

  it('recognises the system from the user agent', () => {
    expect(platformOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe('linux');
    expect(platformOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('windows');
    expect(platformOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)')).toBe('mac');
    expect(platformOf('Something else')).toBe('other');
  });
});
