import { PageHeader } from '#web/components/page-header.tsx';

export function DebriefsPage() {
  return <PageHeader title="DebriefsPage" />;
}
