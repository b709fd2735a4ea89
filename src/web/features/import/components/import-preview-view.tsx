import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportPreview } from '#shared/contracts/people.ts';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';

const ERRORS_SHOWN = 200;

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="xl" fw={700}>
        {value.toLocaleString()}
      </Text>
      <Text size="sm">{label}</Text>
    </Paper>
  );
}

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const errorCount = preview.errors.length;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Count label="rows in the file" value={preview.rows} />
        <Count label="new people" value={preview.toCreate} />
        <Count label="people updated" value={preview.toUpdate} />
        <Count label="unchanged" value={preview.unchanged} />
      </SimpleGrid>
      {preview.relationsToRecord > 0 && (
        <Text size="sm">
          {preview.relationsToRecord.toLocaleString()}{' '}
          {preview.relationsToRecord === 1
            ? 'supervisor, assessor or line manager'
            : 'supervisors, assessors and line managers'}{' '}
          to record, so that nobody is matched or grouped with them.
        </Text>
      )}
      {errorCount > 0 ? (
        <Stack gap="sm">
          <Alert
            color="red"
            variant="light"
            title={`${errorCount.toLocaleString()} ${errorCount === 1 ? 'problem' : 'problems'} to fix first`}
            role="alert"
          >
            Nothing has been imported. Fix these lines in your spreadsheet, save it as CSV again and choose it here.
            Line 1 is the header row.
          </Alert>
          <ScrollableTable label="Problems by line" minWidth={480}>
            <Table striped withTableBorder verticalSpacing="xs">
              <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 8 }}>Problems by line</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Line</Table.Th>
                  <Table.Th scope="col">Column</Table.Th>
                  <Table.Th scope="col">Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.errors.slice(0, ERRORS_SHOWN).map((error, index) => (
                  <Table.Tr key={`${error.row}-${error.column}-${index}`}>
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>
                      <code>{error.column}</code>
                    </Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
          {errorCount > ERRORS_SHOWN && (
            <Text size="sm">
              …and {(errorCount - ERRORS_SHOWN).toLocaleString()} more. Fix these first and check the file again.
            </Text>
          )}
        </Stack>
      ) : (
        preview.sample.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              The first rows, as Kindred reads them
            </Title>
            <ScrollableTable label="The first rows" minWidth={640}>
              <Table striped withTableBorder verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Line</Table.Th>
                    <Table.Th scope="col">E-mail</Table.Th>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Roles</Table.Th>
                    <Table.Th scope="col">Site</Table.Th>
                    <Table.Th scope="col">Department</Table.Th>
                    <Table.Th scope="col">Cohort</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.map((row) => (
                    <Table.Tr key={row.row}>
                      <Table.Td>{row.row}</Table.Td>
                      <Table.Td>{row.email}</Table.Td>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td>{row.roles.join(', ')}</Table.Td>
                      <Table.Td>{row.site}</Table.Td>
                      <Table.Td>{row.department}</Table.Td>
                      <Table.Td>{row.cohort}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollableTable>
          </Stack>
        )
      )}
    </Stack>
  );
}
