import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../modules/auth/LoginPage.tsx';
import { RequireAuth, RequirePermission, useMe } from './auth.tsx';
import { webModules } from './modules.ts';
import { startPathFor } from './navigation.ts';

// Pages load when first opened, so a phone on a slow network gets the sign-in page first; the shell (menu, drawer)
// and the pages follow once signed in.
const loadAppLayout = () => import('./AppLayout.tsx').then((m) => ({ default: m.AppLayout }));
const AppLayout = lazy(loadAppLayout);
const publicRoutes: RouteObject[] = webModules.flatMap((module) =>
  (module.publicRoutes ?? []).map(({ path, page: Page }) => ({ path: `/${path}`, element: <Page /> })),
);
// Any page but sign-in and the public ones needs the shell: fetched alongside the session check rather than after it.
const outsideShell = ['/login', ...publicRoutes.map((route) => `/${route.path!.split('/')[1]}`)];
if (!outsideShell.some((prefix) => window.location.pathname.startsWith(prefix))) void loadAppLayout();
const ChangePasswordPage = lazy(() => import('../modules/auth/ChangePasswordPage.tsx').then((m) => ({ default: m.ChangePasswordPage })));
const NotFoundResult = lazy(() => import('../components/results.tsx').then((m) => ({ default: m.NotFoundResult })));
const HomePage = lazy(() => import('../modules/home/HomePage.tsx').then((m) => ({ default: m.HomePage })));

/** Home, unless it has nothing for this user and a module offers them a start page (an enterprise user's own record). */
function StartPage() {
  const me = useMe();
  const start = startPathFor(me, webModules);
  return start === '/' ? <HomePage /> : <Navigate to={start} replace />;
}

const moduleRoutes: RouteObject[] = webModules.flatMap((module) =>
  (module.routes ?? []).map(({ path, page: Page, permission }) => ({
    path,
    element: permission ? (
      <RequirePermission permission={permission}>
        <Page />
      </RequirePermission>
    ) : (
      <Page />
    ),
  })),
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  ...publicRoutes,
  {
    path: '/change-password',
    element: (
      <RequireAuth>
        <ChangePasswordPage />
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [{ index: true, element: <StartPage /> }, ...moduleRoutes, { path: '*', element: <NotFoundResult /> }],
  },
]);
