import { PageHeader } from '#web/components/page-header.tsx';

export function TalkPage() {
  return <PageHeader title="TalkPage" />;
}
