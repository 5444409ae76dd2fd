import { createContext, useContext } from 'react';
import type { ReaderApi } from '../../../common/api';

export const ApiContext = createContext<ReaderApi | null>(null);

/** The app's API, as provided by <App>. */
export function useApi(): ReaderApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi is used outside <ApiContext.Provider>.');
  return api;
}
