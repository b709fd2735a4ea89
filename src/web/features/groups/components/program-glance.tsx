import { SimpleGrid } from '@mantine/core';
import { Figure } from '#web/components/figure.tsx';
import type { GroupProgram } from '../api/get-group-program.ts';
import { plural } from './program-labels.ts';

/** The program at a glance: places taken, people waiting, and groups still without a facilitator. */
export function ProgramGlance({ program }: { program: GroupProgram }) {
  const groups = program.groups;
  const members = groups.reduce((n, g) => n + g.members, 0);
  const places = groups.reduce((n, g) => n + g.maxMembers, 0);
  const waiting = groups.reduce((n, g) => n + g.waiting, 0);
  const offered = groups.reduce((n, g) => n + g.offered, 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="lg">
      <Figure label="Groups" value={String(groups.length)} />
      <Figure
        label="Members"
        value={`${members} of ${places}`}
        hint={offered > 0 ? `${plural(offered, 'place')} offered` : 'places taken'}
      />
      <Figure label="On a wait-list" value={String(waiting)} />
      <Figure
        label="Groups without a facilitator"
        value={String(groups.filter((g) => g.facilitators.length === 0).length)}
      />
    </SimpleGrid>
  );
}
