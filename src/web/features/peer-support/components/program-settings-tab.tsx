import { Button, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ZPeerProgramBody, type PeerProgram, type PersonRef } from '#shared/contracts/peer-support.ts';
import { PersonSearchSelect, type FoundPerson } from '#web/components/person-search-select.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useSettingsForm } from '#web/lib/settings-form.ts';
import { findPeople } from '../api/find-people.ts';
import { useUpdatePeerProgram } from '../api/update-peer-program.ts';

type Limit = Exclude<keyof PeerProgram, 'id' | 'name' | 'backup' | 'lead'>;

/** The program's limits, in the order a request meets them, with what each one does. */
const LIMITS: readonly { key: Limit; label: string; description: string; min: number; max: number }[] = [
  {
    key: 'ackMinutes',
    label: 'Minutes to acknowledge',
    description: 'A request nobody takes in this time goes to the next people.',
    min: 5,
    max: 1440,
  },
  {
    key: 'supportersPerStep',
    label: 'Supporters asked at each step',
    description: 'How many on-call or available supporters are offered a request at once.',
    min: 1,
    max: 20,
  },
  {
    key: 'followUpHours',
    label: 'Hours to offer a follow-up',
    description: 'How long after closing the person may ask for a follow-up.',
    min: 1,
    max: 336,
  },
  {
    key: 'retentionDays',
    label: 'Days before names are erased',
    description: 'After this, what identifies a requester is erased; only counts remain.',
    min: 1,
    max: 3650,
  },
  {
    key: 'defaultWeeklyCap',
    label: 'Weekly cap per supporter',
    description: 'Requests a supporter may take in 7 days, unless they have their own cap.',
    min: 1,
    max: 50,
  },
  {
    key: 'supervisionEveryDays',
    label: 'Days between supervision sessions',
    description: 'A supporter with no session logged in this time shows as overdue.',
    min: 7,
    max: 365,
  },
  {
    key: 'shiftReminderHours',
    label: 'Hours before a shift to remind',
    description: 'Supporters are reminded of their shift this long before it starts.',
    min: 1,
    max: 72,
  },
  {
    key: 'eventOfferHours',
    label: 'Hours an offer after an event stays open',
    description: 'A private offer of a peer after a serious event lapses after this.',
    min: 1,
    max: 336,
  },
];

const FIELDS = ['name', ...LIMITS.map((l) => l.key), 'backupPersonId', 'leadPersonId'] as const;

const found = (person: PersonRef | null): FoundPerson | null => person && { id: person.id, label: person.name };

/** The program's name, limits, and the backup and lead who are asked when no supporter takes a request. */
export function ProgramSettingsTab({ program }: { program: PeerProgram }) {
  const { orgId, person: me } = useCurrentOrg();
  const save = useUpdatePeerProgram(orgId);
  const { values, change, submit, formRef, formError, errorFor } = useSettingsForm({
    fields: FIELDS,
    schema: ZPeerProgramBody,
    initial: () => ({
      name: program.name,
      ...(Object.fromEntries(LIMITS.map((l) => [l.key, program[l.key]])) as Record<Limit, number | string>),
      backupPersonId: program.backup?.id ?? null,
      leadPersonId: program.lead?.id ?? null,
    }),
    save,
  });
  const meFound: FoundPerson = { id: me.id, label: `${me.name} (you)` };
  /** Who a person field shows by name: the one saved, or the signed-in person chosen with "Choose yourself". */
  const currentFor = (saved: PersonRef | null, id: string | null) => (id === me.id ? meFound : found(saved));

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="xl" maw={880}>
        <FormError message={formError} />
        <Section title="The program">
          <TextInput
            label="Name"
            required
            value={values.name}
            onChange={(e) => change('name', e.currentTarget.value)}
            error={errorFor('name')}
            maw={480}
          />
        </Section>
        <Section title="Limits">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {LIMITS.map((l) => (
              <NumberInput
                key={l.key}
                label={l.label}
                description={l.description}
                required
                min={l.min}
                max={l.max}
                allowDecimal={false}
                value={values[l.key]}
                onChange={(value) => change(l.key, value)}
                error={errorFor(l.key)}
              />
            ))}
          </SimpleGrid>
        </Section>
        <Section title="When no supporter takes a request">
          <Text size="sm" mb="sm">
            A request nobody takes goes next to the backup, then to the lead. Leave one empty to skip that step. Either
            is skipped for a requester they supervise or assess.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {(['backupPersonId', 'leadPersonId'] as const).map((field) => (
              <Stack key={field} gap={4}>
                <PersonSearchSelect
                  label={field === 'backupPersonId' ? 'Backup' : 'Program lead'}
                  description="Part of a name, or a whole e-mail address."
                  queryKey={['orgs', orgId, 'peer-support', 'people']}
                  search={(text) => findPeople(orgId, text)}
                  value={values[field]}
                  current={currentFor(field === 'backupPersonId' ? program.backup : program.lead, values[field])}
                  onChange={(id) => change(field, id)}
                  error={errorFor(field)}
                />
                {values[field] !== me.id && (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => change(field, me.id)}
                    aria-label={`Choose yourself as ${field === 'backupPersonId' ? 'backup' : 'program lead'}`}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    Choose yourself
                  </Button>
                )}
              </Stack>
            ))}
          </SimpleGrid>
        </Section>
        <SaveButton pending={save.isPending} saved={save.isSuccess} message="Settings saved">
          Save settings
        </SaveButton>
      </Stack>
    </form>
  );
}
