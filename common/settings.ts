import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const LIBRARY_SORTS = ['title', 'published', 'reading-time', 'recent'] as const;
export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 28;
/** Read-aloud speed as SpeechSynthesisUtterance.rate: 1 is the voice's own pace. */
export const SPEECH_RATE_MIN = 0.5;
export const SPEECH_RATE_MAX = 2;
/**
 * The interface's language: 'system' is the first of the system's languages
 * that a catalogue speaks (else English); the others are the renderer's
 * catalogues (renderer/src/i18n/catalogues.ts must have exactly these).
 */
export const INTERFACE_LANGUAGES = [
  'system',
  'en',
  'fr',
  'de',
  'es',
  'zh-Hans',
  'ja',
  'ar',
] as const;

/** The languages the interface has a catalogue for: a publisher may make one a collection's default. */
export const CATALOGUE_LANGUAGES = INTERFACE_LANGUAGES.filter(
  (language): language is Exclude<(typeof INTERFACE_LANGUAGES)[number], 'system'> =>
    language !== 'system',
);
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

export const SettingsSchema = z.object({
  theme: z.enum(THEMES),
  /** Reader body text size in CSS pixels. */
  fontSize: z.number().int().min(FONT_SIZE_MIN).max(FONT_SIZE_MAX),
  lineWidth: z.enum(LINE_WIDTHS),
  librarySort: z.enum(LIBRARY_SORTS),
  speechRate: z.number().min(SPEECH_RATE_MIN).max(SPEECH_RATE_MAX),
  /**
   * The read-aloud voice (its voiceURI), used for articles in its language;
   * '' means the system's voice for each article's language.
   */
  speechVoice: z.string().max(1000),
  interfaceLanguage: z.enum(INTERFACE_LANGUAGES),
});
export type Settings = z.infer<typeof SettingsSchema>;

// A patch may leave a setting out, but not name it with no value: IPC keeps
// undefined-valued keys, and spreading one over the stored settings would
// erase that setting (found by the IPC fuzz test).
export const SettingsPatchSchema = SettingsSchema.partial()
  .strict()
  .refine((patch) => Object.values(patch).every((value) => value !== undefined), {
    message: 'a setting may be left out, but not set to undefined',
  });
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  fontSize: 19,
  lineWidth: 'medium',
  librarySort: 'title',
  speechRate: 1,
  speechVoice: '',
  interfaceLanguage: 'system',
};

/** Where the reader left an article: a block and an offset in its text. */
export const ReadingPositionSchema = z
  .object({
    blockId: z.string().min(1).max(64),
    offset: z.number().int().min(0).max(10_000_000),
    /** Fraction of the article read, 0..1, for the library's progress bar. */
    progress: z.number().min(0).max(1),
  })
  .strict();
export type ReadingPosition = z.infer<typeof ReadingPositionSchema>;

export type StoredReadingPosition = ReadingPosition & { updatedAt: string };
