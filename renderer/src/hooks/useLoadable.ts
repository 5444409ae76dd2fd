import { useEffect, useState, type DependencyList } from 'react';
import type { ReaderErrorData } from '../../../common/errors';
import { describeError, logIfUnexpected } from '../lib/api';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: ReaderErrorData };

/**
 * Runs an async load whenever deps change and reports its state. Answers to
 * superseded loads are dropped, so a slow old answer never replaces a new one.
 */
export function useLoadable<T>(load: () => Promise<T>, deps: DependencyList): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => {
        if (current) setResult({ state: 'ready', value });
      },
      (error: unknown) => {
        logIfUnexpected(error);
        if (current) setResult({ state: 'failed', error: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
    // The caller's deps decide when to reload, like useEffect's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return result;
}
