import { List, Stack, Text } from '@mantine/core';
import { Section } from '#web/components/section.tsx';

/**
 * What peer support is and is not, and who sees a request, in plain words, before anyone asks (issue 13,
 * step 1). Each promise here is kept by the server and its tests (docs/privacy.md, "Talk to a peer").
 */
export function AboutPeerSupport() {
  return (
    <Section title="What this is">
      <Stack gap="sm">
        <Text>
          A trained colleague — another doctor or student — contacts you to listen and help you through a hard time. It
          is psychological first aid from a peer.
        </Text>
        <List spacing={4}>
          <List.Item>It is not counselling or therapy, and it is not an assessment of you or your work.</List.Item>
          <List.Item>
            Nothing goes to your training program or HR, and it is never offered to your own supervisor or assessor.
          </List.Item>
          <List.Item>
            The few supporters it is offered to see what it is about, not who you are; only the one who takes it learns
            your name (or only a made-up name, if you stay anonymous). The program lead sees counts and times, never
            names.
          </List.Item>
          <List.Item>
            It is confidential, unless someone is at risk of harm: only then does the supporter bring in more help.
          </List.Item>
        </List>
      </Stack>
    </Section>
  );
}
