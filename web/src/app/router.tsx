import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundResult } from '../components/results.tsx';
import { LoginPage } from '../modules/auth/LoginPage.tsx';
import { access, hasAnyRole } from './access.ts';
import { RequireAuth, RequireRoles, useMe } from './auth.tsx';

// Pages load when first opened, so a phone on a slow network gets the sign-in page first; the shell (menu, drawer)
// and the pages follow once signed in.
const loadAppLayout = () => import('./AppLayout.tsx').then((m) => ({ default: m.AppLayout }));
const AppLayout = lazy(loadAppLayout);
// Any page but sign-in needs the shell: fetched alongside the session check rather than after it.
if (!window.location.pathname.startsWith('/login')) void loadAppLayout();
const ChangePasswordPage = lazy(() => import('../modules/auth/ChangePasswordPage.tsx').then((m) => ({ default: m.ChangePasswordPage })));
const MyEnterprisePage = lazy(() => import('../modules/enterprises/MyEnterprisePage.tsx').then((m) => ({ default: m.MyEnterprisePage })));
const HomePage = lazy(() => import('../modules/home/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const EnterpriseListPage = lazy(() => import('../modules/enterprises/EnterpriseListPage.tsx').then((m) => ({ default: m.EnterpriseListPage })));
const EnterpriseFormPage = lazy(() => import('../modules/enterprises/EnterpriseFormPage.tsx').then((m) => ({ default: m.EnterpriseFormPage })));
const EnterpriseDetailPage = lazy(() => import('../modules/enterprises/EnterpriseDetailPage.tsx').then((m) => ({ default: m.EnterpriseDetailPage })));
const ImportWizardPage = lazy(() => import('../modules/enterprises/ImportWizardPage.tsx').then((m) => ({ default: m.ImportWizardPage })));
const UsersPage = lazy(() => import('../modules/admin/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const TagsPage = lazy(() => import('../modules/admin/TagsPage.tsx').then((m) => ({ default: m.TagsPage })));
const ProfilePage = lazy(() => import('../modules/profile/ProfilePage.tsx').then((m) => ({ default: m.ProfilePage })));

/** Enterprise users have no dashboard: their start page is their own enterprise. */
function StartPage() {
  const me = useMe();
  if (!hasAnyRole(me.roles, access.home)) return <Navigate to={hasAnyRole(me.roles, access.ownEnterprise) ? '/my-enterprise' : '/profile'} replace />;
  return <HomePage />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
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
    children: [
      { index: true, element: <StartPage /> },
      {
        path: 'enterprises',
        element: (
          <RequireRoles roles={access.enterprises}>
            <EnterpriseListPage />
          </RequireRoles>
        ),
      },
      {
        path: 'enterprises/new',
        element: (
          <RequireRoles roles={access.editEnterprises}>
            <EnterpriseFormPage />
          </RequireRoles>
        ),
      },
      {
        path: 'enterprises/import',
        element: (
          <RequireRoles roles={access.importEnterprises}>
            <ImportWizardPage />
          </RequireRoles>
        ),
      },
      // An enterprise user may open their own enterprise; the server refuses any other.
      { path: 'enterprises/:id', element: <EnterpriseDetailPage /> },
      { path: 'enterprises/:id/edit', element: <EnterpriseFormPage /> },
      {
        path: 'my-enterprise',
        element: (
          <RequireRoles roles={access.ownEnterprise}>
            <MyEnterprisePage />
          </RequireRoles>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireRoles roles={access.administration}>
            <UsersPage />
          </RequireRoles>
        ),
      },
      {
        path: 'admin/tags',
        element: (
          <RequireRoles roles={access.administration}>
            <TagsPage />
          </RequireRoles>
        ),
      },
      { path: 'profile', element: <ProfilePage /> },
      { path: '*', element: <NotFoundResult /> },
    ],
  },
]);
