import { PageHeader } from '#web/components/page-header.tsx';

export function SupporterRequestPage() {
  return <PageHeader title="SupporterRequestPage" />;
}
