import { Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZSessionPlan, type SessionPlan } from '#shared/contracts/groups.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useSaveSessionPlan } from '../api/save-session-plan.ts';

const FIELDS = ['checkIn', 'theme', 'checkOut', 'signposting'] as const;
const PARTS: { field: (typeof FIELDS)[number]; label: string; description: string; maxLength: number }[] = [
  { field: 'checkIn', label: 'Check-in', description: 'How you open each session.', maxLength: 1000 },
  { field: 'theme', label: 'Theme', description: 'What the group talks about.', maxLength: 1000 },
  { field: 'checkOut', label: 'Check-out', description: 'How you close, so people leave steady.', maxLength: 1000 },
  {
    field: 'signposting',
    label: 'Signposting',
    description: 'Where to turn for more help: the organisation’s services and numbers.',
    maxLength: 2000,
  },
];

/** The plan every session follows, shared by the group's facilitators. */
export function FacilitationPlan({ groupId, plan }: { groupId: string; plan: SessionPlan }) {
  const { orgId } = useCurrentOrg();
  const save = useSaveSessionPlan(orgId, groupId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [values, setValues] = useState<SessionPlan>(plan);
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZSessionPlan, values);
    if (body) save.mutate(body, { onSuccess: () => setSaved(true), onError: showError });
  }

  return (
    <Section title="Session plan">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Both facilitators of the group see and edit this plan.
          </Text>
          {PARTS.map((part) => (
            <Textarea
              key={part.field}
              label={part.label}
              description={part.description}
              autosize
              minRows={2}
              maxLength={part.maxLength}
              value={values[part.field]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((v) => ({ ...v, [part.field]: value }));
                setSaved(false);
              }}
              error={errorFor(part.field)}
            />
          ))}
          <FormError message={formError} />
          <SaveButton pending={save.isPending} saved={saved} message="Plan saved">
            Save the plan
          </SaveButton>
        </Stack>
      </form>
    </Section>
  );
}
