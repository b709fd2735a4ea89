import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlTab {
  value: string;
  label: string;
}

/**
 * Tabs whose choice is kept in the address (`?tab=…`), so a reload or a shared link opens the same
 * tab. The first tab is the default and leaves the address clean. Children are the `Tabs.Panel`s.
 */
export function UrlTabs({ tabs, children }: { tabs: readonly [UrlTab, ...UrlTab[]]; children: ReactNode }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const first = tabs[0].value;
  const requested = searchParams.get('tab');
  const tab = tabs.some((t) => t.value === requested) ? requested : first;
  return (
    <Tabs
      value={tab}
      onChange={(value) => setSearchParams(value && value !== first ? { tab: value } : {}, { replace: true })}
      keepMounted={false}
    >
      <Tabs.List mb="lg">
        {tabs.map((t) => (
          <Tabs.Tab key={t.value} value={t.value} fz="md">
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {children}
    </Tabs>
  );
}
