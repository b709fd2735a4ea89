import { PageHeader } from '#web/components/page-header.tsx';

export function SupporterPage() {
  return <PageHeader title="SupporterPage" />;
}
