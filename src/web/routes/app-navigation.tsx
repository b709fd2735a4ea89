import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { Role } from '#shared/contracts/common.ts';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';
import classes from './layout.module.css';

interface NavItem {
  label: string;
  path: string;
  /** Who sees the link; everyone when absent. The server checks the same roles on every call. */
  roles?: Role[];
}

const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '' },
  { label: 'Mentoring', path: '/mentoring' },
  { label: 'Peer groups', path: '/groups' },
  { label: 'Talk to a peer', path: '/talk' },
  {
    label: 'Peer support',
    path: '/peer-support',
    roles: ['peer_supporter', 'coordinator', 'wellbeing_lead', 'org_admin'],
  },
  {
    label: 'Debriefs and events',
    path: '/peer-support/debriefs',
    roles: ['supervisor', 'wellbeing_lead', 'coordinator', 'org_admin'],
  },
  { label: 'My profile', path: '/profile' },
  { label: 'People', path: '/people', roles: ['org_admin', 'coordinator'] },
  { label: 'Organisation set-up', path: '/setup', roles: ['org_admin'] },
  { label: 'Import people', path: '/import', roles: ['org_admin'] },
  { label: 'Crisis resources', path: '/crisis-resources', roles: ['org_admin'] },
];

/** Whether `pathname` is the item's page or one under it (not merely a longer word: `/talk` is not `/talkative`). */
function isUnder(pathname: string, base: string, item: NavItem): boolean {
  if (item.path === '') return pathname === base || pathname === `${base}/`;
  const to = `${base}${item.path}`;
  return pathname === to || pathname.startsWith(`${to}/`);
}

export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const org = useCurrentOrg();
  const { pathname } = useLocation();
  const base = `/o/${org.orgId}`;
  const items = NAV_ITEMS.filter((item) => !item.roles || hasRole(org, ...item.roles));
  // Only the longest matching item is the current page: under /peer-support/debriefs, "Peer support" is not.
  const current = items
    .filter((item) => isUnder(pathname, base, item))
    .reduce<NavItem | undefined>(
      (longest, item) => (longest && longest.path.length >= item.path.length ? longest : item),
      undefined,
    );

  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => {
        const to = `${base}${item.path}`;
        const active = item === current;
        return (
          <li key={item.path}>
            <NavLink
              component={Link}
              to={to}
              label={item.label}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              className={classes.navLink}
              fw={600}
            />
          </li>
        );
      })}
    </Stack>
  );
}
