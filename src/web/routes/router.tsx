import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Role } from '#shared/contracts/common.ts';
import { SignInPage } from '#web/features/auth/components/sign-in-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RootRedirect } from './root-redirect.tsx';
import { RouteError } from './route-error.tsx';
import { LoadingPage, SignedOutLayout } from './signed-out-layout.tsx';

/** A page for some roles only; the gate loads with it, since role names would pull zod into the first download. */
async function gatedPage(roles: Role[], loadPage: () => Promise<ComponentType>) {
  const [{ RoleGate }, Page] = await Promise.all([import('./role-gate.tsx'), loadPage()]);
  return {
    element: (
      <RoleGate roles={roles}>
        <Page />
      </RoleGate>
    ),
  };
}

// Only the sign-in page is in the first download; every other page loads on demand, so a
// trainee on a phone at night gets a usable page quickly (DESIGN.md section 7: 200 KB).
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    HydrateFallback: LoadingPage,
    children: [
      {
        element: <SignedOutLayout devMailHint />,
        children: [
          { index: true, element: <RootRedirect /> },
          { path: 'sign-in', element: <SignInPage /> },
          {
            path: 'forgot-password',
            lazy: async () => ({
              Component: (await import('#web/features/auth/components/forgot-password-page.tsx')).ForgotPasswordPage,
            }),
          },
          {
            path: 'reset-password',
            lazy: async () => ({
              Component: (await import('#web/features/auth/components/reset-password-page.tsx')).ResetPasswordPage,
            }),
          },
          {
            path: 'invitation',
            lazy: async () => ({
              Component: (await import('#web/features/auth/components/invitation-page.tsx')).InvitationPage,
            }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: <SignedOutLayout wide />,
        children: [
          {
            path: 'dev/mail',
            lazy: async () => ({
              Component: (await import('#web/features/dev-mail/components/dev-mail-page.tsx')).DevMailPage,
            }),
          },
        ],
      },
      {
        path: 'o/:orgId',
        lazy: async () => ({ Component: (await import('./app-layout.tsx')).AppLayout }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./home-page.tsx')).HomePage }),
          },
          {
            path: 'profile',
            lazy: async () => ({
              Component: (await import('#web/features/profile/components/profile-page.tsx')).ProfilePage,
            }),
          },
          {
            path: 'mentoring',
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('#web/features/mentoring/components/mentoring-page.tsx')).MentoringPage,
                }),
              },
              {
                path: 'programs/:programId',
                lazy: async () => ({
                  Component: (await import('#web/features/mentoring/components/program-page.tsx')).ProgramPage,
                }),
              },
              {
                path: 'programs/:programId/apply/:side',
                lazy: async () => ({
                  Component: (await import('#web/features/mentoring/components/application-page.tsx')).ApplicationPage,
                }),
              },
              {
                path: 'programs/:programId/feedback/:round',
                lazy: async () => ({
                  Component: (await import('#web/features/mentoring/components/feedback-page.tsx')).FeedbackPage,
                }),
              },
              {
                path: 'programs/:programId/manage',
                lazy: () =>
                  gatedPage(
                    ['coordinator', 'org_admin'],
                    async () =>
                      (await import('#web/features/mentoring/components/program-admin-page.tsx')).ProgramAdminPage,
                  ),
              },
              {
                path: 'pairs/:pairId',
                lazy: async () => ({
                  Component: (await import('#web/features/mentoring/components/pair-page.tsx')).PairPage,
                }),
              },
              {
                path: 'training/:moduleId',
                lazy: async () => ({
                  Component: (await import('#web/features/mentoring/components/training-module-page.tsx'))
                    .TrainingModulePage,
                }),
              },
            ],
          },
          {
            path: 'groups',
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('#web/features/groups/components/groups-page.tsx')).GroupsPage,
                }),
              },
              {
                path: 'programs/:groupProgramId/manage',
                lazy: () =>
                  gatedPage(
                    ['coordinator', 'org_admin'],
                    async () =>
                      (await import('#web/features/groups/components/group-program-admin-page.tsx'))
                        .GroupProgramAdminPage,
                  ),
              },
              {
                path: ':groupId',
                lazy: async () => ({
                  Component: (await import('#web/features/groups/components/group-page.tsx')).GroupPage,
                }),
              },
              {
                path: ':groupId/facilitate',
                lazy: () =>
                  gatedPage(
                    ['facilitator', 'coordinator', 'org_admin'],
                    async () =>
                      (await import('#web/features/groups/components/facilitation-page.tsx')).FacilitationPage,
                  ),
              },
              {
                path: ':groupId/sessions/:sessionId/survey',
                lazy: async () => ({
                  Component: (await import('#web/features/groups/components/survey-page.tsx')).SurveyPage,
                }),
              },
            ],
          },
          {
            path: 'talk',
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('#web/features/peer-support/components/talk-page.tsx')).TalkPage,
                }),
              },
              {
                path: 'requests/:requestId',
                lazy: async () => ({
                  Component: (await import('#web/features/peer-support/components/my-request-page.tsx')).MyRequestPage,
                }),
              },
              {
                path: 'worried',
                lazy: async () => ({
                  Component: (await import('#web/features/peer-support/components/worried-guide-page.tsx'))
                    .WorriedGuidePage,
                }),
              },
            ],
          },
          {
            path: 'peer-support',
            children: [
              // Not gated: the program's backup and lead answer requests too, without the supporter role.
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('#web/features/peer-support/components/supporter-page.tsx')).SupporterPage,
                }),
              },
              {
                path: 'requests/:requestId',
                lazy: async () => ({
                  Component: (await import('#web/features/peer-support/components/supporter-request-page.tsx'))
                    .SupporterRequestPage,
                }),
              },
              {
                path: 'manage',
                lazy: () =>
                  gatedPage(
                    ['coordinator', 'wellbeing_lead', 'org_admin'],
                    async () =>
                      (await import('#web/features/peer-support/components/lead-page.tsx')).PeerSupportLeadPage,
                  ),
              },
              {
                path: 'debriefs',
                lazy: () =>
                  gatedPage(
                    ['supervisor', 'wellbeing_lead', 'coordinator', 'org_admin'],
                    async () => (await import('#web/features/peer-support/components/debriefs-page.tsx')).DebriefsPage,
                  ),
              },
            ],
          },
          {
            path: 'people',
            lazy: () =>
              gatedPage(
                ['org_admin', 'coordinator'],
                async () => (await import('#web/features/people/components/people-page.tsx')).PeoplePage,
              ),
          },
          {
            path: 'setup',
            lazy: () =>
              gatedPage(
                ['org_admin'],
                async () => (await import('#web/features/organisation/components/setup-page.tsx')).SetupPage,
              ),
          },
          {
            path: 'import',
            lazy: () =>
              gatedPage(
                ['org_admin'],
                async () => (await import('#web/features/import/components/import-page.tsx')).ImportPage,
              ),
          },
          {
            path: 'crisis-resources',
            lazy: () =>
              gatedPage(
                ['org_admin'],
                async () =>
                  (await import('#web/features/crisis/components/crisis-resources-page.tsx')).CrisisResourcesPage,
              ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
