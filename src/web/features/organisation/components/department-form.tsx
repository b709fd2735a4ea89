import { Select } from '@mantine/core';
import { useState } from 'react';
import type { Department, Site } from '#shared/contracts/organisation.ts';
import { NamedRecordForm, type RecordFormProps } from './named-record-form.tsx';

/** A department's name and, unless it spans every site, its site. */
export function DepartmentForm<Body>({ sites, ...props }: RecordFormProps<Department, Body> & { sites: Site[] }) {
  const [siteId, setSiteId] = useState<string | null>(props.item?.siteId ?? null);
  return (
    <NamedRecordForm {...props} values={{ siteId }}>
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
