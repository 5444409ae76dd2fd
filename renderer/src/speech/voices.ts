// Which voice reads an article, which voices the settings offer, and what to
// say when there is none. Pure: voices are anything shaped like a
// SpeechSynthesisVoice, so this is unit-tested in Node.

export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  readonly default: boolean;
  readonly localService: boolean;
}

/** "en" for "en-GB", "en_GB" or "EN"; speech engines do not all write tags alike. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function normalisedTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * Only voices that speak on this machine: a remote voice (Chrome's "Google"
 * voices, Edge's "Online" ones) sends the text to a server, and this app
 * sends nothing anywhere.
 */
export function localVoices<V extends VoiceLike>(voices: readonly V[]): V[] {
  return voices.filter((voice) => voice.localService);
}

export interface VoiceChoice<V> {
  voice: V | null;
  /** False when no voice speaks the article's language and another one reads it. */
  matchesLanguage: boolean;
}

/**
 * The chosen voice reads the articles in its language; any other article is
 * read by the system's voice for that language (the default voice if it
 * speaks it, else one for the same region, else one for the language).
 * With no voice for the language, the chosen or default voice reads anyway
 * and the caller says so.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  articleLanguage: string,
  preferredVoiceURI: string,
): VoiceChoice<V> {
  const preferred = preferredVoiceURI
    ? voices.find((voice) => voice.voiceURI === preferredVoiceURI)
    : undefined;
  const systemDefault = voices.find((voice) => voice.default);
  const language = primaryLanguage(articleLanguage);
  if (!language)
    return { voice: preferred ?? systemDefault ?? voices[0] ?? null, matchesLanguage: true };

  const speaks = (voice: V | undefined): voice is V =>
    voice !== undefined && primaryLanguage(voice.lang) === language;
  const tag = normalisedTag(articleLanguage);
  const voice = [
    preferred,
    systemDefault,
    voices.find((candidate) => normalisedTag(candidate.lang) === tag),
    voices.find((candidate) => speaks(candidate)),
  ].find(speaks);
  if (voice) return { voice, matchesLanguage: true };
  return { voice: preferred ?? systemDefault ?? voices[0] ?? null, matchesLanguage: false };
}

import type { InterfaceText } from '../i18n/interface-text';

// The voice settings and notices name languages as the library's filter does.
export { languageName } from '../lib/language-names';

export interface VoiceGroup<V> {
  language: string;
  label: string;
  voices: V[];
}

/**
 * Voices by language for the settings' list, both in alphabetical order;
 * voices that give no language are together under `otherLabel`.
 */
export function groupVoicesByLanguage<V extends VoiceLike>(
  voices: readonly V[],
  languageName: (language: string) => string,
  otherLabel: string,
): VoiceGroup<V>[] {
  const groups = new Map<string, V[]>();
  for (const voice of voices) {
    const language = primaryLanguage(voice.lang) || 'und';
    const group = groups.get(language);
    if (group) group.push(voice);
    else groups.set(language, [voice]);
  }
  return [...groups]
    .map(([language, members]) => ({
      language,
      label: language === 'und' ? otherLabel : languageName(language),
      voices: members.sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export type Platform = 'windows' | 'mac' | 'linux' | 'other';

export function platformOf(userAgent: string): Platform {
  if (/Windows/.test(userAgent)) return 'windows';
  if (/Macintosh|Mac OS X/.test(userAgent)) return 'mac';
  if (/Linux|X11|CrOS/.test(userAgent)) return 'linux';
  return 'other';
}

export type Unavailable = 'no-speech' | 'no-voice';

/** What to tell a reader who cannot be read to, and what to do about it on their system. */
export function unavailableMessage(
  reason: Unavailable,
  platform: Platform,
  text: InterfaceText,
): string {
  return reason === 'no-speech'
    ? text.format('speech.unavailable.noSpeech')
    : text.format('speech.unavailable.noVoice', { platform });
}
