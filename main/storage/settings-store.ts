// Reader preferences (theme, type size, line width, library sort).
import { join } from 'node:path';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../common/settings';
import { openJsonFile } from './json-file';

export const SETTINGS_FILE = 'settings.json';

/**
 * `defaults` are the settings of a reader who has not chosen them: the
 * product's (DEFAULT_SETTINGS) under what the collection's publisher fixed
 * (its interface language). Asked for at each read, so they may be learnt
 * after the store opens; once the reader changes any setting, the file
 * holds them all.
 */
export function openSettingsStore(
  userDataDir: string,
  log?: (m: string) => void,
  defaults: () => Settings = () => DEFAULT_SETTINGS,
) {
  // Fields added in later versions fall back to their defaults.
  const schema = SettingsSchema.partial().transform((s): Settings => ({
    ...defaults(),
    ...s,
  }));
  const file = openJsonFile<Settings>({
    path: join(userDataDir, SETTINGS_FILE),
    saveLead: 'settings',
    schema,
    defaults: () => ({ ...defaults() }),
    log,
  });
  return {
    get: () => file.read(),
    update: (patch: SettingsPatch) => file.update((current) => ({ ...current, ...patch })),
  };
}
