import { useSyncExternalStore } from 'react';

// Below antd's `md` breakpoint: phones, where tables become cards and the menu a drawer.
const phoneQuery = '(max-width: 767.98px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(phoneQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Read synchronously, so the first paint already has the right layout. */
export function useIsMobile(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(phoneQuery).matches);
}
