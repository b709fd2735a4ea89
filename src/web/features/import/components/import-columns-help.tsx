import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import sampleCsv from '#samples/people.csv?raw';
import { ROLES } from '#shared/contracts/common.ts';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';

const COLUMNS = [
  {
    name: 'email',
    required: true,
    meaning: 'Their work or university e-mail. A person already in the organisation is updated, not added twice.',
  },
  { name: 'name', required: true, meaning: 'Their name as their peers will see it.' },
  {
    name: 'roles',
    required: false,
    meaning: 'Role keys separated by semicolons, such as member;peer_supporter. Everyone is a member.',
  },
  { name: 'site', required: false, meaning: 'Must match the name of one of your sites.' },
  { name: 'department', required: false, meaning: 'Must match the name of one of your departments.' },
  { name: 'cohort', required: false, meaning: 'Must match the name of one of your cohorts.' },
  {
    name: 'supervised_by',
    required: false,
    meaning:
      'E-mail addresses, separated by semicolons, of the people who supervise this person: someone in the file or already in the organisation. Kindred never matches or groups them together.',
  },
  { name: 'assessed_by', required: false, meaning: 'Likewise, the people who assess this person.' },
  { name: 'line_managed_by', required: false, meaning: 'Likewise, their line managers.' },
] as const;

const SAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(sampleCsv)}`;

export function ImportColumnsHelp() {
  return (
    <Stack gap="sm">
      <Text>
        Save your spreadsheet as CSV with a header row and these columns. Names of sites, departments and cohorts must
        already exist in <strong>Organisation set-up</strong> (letter case does not matter).
      </Text>
      <ScrollableTable label="Columns of the CSV file" minWidth={480}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">Required</Table.Th>
              <Table.Th scope="col">What it holds</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COLUMNS.map((column) => (
              <Table.Tr key={column.name}>
                <Table.Td>
                  <code>{column.name}</code>
                </Table.Td>
                <Table.Td>{column.required ? 'Yes' : 'No'}</Table.Td>
                <Table.Td>{column.meaning}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <List size="sm" spacing={4}>
        <List.Item>Role keys: {ROLES.join(', ')}.</List.Item>
        <List.Item>
          Running the same file again changes nothing, so it is safe to fix a few rows and import again.
        </List.Item>
      </List>
      <Anchor href={SAMPLE_HREF} download="kindred-people-sample.csv" fw={600}>
        Download a sample file (CSV)
      </Anchor>
    </Stack>
  );
}
