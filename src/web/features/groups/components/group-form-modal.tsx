import { Fieldset, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useRef, useState, type FormEvent } from 'react';
import {
  MAX_GROUP_FACILITATORS,
  MAX_GROUP_MEMBERS,
  ZGroupSettings,
  type Group as PeerGroup,
} from '#shared/contracts/groups.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { FacilitatorPicker } from './facilitator-picker.tsx';
import { GroupFormEligibility } from './group-form-eligibility.tsx';
import { useSaveGroup } from './group-form-save.ts';
import { GroupFormSchedule } from './group-form-schedule.tsx';
import { initialValues, missingFields, numberValue, settingsOf, type GroupFormValues } from './group-form-values.ts';

const FIELDS = [
  'name',
  'description',
  'maxMembers',
  'maxFacilitators',
  'firstSessionOn',
  'startTime',
  'cadenceDays',
  'durationMinutes',
  'location',
  'closesOn',
  'eligibility',
  'personIds',
] as const;

interface GroupFormModalProps {
  programId: string;
  /** null for a new group. */
  group: PeerGroup | null;
  onSaved: (group: PeerGroup) => void;
  onClose: () => void;
}

/** Every setting of a group and its facilitators, for a new group or an existing one. */
export function GroupFormModal({ programId, group, onSaved, onClose }: GroupFormModalProps) {
  const { save, pending } = useSaveGroup(programId);
  const { formError, validate, checkRequired, showError, errorFor } = useFormErrors(FIELDS);
  const [values, setValues] = useState<GroupFormValues>(() => initialValues(group));
  const [saved, setSaved] = useState<PeerGroup | null>(group);
  const formRef = useRef<HTMLFormElement>(null);
  // A long form: on a phone it takes the whole screen rather than a narrow box inside it.
  const phone = useMediaQuery('(max-width: 36em)');

  function change<K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const settings = checkRequired(missingFields(values)) ? validate(ZGroupSettings, settingsOf(values)) : null;
    if (!settings) return focusFirstInvalid(formRef.current);
    save(saved, settings, values.facilitatorIds, setSaved).then(onSaved, (error: unknown) => {
      showError(error);
      focusFirstInvalid(formRef.current);
    });
  }

  return (
    <Modal opened onClose={onClose} title={group ? `Edit: ${group.name}` : 'New group'} size="xl" fullScreen={phone}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <Fieldset legend="About the group" p={{ base: 'sm', sm: 'md' }}>
            <Stack gap="sm">
              <TextInput
                label="Name"
                required
                maxLength={120}
                value={values.name}
                onChange={(e) => change('name', e.currentTarget.value)}
                error={errorFor('name')}
                data-autofocus
              />
              <Textarea
                label="Description"
                description="What members read before they join: who it is for, when and how it meets."
                autosize
                minRows={2}
                maxLength={2000}
                value={values.description}
                onChange={(e) => change('description', e.currentTarget.value)}
                error={errorFor('description')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label="Most members"
                  description={`Up to ${MAX_GROUP_MEMBERS}. When it is full, people join the wait-list.`}
                  required
                  min={2}
                  max={MAX_GROUP_MEMBERS}
                  allowDecimal={false}
                  value={values.maxMembers}
                  onChange={(v) => change('maxMembers', numberValue(v))}
                  error={errorFor('maxMembers')}
                />
                <NumberInput
                  label="Most facilitators"
                  description={`1 or ${MAX_GROUP_FACILITATORS}.`}
                  required
                  min={1}
                  max={MAX_GROUP_FACILITATORS}
                  allowDecimal={false}
                  value={values.maxFacilitators}
                  onChange={(v) => change('maxFacilitators', numberValue(v))}
                  error={errorFor('maxFacilitators')}
                />
              </SimpleGrid>
              <FacilitatorPicker
                value={values.facilitatorIds}
                onChange={(ids) => change('facilitatorIds', ids)}
                max={Math.min(MAX_GROUP_FACILITATORS, Number(values.maxFacilitators) || MAX_GROUP_FACILITATORS)}
                error={errorFor('personIds')}
              />
            </Stack>
          </Fieldset>
          <GroupFormSchedule values={values} change={change} errorFor={errorFor} />
          <GroupFormEligibility values={values} change={change} errorFor={errorFor} />
          <FormActions onCancel={onClose} pending={pending}>
            {saved ? 'Save changes' : 'Create group'}
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
