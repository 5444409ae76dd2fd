// Read aloud uses the renderer's Web Speech API. On Windows and macOS Chromium
// speaks through the system's voices by itself; on Linux it talks to
// speech-dispatcher only when started with this switch (Chromium leaves it
// off because a misbehaving speech-dispatcher could stall it; the reader asks
// for speech, so it accepts that). Where speech-dispatcher is not installed
// the renderer finds no voice and tells the reader how to add one.
import { app } from 'electron';

export const SPEECH_DISPATCHER_SWITCH = 'enable-speech-dispatcher';

/** Must run before the app is ready: Chromium reads its switches at start-up. */
export function enablePlatformSpeech(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'linux') app.commandLine.appendSwitch(SPEECH_DISPATCHER_SWITCH);
}
