import { useEffect, useState } from 'preact/hooks';
import type { Store } from './store';

/** The store's value, rendering again whenever it is set. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setValue);
    setValue(store.get()); // it may have been set before this effect ran
    return unsubscribe;
  }, [store]);
  return value;
}
