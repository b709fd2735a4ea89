import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { CrisisResource } from '#shared/contracts/organisation.ts';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function CrisisResourceList({ resources }: { resources: readonly CrisisResource[] }) {
  return (
    <Stack gap="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {resources.map((resource, index) => (
        <Stack key={`${resource.label}-${index}`} gap={6} component="li">
          <Title order={3} size="h4">
            {resource.label}
          </Title>
          {resource.description && <Text>{resource.description}</Text>}
          <Group gap="sm">
            {resource.phone && (
              <Button
                component="a"
                href={telHref(resource.phone)}
                aria-label={`Call ${resource.label} on ${resource.phone}`}
              >
                Call {resource.phone}
              </Button>
            )}
            {resource.url && (
              <Anchor href={resource.url} target="_blank" rel="noopener noreferrer" fw={600}>
                Visit {new URL(resource.url).hostname.replace(/^www\./, '')}
                <Text span size="sm" c="dimmed">
                  {' '}
                  (opens in a new tab)
                </Text>
              </Anchor>
            )}
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
