import { List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { BackLink } from '#web/components/back-link.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { AskForm } from './ask-form.tsx';
import { CrisisNumbers } from './crisis-numbers.tsx';

/**
 * "I'm worried about someone" (issue 13, step 6): peers notice distress first but feel ill-equipped and fear
 * breaking confidence, so a short guide, the crisis numbers, and advice from a supporter for the person themselves.
 */
export function WorriedGuidePage() {
  const { orgId } = useCurrentOrg();
  return (
    <>
      <PageHeader
        title="I’m worried about someone"
        description="Colleagues often notice first. You do not need to be an expert or fix anything: noticing, asking and listening already help."
      />
      <Stack gap="xl">
        <GuidePart title="How to start">
          <List.Item>Find a quiet moment and a private place, even five minutes after handover.</List.Item>
          <List.Item>Say what you noticed, without judging: “You’ve seemed quiet since that night shift.”</List.Item>
          <List.Item>Ask, and ask again: “How are you doing — really?”</List.Item>
          <List.Item>If they do not want to talk, that is fine. Say you are there, and check in again later.</List.Item>
        </GuidePart>
        <GuidePart title="How to listen">
          <List.Item>Give them time. Silence is all right.</List.Item>
          <List.Item>Say back what you heard, so they know you understood.</List.Item>
          <List.Item>Ask what would help, rather than telling them what to do.</List.Item>
        </GuidePart>
        <GuidePart title="What not to do">
          <List.Item>Do not diagnose, judge, or compare with your own story.</List.Item>
          <List.Item>Do not press for the details of a case or an event.</List.Item>
          <List.Item>Do not talk about them with other colleagues.</List.Item>
          <List.Item>Do not promise to keep everything secret: you cannot if someone is at risk of harm.</List.Item>
        </GuidePart>
        <GuidePart title="When it is serious">
          <List.Item>
            Take it seriously if they talk about not coping, feeling hopeless or trapped, being a burden, or harming
            themselves or someone else.
          </List.Item>
          <List.Item>
            Ask directly: “Are you thinking about suicide?” Asking does not put the idea in their head.
          </List.Item>
          <List.Item>
            If they are in danger now, stay with them and call the emergency number. Otherwise help them reach their GP,
            your employee assistance program or a doctors’ health service today — offer to make the call with them.
          </List.Item>
        </GuidePart>
        <Section title="Who to call">
          <CrisisNumbers />
        </Section>
        <Section title="Ask a trained supporter for advice">
          <Stack gap="md">
            <Text>
              A peer supporter can talk it through with you: what to say, what to do next, and how you are doing. You do
              not name your colleague — the request is about you.
            </Text>
            <AskForm topic="worried_about_someone" submitLabel="Ask for advice" />
          </Stack>
        </Section>
        <BackLink to={`/o/${orgId}/talk`}>Back to Talk to a peer</BackLink>
      </Stack>
    </>
  );
}

function GuidePart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Section title={title}>
      <List spacing="xs">{children}</List>
    </Section>
  );
}
