import { Checkbox, Group, Radio, Stack, TextInput } from '@mantine/core';
import { CONTACT_METHOD_LABELS, CONTACT_METHODS, type ContactMethod } from '#shared/contracts/peer-support.ts';

/** What the form holds for "how to be reached": empty text rather than undefined, so inputs stay controlled. */
export interface ContactDraft {
  contactMethod: ContactMethod;
  contactDetail: string;
  anonymous: boolean;
}

export const EMPTY_CONTACT: ContactDraft = { contactMethod: 'phone', contactDetail: '', anonymous: false };

/** The draft as the contract's ContactChoice: no detail for chat or an anonymous request. */
export function contactChoiceOf(draft: ContactDraft) {
  const detail = draft.contactDetail.trim();
  const needsNoDetail = draft.anonymous || draft.contactMethod === 'chat';
  return {
    contactMethod: draft.anonymous ? ('chat' as const) : draft.contactMethod,
    contactDetail: needsNoDetail || !detail ? undefined : detail,
    anonymous: draft.anonymous,
  };
}

const DETAIL: Partial<Record<ContactMethod, { label: string; description: string; required: boolean; type: string }>> =
  {
    phone: {
      label: 'Number to call',
      description: 'Only the supporter who takes your request sees it.',
      required: true,
      type: 'tel',
    },
    video: {
      label: 'Number or video link',
      description: 'A phone number for a video call, or a link to a meeting room.',
      required: true,
      type: 'text',
    },
    in_person: {
      label: 'Where to find you (optional)',
      description: 'A ward, or a place at work where you can talk.',
      required: false,
      type: 'text',
    },
  };

/**
 * How to be reached, and whether to stay anonymous to the supporter: an anonymous request shows the supporter a
 * made-up name and is answered by chat in Kindred only, so it takes no contact detail.
 */
export function ContactChoiceFields({
  value,
  onChange,
  errorFor,
  allowAnonymous = true,
}: {
  value: ContactDraft;
  onChange: (value: ContactDraft) => void;
  errorFor: (field: string) => string | undefined;
  allowAnonymous?: boolean;
}) {
  const method = value.anonymous ? 'chat' : value.contactMethod;
  const detail = value.anonymous ? undefined : DETAIL[method];
  return (
    <Stack gap="md">
      <Radio.Group
        label="How should they reach you?"
        size="md"
        value={method}
        onChange={(next) => onChange({ ...value, contactMethod: next as ContactMethod })}
        error={errorFor('contactMethod')}
        withAsterisk
      >
        <Group gap="md" mt="xs">
          {CONTACT_METHODS.map((m) => (
            <Radio
              key={m}
              value={m}
              label={CONTACT_METHOD_LABELS[m]}
              size="md"
              disabled={value.anonymous && m !== 'chat'}
            />
          ))}
        </Group>
      </Radio.Group>
      {detail && (
        <TextInput
          size="md"
          label={detail.label}
          description={detail.description}
          type={detail.type}
          autoComplete={detail.type === 'tel' ? 'tel' : 'off'}
          required={detail.required}
          maxLength={200}
          value={value.contactDetail}
          onChange={(e) => onChange({ ...value, contactDetail: e.currentTarget.value })}
          error={errorFor('contactDetail')}
        />
      )}
      {allowAnonymous && (
        <Checkbox
          size="md"
          label="Stay anonymous to the supporter"
          description={
            value.anonymous
              ? 'The supporter sees a made-up name instead of yours, never your name or e-mail. You talk by chat here in Kindred only.'
              : 'You would be shown under a made-up name and talk by chat in Kindred only.'
          }
          checked={value.anonymous}
          onChange={(e) => onChange({ ...value, anonymous: e.currentTarget.checked })}
          error={errorFor('anonymous')}
        />
      )}
    </Stack>
  );
}
