import { useSyncExternalStore } from 'react';
import { platformSpeech } from './speech-engine';
import { createVoiceStore, type VoiceStore, type VoicesSnapshot } from './voice-store';

let shared: VoiceStore<SpeechSynthesisVoice> | undefined;

/** One store for the window: the reader and the settings panel see the same voices. */
export function sharedVoiceStore(): VoiceStore<SpeechSynthesisVoice> {
  shared ??= createVoiceStore(platformSpeech()?.synthesis ?? null);
  return shared;
}

export function useVoices(): VoicesSnapshot<SpeechSynthesisVoice> {
  const store = sharedVoiceStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
