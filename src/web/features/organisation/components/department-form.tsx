import { Select } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import { ZDepartmentBody, type Department, type Site } from '#shared/contracts/organisation.ts';
import type { RecordFormProps } from './editable-list.tsx';
import { NamedRecordForm } from './named-record-form.tsx';

type DepartmentFields = z.output<typeof ZDepartmentBody>;

export function DepartmentForm({ sites, ...props }: RecordFormProps<Department, DepartmentFields> & { sites: Site[] }) {
  const [siteId, setSiteId] = useState<string | null>(props.item?.siteId ?? null);
  return (
    <NamedRecordForm {...props} noun="department" nameLabel="Department or specialty" schema={ZDepartmentBody} values={{ siteId }}>
      {(errorFor) => (
        <Select
          label="Site"
          description="Leave empty if the department spans every site."
          placeholder="All sites"
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          value={siteId}
          onChange={setSiteId}
          clearable
          error={errorFor('siteId')}
        />
      )}
    </NamedRecordForm>
  );
}
