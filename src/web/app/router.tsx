import { createBrowserRouter } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { AccountPage } from '../features/auth/account-page.tsx';
import { RequireAccount } from '../features/auth/require-account.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { RegionPage } from '../features/regions/region-page.tsx';
import { RegionsPage } from '../features/regions/regions-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';
import { Shell } from './shell.tsx';

/**
 * The workbench's screens load on first visit (their charts and grids stay out of the first download):
 * `lazy` gives React Router the screen's component once its chunk has arrived.
 */
const screen = <M,>(load: () => Promise<M>, pick: (module: M) => React.ComponentType) => ({
  lazy: async () => ({ Component: pick(await load()) }),
  // Shown while the chunk of a page opened directly (a shared link) arrives.
  HydrateFallback: PageLoader,
});

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
        {
          path: '/indicators/catalog',
          ...screen(
            () => import('../features/catalog/catalog-page.tsx'),
            (m) => m.CatalogPage,
          ),
        },
        { path: '/sign-in', element: <SignInPage /> },
        {
          path: '/account',
          element: (
            <RequireAccount>
              <AccountPage />
            </RequireAccount>
          ),
        },
        {
          path: '/plans/:planId',
          ...screen(
            () => import('../features/workbench/plan-layout.tsx'),
            (m) => m.PlanLayout,
          ),
          children: [
            {
              index: true,
              ...screen(
                () => import('../features/workbench/home-page.tsx'),
                (m) => m.HomePage,
              ),
            },
            {
              path: 'organisation',
              ...screen(
                () => import('../features/organisation/organisation-page.tsx'),
                (m) => m.OrganisationPage,
              ),
            },
            {
              path: 'workshops',
              ...screen(
                () => import('../features/workshops/workshops-page.tsx'),
                (m) => m.WorkshopsPage,
              ),
            },
            {
              path: 'readiness',
              ...screen(
                () => import('../features/readiness/readiness-page.tsx'),
                (m) => m.ReadinessPage,
              ),
            },
            {
              path: 'vision',
              ...screen(
                () => import('../features/vision/vision-page.tsx'),
                (m) => m.VisionPage,
              ),
            },
            {
              path: 'programs',
              ...screen(
                () => import('../features/programs/worksheet-page.tsx'),
                (m) => m.WorksheetPage,
              ),
            },
            {
              path: 'programs/:programId',
              ...screen(
                () => import('../features/programs/program-page.tsx'),
                (m) => m.ProgramPage,
              ),
            },
            {
              path: 'indicators',
              ...screen(
                () => import('../features/indicators/indicators-page.tsx'),
                (m) => m.IndicatorsPage,
              ),
            },
            {
              path: 'indicators/:planIndicatorId',
              ...screen(
                () => import('../features/indicators/indicator-page.tsx'),
                (m) => m.IndicatorPage,
              ),
            },
            {
              path: 'quick-wins',
              ...screen(
                () => import('../features/roadmap/quick-wins-page.tsx'),
                (m) => m.QuickWinsPage,
              ),
            },
            {
              path: 'roadmap',
              ...screen(
                () => import('../features/roadmap/roadmap-page.tsx'),
                (m) => m.RoadmapPage,
              ),
            },
            {
              path: 'documents',
              ...screen(
                () => import('../features/documents/documents-page.tsx'),
                (m) => m.DocumentsPage,
              ),
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
