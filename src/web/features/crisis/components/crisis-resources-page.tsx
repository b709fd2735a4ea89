import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZCrisisResourcesBody, type CrisisResource } from '#shared/contracts/organisation.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { SaveStatus } from '#web/components/save-status.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCrisisResources } from '../api/get-crisis-resources.ts';
import { useSaveCrisisResources } from '../api/save-crisis-resources.ts';

const MAX_RESOURCES = 20;
const FIELDS = ['resources'] as const;

/** What the form holds: empty text rather than null, so every input stays controlled. */
interface ResourceDraft {
  label: string;
  phone: string;
  url: string;
  description: string;
}

const toDraft = (r: CrisisResource): ResourceDraft => ({
  label: r.label,
  phone: r.phone ?? '',
  url: r.url ?? '',
  description: r.description ?? '',
});
const fromDraft = (d: ResourceDraft) => ({
  label: d.label,
  phone: d.phone.trim() || null,
  url: d.url.trim() || null,
  description: d.description.trim() || null,
});
const EMPTY: ResourceDraft = { label: '', phone: '', url: '', description: '' };

export function CrisisResourcesPage() {
  const { orgId } = useCurrentOrg();
  const resources = useCrisisResources(orgId);
  return (
    <>
      <PageHeader
        title="Crisis resources"
        description='Shown to everyone in your organisation behind the "Need help now?" button on every page. Put the numbers people should call at 3 a.m. first: your employee assistance program, the doctors&apos; health service, local crisis lines.'
      />
      {resources.isPending && <PageLoader />}
      {resources.isError && <QueryError error={resources.error} onRetry={() => void resources.refetch()} />}
      {resources.data && <CrisisResourcesForm saved={resources.data.resources} />}
    </>
  );
}

function CrisisResourcesForm({ saved }: { saved: CrisisResource[] }) {
  const { orgId } = useCurrentOrg();
  const save = useSaveCrisisResources(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [drafts, setDrafts] = useState<ResourceDraft[]>(saved.map(toDraft));

  function update(index: number, change: Partial<ResourceDraft>) {
    setDrafts((current) => current.map((d, i) => (i === index ? { ...d, ...change } : d)));
    save.reset();
  }

  function move(index: number, by: -1 | 1) {
    setDrafts((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });
    save.reset();
  }

  function remove(index: number) {
    setDrafts((current) => current.filter((_, i) => i !== index));
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZCrisisResourcesBody, { resources: drafts.map(fromDraft) });
    if (body) save.mutate(body.resources, { onError: showError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError message={formError} />
        {drafts.length === 0 && (
          <Text>No resources yet: everyone sees general emergency and crisis numbers until you add your own.</Text>
        )}
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {drafts.map((draft, index) => {
            const field = (name: keyof ResourceDraft) => errorFor(`resources.${index}.${name}`);
            const title = draft.label.trim() || `Resource ${index + 1}`;
            return (
              <Card key={index} withBorder padding="md" component="li" aria-label={title}>
                <Group justify="space-between" mb="sm" wrap="wrap">
                  <Title order={2} size="h5">
                    {index + 1}. {title}
                  </Title>
                  <Group gap="xs">
                    <Button
                      variant="default"
                      size="sm"
                      onClick={() => move(index, -1)}
                      disabled={index === 0}
                      aria-label={`Move ${title} up`}
                    >
                      Move up
                    </Button>
                    <Button
                      variant="default"
                      size="sm"
                      onClick={() => move(index, 1)}
                      disabled={index === drafts.length - 1}
                      aria-label={`Move ${title} down`}
                    >
                      Move down
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="sm"
                      onClick={() => remove(index)}
                      aria-label={`Remove ${title}`}
                    >
                      Remove
                    </Button>
                  </Group>
                </Group>
                <Stack gap="sm">
                  <TextInput
                    label="Name"
                    required
                    value={draft.label}
                    onChange={(e) => update(index, { label: e.currentTarget.value })}
                    error={field('label')}
                  />
                  <Group grow align="flex-start" wrap="wrap">
                    <TextInput
                      label="Phone"
                      type="tel"
                      description="As people should dial it"
                      value={draft.phone}
                      onChange={(e) => update(index, { phone: e.currentTarget.value })}
                      error={field('phone')}
                      miw={200}
                    />
                    <TextInput
                      label="Website"
                      type="url"
                      description="Starting with https://"
                      value={draft.url}
                      onChange={(e) => update(index, { url: e.currentTarget.value })}
                      error={field('url')}
                      miw={200}
                    />
                  </Group>
                  <Textarea
                    label="Description"
                    description="When to call and when they are open."
                    autosize
                    minRows={2}
                    maxLength={300}
                    value={draft.description}
                    onChange={(e) => update(index, { description: e.currentTarget.value })}
                    error={field('description')}
                  />
                </Stack>
              </Card>
            );
          })}
        </Stack>
        <Group>
          <Button
            variant="light"
            onClick={() => setDrafts((current) => [...current, EMPTY])}
            disabled={drafts.length >= MAX_RESOURCES}
          >
            Add a resource
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save crisis resources
          </Button>
          <SaveStatus saved={save.isSuccess} message="Saved. Everyone sees the new list now." />
        </Group>
      </Stack>
    </form>
  );
}
