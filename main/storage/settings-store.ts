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

export function openSettingsStore(userDataDir: string, log?: (m: string) => void) {
  // Fields added in later versions fall back to their defaults.
  const schema = SettingsSchema.partial().transform((s): Settings => ({
    ...DEFAULT_SETTINGS,
    ...s,
  }));
  const file = openJsonFile<Settings>({
    path: join(userDataDir, SETTINGS_FILE),
    label: 'Your settings',
    schema,
    defaults: () => ({ ...DEFAULT_SETTINGS }),
    log,
  });
  return {
    get: () => file.read(),
    update: (patch: SettingsPatch) => file.update((current) => ({ ...current, ...patch })),
  };
}
