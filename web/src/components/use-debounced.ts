import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delay` ms; compared by content, so a new object of the same value does not restart the wait. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  const serialized = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(serialized) as T), delay);
    return () => clearTimeout(timer);
  }, [serialized, delay]);
  return settled;
}
