import { Alert, Anchor, Button, Card, Checkbox, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportPreview } from '#shared/contracts/people.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useCommitImport, type ImportResult } from '../api/commit-import.ts';
import { usePreviewImport } from '../api/preview-import.ts';
import { CsvFileInput } from './csv-file-input.tsx';
import { ImportColumnsHelp } from './import-columns-help.tsx';
import { ImportPreviewView } from './import-preview-view.tsx';
import { MAX_IMPORT_BYTES, readFileText } from './read-file-text.ts';

export function ImportPage() {
  const { orgId } = useCurrentOrg();
  const preview = usePreviewImport(orgId);
  const commit = useCommitImport(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sendInvitations, setSendInvitations] = useState(true);
  const [result, setResult] = useState<ImportResult | null>(null);
  // A new key empties the native file input when starting over.
  const [inputKey, setInputKey] = useState(0);

  async function chooseFile(chosen: File | null) {
    setFile(chosen);
    setCsv(null);
    setFileError(null);
    setResult(null);
    preview.reset();
    commit.reset();
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFileError('The file is larger than 5 MB. Split it into smaller files and import them one after the other.');
      return;
    }
    try {
      const text = await readFileText(chosen);
      setCsv(text);
      preview.mutate({ csv: text, sendInvitations });
    } catch {
      setFileError('The file could not be read. Save it again as CSV and try once more.');
    }
  }

  function runImport() {
    if (csv === null) return;
    commit.mutate(
      { csv, sendInvitations },
      {
        onSuccess: setResult,
        onError: (error) => {
          // The file changed meaning since the preview (someone renamed a site): show the problems again.
          if (isApiError(error, 'import_has_errors')) preview.mutate({ csv, sendInvitations });
        },
      },
    );
  }

  function startOver() {
    void chooseFile(null);
    setInputKey((key) => key + 1);
  }

  if (result) return <ImportResultView result={result} orgId={orgId} onStartOver={startOver} />;

  const ready: ImportPreview | undefined = preview.data;
  const changes = ready ? ready.toCreate + ready.toUpdate : 0;

  return (
    <>
      <PageHeader
        title="Import people"
        description="Add or update many people at once from a spreadsheet. You see exactly what will change before anything is saved."
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="columns-heading">
          <Title order={2} size="h3" id="columns-heading" mb="sm">
            1. Prepare your file
          </Title>
          <ImportColumnsHelp />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="check-heading">
          <Title order={2} size="h3" id="check-heading" mb="sm">
            2. Choose it and check it
          </Title>
          <Stack>
            <CsvFileInput onChange={(chosen) => void chooseFile(chosen)} error={fileError} inputKey={inputKey} />
            <Checkbox
              size="md"
              label="E-mail an invitation to each new person"
              description="They choose a password from the link. Without this, you can invite them later from People."
              checked={sendInvitations}
              onChange={(e) => setSendInvitations(e.currentTarget.checked)}
            />
            {preview.isPending && (
              <Group gap="sm" role="status">
                <Loader size="sm" aria-hidden />
                <Text>Checking {file?.name}…</Text>
              </Group>
            )}
            <FormError message={preview.isError ? errorMessage(preview.error) : null} />
          </Stack>
        </Card>
        {ready && (
          <Card withBorder padding="lg" component="section" aria-labelledby="import-heading">
            <Title order={2} size="h3" id="import-heading" mb="sm">
              3. Import
            </Title>
            <Stack>
              <ImportPreviewView preview={ready} />
              <FormError message={commit.isError ? errorMessage(commit.error) : null} />
              {ready.errors.length === 0 && changes === 0 && ready.relationsToRecord === 0 ? (
                <Text>Everyone in this file is already up to date. There is nothing to import.</Text>
              ) : (
                <Group>
                  <Button onClick={runImport} loading={commit.isPending} disabled={ready.errors.length > 0}>
                    {changes > 0
                      ? `Import ${changes.toLocaleString()} ${changes === 1 ? 'person' : 'people'}`
                      : 'Record the relationships'}
                  </Button>
                  {commit.isPending && (
                    <Text role="status" size="sm">
                      Importing; this can take a minute for a large file.
                    </Text>
                  )}
                </Group>
              )}
            </Stack>
          </Card>
        )}
      </Stack>
    </>
  );
}

function ImportResultView({
  result,
  orgId,
  onStartOver,
}: {
  result: ImportResult;
  orgId: string;
  onStartOver: () => void;
}) {
  return (
    <>
      <PageHeader title="Import finished" />
      <Alert color="kindred" variant="light" role="status" title="Your people are in">
        <List spacing={4}>
          <List.Item>{result.created.toLocaleString()} added</List.Item>
          <List.Item>{result.updated.toLocaleString()} updated</List.Item>
          <List.Item>{result.unchanged.toLocaleString()} already up to date</List.Item>
          {result.relationsRecorded > 0 && (
            <List.Item>
              {result.relationsRecorded.toLocaleString()}{' '}
              {result.relationsRecorded === 1
                ? 'supervisor, assessor or line manager'
                : 'supervisors, assessors and line managers'}{' '}
              recorded
            </List.Item>
          )}
          <List.Item>
            {result.invited.toLocaleString()} {result.invited === 1 ? 'invitation' : 'invitations'} sent
          </List.Item>
        </List>
      </Alert>
      <Group mt="lg">
        <Button component={Link} to={`/o/${orgId}/people`}>
          See people
        </Button>
        <Button variant="default" onClick={onStartOver}>
          Import another file
        </Button>
      </Group>
      <Text size="sm" mt="md">
        Invitations expire after a while; you can send one again from{' '}
        <Anchor component={Link} to={`/o/${orgId}/people`}>
          People
        </Anchor>
        .
      </Text>
    </>
  );
}
