import { PageHeader } from '#web/components/page-header.tsx';

export function MyRequestPage() {
  return <PageHeader title="MyRequestPage" />;
}
