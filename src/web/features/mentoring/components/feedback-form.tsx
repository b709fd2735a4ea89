import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/components/query-state.tsx';
import { ScaleField } from '#web/components/scale-field.tsx';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import type { FeedbackBody } from '../api/give-feedback.ts';

const FIELDS = ['useful', 'metAsPlanned', 'recommend', 'comment'] as const;
/** Four quick questions; the only free text is optional. */
export function FeedbackForm({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: string | null;
  onSubmit: (body: FeedbackBody) => void;
}) {
  const [useful, setUseful] = useState('');
  const [metAsPlanned, setMetAsPlanned] = useState('');
  const [recommend, setRecommend] = useState('');
  const [comment, setComment] = useState('');
  const errors = useFormErrors(FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const ok = errors.checkRequired({
      useful: useful ? undefined : 'Choose how useful mentoring has been',
      metAsPlanned: metAsPlanned ? undefined : 'Choose how well you have met as planned',
      recommend: recommend ? undefined : 'Choose yes or no',
    });
    if (!ok) {
      focusFirstInvalid(form);
      return;
    }
    onSubmit({ useful: Number(useful), metAsPlanned: Number(metAsPlanned), recommend: recommend === 'yes', comment });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ScaleField
          name="useful"
          label="How useful has mentoring been so far?"
          description="1 is not useful at all, 5 is very useful."
          value={useful}
          onChange={setUseful}
          error={errors.errorFor('useful')}
        />
        <ScaleField
          name="metAsPlanned"
          label="Have you met as planned?"
          description="1 is hardly at all, 5 is every planned meeting."
          value={metAsPlanned}
          onChange={setMetAsPlanned}
          error={errors.errorFor('metAsPlanned')}
        />
        <Radio.Group
          name="recommend"
          label="Would you recommend this program to a colleague?"
          value={recommend}
          onChange={setRecommend}
          error={errors.errorFor('recommend')}
          withAsterisk
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label="Yes" size="md" />
            <Radio value="no" label="No" size="md" />
          </Group>
        </Radio.Group>
        <Textarea
          label="What would you change?"
          description="Optional. Please leave out names and anything that could identify a patient or a colleague."
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={errors.errorFor('comment')}
        />
        <FormError message={error} />
        <Group>
          <Button type="submit" loading={pending}>
            Send feedback
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
