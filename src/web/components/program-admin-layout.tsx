import { Anchor, Group, Tabs, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { PageHeader } from './page-header.tsx';
import { PageLoader, QueryError } from './query-state.tsx';
import { UrlTabs, type UrlTab } from './url-tabs.tsx';

export interface ProgramTab<P> extends UrlTab {
  Panel: ComponentType<{ program: P }>;
  /** Kept mounted: a coordinator who looks at another tab comes back to what they were typing. */
  keepMounted?: boolean;
}

/** What a kind of program shows on its admin page; the page adds the program itself. */
export interface ProgramAdmin<P> {
  loadingLabel: string;
  describe: (program: P) => ReactNode;
  /** The page (under the organisation's) that lists every program of the kind, and what the link to it says. */
  allPrograms: { path: string; label: string };
  /** What stands before that link: the program's phase, what to do next. */
  Badges?: ComponentType<{ program: P }>;
  /** The program at a glance, above the tabs. */
  Glance: ComponentType<{ program: P }>;
  tabs: readonly [ProgramTab<P>, ...ProgramTab<P>[]];
}

interface ProgramAdminLayoutProps<P> extends ProgramAdmin<P> {
  program: UseQueryResult<P>;
}

/** A coordinator's page for one program (of mentoring, of peer groups): its name, figures at a glance, and tabs. */
export function ProgramAdminLayout<P extends { name: string }>(props: ProgramAdminLayoutProps<P>) {
  const { program, loadingLabel, describe, allPrograms, Badges, Glance, tabs } = props;
  const { orgId } = useCurrentOrg();
  if (program.isPending) return <PageLoader label={loadingLabel} />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;

  const allProgramsLink = (
    <Anchor component={Link} to={`/o/${orgId}/${allPrograms.path}`}>
      {allPrograms.label}
    </Anchor>
  );
  return (
    <>
      <PageHeader
        title={program.data.name}
        description={describe(program.data)}
        actions={
          Badges ? (
            <Group mt="xs" gap="sm">
              <Badges program={program.data} />
              <Text size="sm">{allProgramsLink}</Text>
            </Group>
          ) : (
            <Text size="sm" mt="xs">
              {allProgramsLink}
            </Text>
          )
        }
      />
      <Glance program={program.data} />
      <UrlTabs tabs={tabs}>
        {tabs.map(({ value, Panel, keepMounted }) => (
          <Tabs.Panel key={value} value={value} keepMounted={keepMounted}>
            <Panel program={program.data} />
          </Tabs.Panel>
        ))}
      </UrlTabs>
    </>
  );
}
