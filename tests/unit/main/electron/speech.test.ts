// Read aloud on Linux needs Chromium's speech-dispatcher switch; the other
// systems speak without one.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import { app, resetElectronFake } from '../../../support/fakes/electron';
import { SPEECH_DISPATCHER_SWITCH, enablePlatformSpeech } from '../../../../main/electron/speech';

beforeEach(() => resetElectronFake());

describe('platform speech', () => {
  it('turns speech-dispatcher on for Linux', () => {
    enablePlatformSpeech('linux');
    expect(app.commandLine.hasSwitch(SPEECH_DISPATCHER_SWITCH)).toBe(true);
    expect(SPEECH_DISPATCHER_SWITCH).toBe('enable-speech-dispatcher');
  });

  it('adds no switch on Windows or macOS, whose speech needs none', () => {
    enablePlatformSpeech('win32');
    enablePlatformSpeech('darwin');
    expect(app.commandLine.appendSwitch).not.toHaveBeenCalled();
  });
});
