import { AppShell, Box, Burger, Button, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery, useWindowEvent } from '@mantine/hooks';
import { Fragment, useEffect, useMemo } from 'react';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import { Brand } from '#web/components/brand.tsx';
import { useFocusMainOnNavigate } from '#web/components/main-focus.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '#web/components/skip-link.tsx';
import { useSession } from '#web/features/auth/api/get-session.ts';
import { CrisisHelpButton } from '#web/features/crisis/components/crisis-help-button.tsx';
import { useOrganisation } from '#web/features/organisation/api/get-organisation.ts';
import { CurrentOrgContext, type CurrentOrg } from '#web/lib/current-org.ts';
import { rememberLastOrg } from '#web/lib/last-org.ts';
import { AppNavigation } from './app-navigation.tsx';
import classes from './layout.module.css';
import { OrgSwitcher } from './org-switcher.tsx';
import { PersonMenu } from './person-menu.tsx';
import { LoadingPage, SignedOutLayout } from './signed-out-layout.tsx';

/** Everything under /o/:orgId: needs a session and a membership of that organisation. */
export function AppLayout() {
  const { orgId = '' } = useParams();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <LoadingPage />;
  if (session.isError) return <SessionError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  const membership = session.data.memberships.find((m) => m.orgId === orgId);
  // Not a member (or no such organisation): the same answer, like the API's 404 (privacy rule 1).
  if (!membership) return <Navigate to="/" replace />;
  return <OrgShell session={session.data} membership={membership} />;
}

/**
 * "Talk to a peer" one tap from every page, beside the crisis resources. On a phone its label shortens to "Talk",
 * and below 390 px to an icon (its name stays "Talk to a peer"), so the header still fits on one line.
 */
function TalkToAPeerButton({ orgId }: { orgId: string }) {
  const narrow = useMediaQuery('(max-width: 24.3125em)');
  return (
    <Button
      component={Link}
      to={`/o/${orgId}/talk`}
      variant="light"
      size="sm"
      px={narrow ? 8 : 'sm'}
      aria-label="Talk to a peer"
    >
      {narrow ? (
        <TalkIcon />
      ) : (
        <>
          Talk
          <Box component="span" visibleFrom="sm">
            &nbsp;to a peer
          </Box>
        </>
      )}
    </Button>
  );
}

/** Two speech bubbles: a conversation. */
function TalkIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <path d="M14 9a2 2 0 0 1-2 2H6l-4 4V4a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2z" />
      <path d="M18 9h2a2 2 0 0 1 2 2v11l-4-4h-6a2 2 0 0 1-2-2v-1" />
    </svg>
  );
}

function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <SignedOutLayout>
      <QueryError error={error} onRetry={onRetry} />
    </SignedOutLayout>
  );
}

function OrgShell({
  session,
  membership,
}: {
  session: SessionResponse;
  membership: SessionResponse['memberships'][number];
}) {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const organisation = useOrganisation(membership.orgId);
  // On a phone the open navigation covers the page like a dialog: the page behind it is out of reach.
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const pageBehindNavigation = navOpened && isPhone === true;
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape' && navOpened) closeNav();
  });
  useFocusMainOnNavigate();

  useEffect(() => rememberLastOrg(membership.orgId), [membership.orgId]);

  const current = useMemo<CurrentOrg | null>(
    () =>
      organisation.data
        ? {
            orgId: membership.orgId,
            orgName: organisation.data.name,
            timeZone: organisation.data.timeZone,
            roles: membership.roles,
            person: session.person,
          }
        : null,
    [membership, organisation.data, session.person],
  );

  return (
    <CurrentOrgContext.Provider value={current}>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px={{ base: 'sm', xs: 'md' }} gap="sm" wrap="nowrap" justify="space-between">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
                aria-expanded={navOpened}
                aria-controls="app-navigation"
              />
              <Brand to={`/o/${membership.orgId}`} />
              <Box visibleFrom="sm" miw={0}>
                <OrgSwitcher memberships={session.memberships} orgId={membership.orgId} />
              </Box>
            </Group>
            <Group gap={6} wrap="nowrap">
              <TalkToAPeerButton orgId={membership.orgId} />
              <CrisisHelpButton orgId={membership.orgId} orgName={membership.orgName} />
              {current && <PersonMenu />}
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          p="md"
          id="app-navigation"
          aria-label="Main"
          className={navOpened ? undefined : classes.navbarClosed}
        >
          <Box hiddenFrom="sm" mb="md">
            <OrgSwitcher memberships={session.memberships} orgId={membership.orgId} />
          </Box>
          {current && <AppNavigation onNavigate={closeNav} />}
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main} inert={pageBehindNavigation}>
          <Box maw={1100}>
            {organisation.isError ? (
              <QueryError error={organisation.error} onRetry={() => void organisation.refetch()} />
            ) : current ? (
              // A new organisation starts its pages afresh: no form keeps another organisation's values.
              <Fragment key={membership.orgId}>
                <Outlet />
              </Fragment>
            ) : (
              <PageLoader />
            )}
          </Box>
        </AppShell.Main>
      </AppShell>
    </CurrentOrgContext.Provider>
  );
}
