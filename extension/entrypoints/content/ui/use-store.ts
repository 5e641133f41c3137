import { useEffect, useState } from 'preact/hooks';
import type { Store } from './store';

const whole = <T>(value: T) => value;

/** The store's value, rendering again whenever it is set. */
export function useStore<T>(store: Store<T>): T {
  return useSlice(store, whole);
}

/**
 * One part of the store's value, rendering again only when that part changed (compared with ===): a keystroke
 * that changes one counter re-renders the counters, not the panel. `select` must not depend on anything else.
 */
export function useSlice<T, S>(store: Store<T>, select: (value: T) => S): S {
  const [slice, setSlice] = useState(() => select(store.get()));
  useEffect(() => {
    const update = (value: T) => setSlice(() => select(value));
    const unsubscribe = store.subscribe(update);
    update(store.get()); // it may have been set before this effect ran
    return unsubscribe;
  }, [store]);
  return slice;
}
