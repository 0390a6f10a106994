import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { changeLanguage, currentLanguage, isLanguage } from '../i18n/index.ts';
import { api, ApiProblem, onPasswordChangeRequired, onUnauthenticated, setCsrfToken } from './api.ts';
import { can, type Permission } from './access.ts';
import type { Session as SessionResponse } from '../api/types.ts';
import { queryClient } from './query-client.ts';
import { signInLanguage } from './sign-in-language.ts';
import { PageLoading } from '../components/PageLoading.tsx';

// Shown only when something went wrong: fetched then, rather than with the sign-in page (see results.tsx).
const ErrorResult = lazy(() => import('../components/results.tsx').then((m) => ({ default: m.ErrorResult })));
const ForbiddenResult = lazy(() => import('../components/results.tsx').then((m) => ({ default: m.ForbiddenResult })));

type SessionUser = SessionResponse['user'];

/** The signed-in user as the server's session reports it, with what their roles allow. */
export type Me = SessionUser & { permissions: string[] };

interface Session {
  user: Me;
  csrfToken: string;
}

/** The user carries their permissions, so that pages ask `can(me, …)` of one object. */
function sessionOf(response: SessionResponse): Session {
  return { user: { ...response.user, permissions: response.permissions }, csrfToken: response.csrfToken };
}

const sessionKey = ['session'] as const;

/** Where a user sent to change their temporary password was going. */
export interface AfterPasswordChange {
  next?: string;
}

function remember(session: Session | null): Session | null {
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

async function fetchSession(): Promise<Session | null> {
  try {
    const session = sessionOf(await api.GET('/api/auth/me'));
    // A returning user gets the language they chose last, on whatever device they chose it.
    if (isLanguage(session.user.locale) && session.user.locale !== currentLanguage()) {
      await changeLanguage(session.user.locale);
    }
    return remember(session);
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return remember(null);
    throw error;
  }
}

onUnauthenticated(() => {
  remember(null);
  queryClient.setQueryData(sessionKey, null);
});

// The server refuses a temporary password's session everything but the change; the reloaded session says so,
// and RequireAuth sends the user to the change-password page.
onPasswordChangeRequired(() => {
  void queryClient.invalidateQueries({ queryKey: sessionKey });
});

function useSessionQuery() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity });
}

/** The signed-in user; only inside RequireAuth. */
export function useMe(): Me {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useMe outside RequireAuth');
  return data.user;
}

/** The signed-in user, or null before sign-in. */
export function useOptionalMe(): Me | null {
  return useSessionQuery().data?.user ?? null;
}

/**
 * Drops every cached answer but the session itself, so that nothing one user saw is shown to the next. The session
 * query stays: pages watching it (the login page) must see the new value rather than a query that was thrown away.
 */
function forgetOtherUsersData(client: QueryClient) {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}

export function useSessionActions() {
  const client = useQueryClient();

  const logIn = useCallback(
    async (username: string, password: string) => {
      const session = sessionOf(await api.POST('/api/auth/login', { body: { username, password } }));
      remember(session);
      const { language, save } = signInLanguage(session.user.locale, currentLanguage());
      if (save) {
        const updated = await api.PATCH('/api/auth/me', { body: { locale: language } }).catch(() => session.user);
        session.user = { ...updated, permissions: session.user.permissions };
      } else if (language !== currentLanguage()) {
        await changeLanguage(language);
      }
      forgetOtherUsersData(client);
      client.setQueryData(sessionKey, session);
      return session.user;
    },
    [client],
  );

  const logOut = useCallback(async () => {
    await api.POST('/api/auth/logout').catch(() => undefined);
    remember(null);
    forgetOtherUsersData(client);
    client.setQueryData(sessionKey, null);
  }, [client]);

  const updateMe = useCallback(
    (user: SessionUser) => {
      client.setQueryData<Session | null>(sessionKey, (session) => (session ? { ...session, user: { ...session.user, ...user } } : session));
    },
    [client],
  );

  const reloadSession = useCallback(() => client.invalidateQueries({ queryKey: sessionKey }), [client]);

  return { logIn, logOut, updateMe, reloadSession };
}

/** Pages behind sign-in; a user who must change their password sees nothing else until they do. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data: session, isPending, error, refetch } = useSessionQuery();
  if (isPending) return <PageLoading />;
  if (error) {
    return (
      <Suspense fallback={<PageLoading />}>
        <ErrorResult error={error} onRetry={() => void refetch()} />
      </Suspense>
    );
  }
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.user.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace state={{ next: `${location.pathname}${location.search}` } satisfies AfterPasswordChange} />;
  }
  // What sign-in guards loads on first use (see router.tsx).
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/** Only inside the signed-in layout, whose Suspense boundary also covers the refusal while it loads. */
export function RequirePermission({ permission, children }: { permission: Permission | readonly Permission[]; children: ReactNode }) {
  const me = useMe();
  return can(me, permission) ? children : <ForbiddenResult />;
}
