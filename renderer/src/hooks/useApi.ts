import { createContext, useContext, useEffect, useRef } from 'react';
import type { ReaderApi, ReaderEvent, ReaderEventPayload } from '../../../common/api';
import type { ReaderEventsClient } from '../../../common/client';

export const ApiContext = createContext<ReaderApi | null>(null);
export const EventsContext = createContext<ReaderEventsClient | null>(null);

/** The app's API, as provided by <App>. */
export function useApi(): ReaderApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi is used outside <ApiContext.Provider>.');
  return api;
}

/** Calls the latest `listener` with every `event` the main process sends while mounted. */
export function useReaderEvent<E extends ReaderEvent>(
  event: E,
  listener: (payload: ReaderEventPayload<E>) => void,
): void {
  const events = useContext(EventsContext);
  if (!events) throw new Error('useReaderEvent is used outside <EventsContext.Provider>.');
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => events.on(event, (payload) => latest.current(payload)), [events, event]);
}
