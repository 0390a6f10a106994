import { useSearchParams } from 'react-router';

/**
 * The list page the address names (`?page=`, 1 when absent or not a number) and a function that moves to another,
 * keeping the address's other parameters: so a list's page survives a reload and the back button.
 */
export function usePageParam(): [page: number, toPage: (next: number) => void] {
  const [search, setSearch] = useSearchParams();
  const page = Number(search.get('page') ?? 1) || 1;
  const toPage = (next: number) =>
    setSearch((current) => {
      const copy = new URLSearchParams(current);
      copy.set('page', String(next));
      return copy;
    });
  return [page, toPage];
}
