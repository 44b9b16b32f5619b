import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/auth/account-page.tsx';
import { RequireAccount } from '../features/auth/require-account.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { RegionPage } from '../features/regions/region-page.tsx';
import { RegionsPage } from '../features/regions/regions-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';
import { Shell } from './shell.tsx';

/**
 * Every screen has its own address, so a link can be shared and the back button works. The server
 * answers every non-API address with the app (src/server/http/web-app.ts); unknown ones end here at `*`.
 */
export const createRouter = () =>
  createBrowserRouter([
    {
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        { path: '/', element: <RegionsPage /> },
        { path: '/regions/:regionId', element: <RegionPage /> },
        { path: '/sign-in', element: <SignInPage /> },
        {
          path: '/account',
          element: (
            <RequireAccount>
              <AccountPage />
            </RequireAccount>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
