import { PageHeader } from '#web/components/page-header.tsx';

export function PeerSupportLeadPage() {
  return <PageHeader title="PeerSupportLeadPage" />;
}
