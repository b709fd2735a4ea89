import { Fieldset, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { numberValue, type GroupFormPartProps } from './group-form-values.ts';

/** When and where the group meets; members see the link or room only once they are in the group. */
export function GroupFormSchedule({ values, change, errorFor }: GroupFormPartProps) {
  const video = values.locationKind === 'video';
  return (
    <>
      <Fieldset legend="When it meets" p={{ base: 'sm', sm: 'md' }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First session"
            type="date"
            required
            value={values.firstSessionOn}
            onChange={(e) => change('firstSessionOn', e.currentTarget.value)}
            error={errorFor('firstSessionOn')}
          />
          <TextInput
            label="Start time"
            type="time"
            required
            value={values.startTime}
            onChange={(e) => change('startTime', e.currentTarget.value)}
            error={errorFor('startTime')}
          />
          <NumberInput
            label="Every how many days"
            description="14 is every two weeks. From 7 to 56."
            required
            min={7}
            max={56}
            allowDecimal={false}
            value={values.cadenceDays}
            onChange={(v) => change('cadenceDays', numberValue(v))}
            error={errorFor('cadenceDays')}
          />
          <NumberInput
            label="Length of a session (minutes)"
            description="From 20 to 180."
            required
            min={20}
            max={180}
            step={5}
            allowDecimal={false}
            value={values.durationMinutes}
            onChange={(v) => change('durationMinutes', numberValue(v))}
            error={errorFor('durationMinutes')}
          />
          <TextInput
            label="Closing date"
            description="Leave empty for a group that keeps going."
            type="date"
            value={values.closesOn}
            onChange={(e) => change('closesOn', e.currentTarget.value)}
            error={errorFor('closesOn')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Where it meets" p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="sm">
          <Radio.Group
            label="Meets"
            value={values.locationKind}
            onChange={(v) => change('locationKind', v as 'video' | 'room')}
            error={errorFor('location.kind')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="video" label="By video call" />
              <Radio value="room" label="In a room" />
            </Stack>
          </Radio.Group>
          <TextInput
            label={video ? 'Video link' : 'Room'}
            description={
              video
                ? 'Starts with https://. Only the members of the group see it.'
                : 'For example: ED education room, level 1. Only the members of the group see it.'
            }
            required
            maxLength={500}
            value={values.locationDetail}
            onChange={(e) => change('locationDetail', e.currentTarget.value)}
            error={errorFor('location.detail')}
          />
        </Stack>
      </Fieldset>
    </>
  );
}
