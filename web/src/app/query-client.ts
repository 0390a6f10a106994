import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal from the server will not change on retry; only network hiccups and 5xx are worth one.
      retry: (failureCount, error) => !(error instanceof ApiProblem && error.status < 500) && failureCount < 1,
    },
  },
});
