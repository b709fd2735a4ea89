import { Button, Radio, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import {
  LENGTH_BAND_LABELS,
  LENGTH_BANDS,
  OUTCOME_LABELS,
  OUTCOMES,
  ZCloseBody,
  type LengthBand,
  type Outcome,
} from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { instantOf, localParts } from '#web/lib/org-clock.ts';
import { useCloseRequest } from '../api/close-request.ts';

const FIELDS = ['outcome', 'lengthBand', 'followUpAt'];
/** The contract, with plain messages when nothing is chosen, and a booked follow-up needing its time. */
const ZCloseForm = z
  .object({
    outcome: z.enum(OUTCOMES, { error: 'Choose how it ended' }),
    lengthBand: z.enum(LENGTH_BANDS, { error: 'Choose roughly how long' }),
  })
  .and(
    z
      .object({ outcome: z.string().optional(), followUpAt: z.string().optional() })
      .refine((v) => v.outcome !== 'follow_up_booked' || v.followUpAt, {
        path: ['followUpAt'],
        message: 'Choose when the follow-up is',
      }),
  )
  .and(ZCloseBody);

const asInput = (iso: string, timeZone: string) => {
  const { date, time } = localParts(iso, timeZone);
  return `${date}T${time}`;
};

/**
 * Closing with a record that holds no content (issue 13, step 3): how it ended, a rough length, and when the
 * follow-up is booked for, within the program's follow-up time, on the organisation's clock.
 */
export function CloseRequestForm({ requestId, followUpHours }: { requestId: string; followUpHours: number }) {
  const { orgId, timeZone } = useCurrentOrg();
  const close = useCloseRequest(orgId, requestId);
  const formRef = useRef<HTMLFormElement>(null);
  const { formError, validate, showError, errorFor, clearField } = useFormErrors(FIELDS);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [lengthBand, setLengthBand] = useState<LengthBand | null>(null);
  const [followUpAt, setFollowUpAt] = useState('');
  const [now] = useState(() => Date.now());
  const min = asInput(new Date(now).toISOString(), timeZone);
  const max = asInput(new Date(now + followUpHours * 3_600_000).toISOString(), timeZone);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (close.isPending) return;
    const [date, time] = followUpAt.split('T');
    const body = validate(ZCloseForm, {
      outcome: outcome ?? undefined,
      lengthBand: lengthBand ?? undefined,
      followUpAt: outcome === 'follow_up_booked' && date && time ? instantOf(date, time, timeZone) : undefined,
    });
    if (!body) return focusFirstInvalid(formRef.current);
    close.mutate(body, { onError: showError });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError message={formError} />
        <Radio.Group
          label="How did it end?"
          size="md"
          value={outcome}
          onChange={(value) => {
            setOutcome(value as Outcome);
            clearField('outcome');
          }}
          error={errorFor('outcome')}
          withAsterisk
        >
          <Stack gap="sm" mt="xs">
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={OUTCOME_LABELS[o]} size="md" />
            ))}
          </Stack>
        </Radio.Group>
        {outcome === 'follow_up_booked' && (
          <TextInput
            size="md"
            type="datetime-local"
            label="Follow-up booked for"
            description={`Within ${followUpHours} hours, on the organisation's clock (${timeZone}).`}
            required
            min={min}
            max={max}
            value={followUpAt}
            onChange={(e) => {
              setFollowUpAt(e.currentTarget.value);
              clearField('followUpAt');
            }}
            error={errorFor('followUpAt')}
          />
        )}
        <Radio.Group
          label="Roughly how long did you talk?"
          size="md"
          value={lengthBand}
          onChange={(value) => {
            setLengthBand(value as LengthBand);
            clearField('lengthBand');
          }}
          error={errorFor('lengthBand')}
          withAsterisk
        >
          <Stack gap="sm" mt="xs">
            {LENGTH_BANDS.map((l) => (
              <Radio key={l} value={l} label={LENGTH_BAND_LABELS[l]} size="md" />
            ))}
          </Stack>
        </Radio.Group>
        <div>
          <Button type="submit" size="md" loading={close.isPending}>
            Close the request
          </Button>
        </div>
      </Stack>
    </form>
  );
}
