import { Alert, Checkbox, Group, Modal, NumberInput, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  MAX_GROUP_FACILITATORS,
  MAX_GROUP_MEMBERS,
  SESSION_THEME_LABELS,
  SESSION_THEMES,
  ZSessionLogBody,
} from '#shared/contracts/groups.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import type { FacilitatedSession } from '../api/get-facilitation.ts';
import { useSaveSessionLog, type SessionLogBody } from '../api/save-session-log.ts';

const FIELDS = ['attendanceCount', 'themes', 'signpostingGiven', 'escalationNeeded'] as const;
const MAX_COUNT = MAX_GROUP_MEMBERS + MAX_GROUP_FACILITATORS;
const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

function YesNo({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <Radio.Group label={label} withAsterisk value={value} onChange={onChange} error={error}>
      <Group gap="lg" mt="xs">
        <Radio value="yes" label="Yes" size="md" />
        <Radio value="no" label="No" size="md" />
      </Group>
    </Radio.Group>
  );
}

/** The facilitator's log: a head count, themes from the list, signposting and escalation; no names, no free text (privacy rule 6). */
export function SessionLogModal({
  groupId,
  session,
  onClose,
}: {
  groupId: string;
  session: FacilitatedSession;
  onClose: () => void;
}) {
  const { orgId, timeZone } = useCurrentOrg();
  const save = useSaveSessionLog(orgId, groupId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [count, setCount] = useState<number | string>(session.log?.attendanceCount ?? (session.attended.length || ''));
  const [themes, setThemes] = useState<SessionLogBody['themes']>(session.log?.themes ?? []);
  const [signposting, setSignposting] = useState(yesNo(session.log?.signpostingGiven));
  const [escalation, setEscalation] = useState(yesNo(session.log?.escalationNeeded));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZSessionLogBody, {
      attendanceCount: count === '' ? undefined : Number(count),
      themes,
      signpostingGiven: signposting === '' ? undefined : signposting === 'yes',
      escalationNeeded: escalation === '' ? undefined : escalation === 'yes',
    });
    if (body) save.mutate({ sessionId: session.id, ...body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Log the session of ${formatDateTime(session.startsAt, timeZone)}`}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            No names and no free text: only how many came, the themes from the list, and yes or no. What was said stays
            in the group. If someone is at risk, raise a concern with the wellbeing lead as well.
          </Alert>
          <FormError message={formError} />
          <NumberInput
            label="How many came"
            required
            min={0}
            max={MAX_COUNT}
            allowDecimal={false}
            value={count}
            onChange={setCount}
            error={errorFor('attendanceCount') && `Enter how many came, from 0 to ${MAX_COUNT}`}
            data-autofocus
          />
          <Checkbox.Group
            size="md"
            label="Themes that came up"
            value={themes}
            onChange={(value) => setThemes(value as SessionLogBody['themes'])}
            error={errorFor('themes')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
              {SESSION_THEMES.map((theme) => (
                <Checkbox key={theme} value={theme} label={SESSION_THEME_LABELS[theme]} size="md" />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <YesNo
            label="Did you signpost anyone to further help?"
            value={signposting}
            onChange={setSignposting}
            error={errorFor('signpostingGiven') && 'Choose yes or no'}
          />
          <YesNo
            label="Was an escalation needed?"
            value={escalation}
            onChange={setEscalation}
            error={errorFor('escalationNeeded') && 'Choose yes or no'}
          />
          <FormActions onCancel={onClose} pending={save.isPending}>
            Save the log
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
