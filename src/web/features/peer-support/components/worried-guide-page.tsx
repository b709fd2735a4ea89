import { PageHeader } from '#web/components/page-header.tsx';

export function WorriedGuidePage() {
  return <PageHeader title="WorriedGuidePage" />;
}
