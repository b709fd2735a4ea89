import type { PersonRef } from '#shared/contracts/peer-support.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { usePeerProgram } from '../api/get-peer-program.ts';
import { useSupporters } from '../api/get-supporters.ts';
import { SupervisionLogModal } from './supervision-log-modal.tsx';
import { SupporterSettingsModal } from './supporter-settings-modal.tsx';
import { TrainingRecordModal } from './training-record-modal.tsx';

/** What a lead can do for one supporter, from the coverage panel or the list of supporters. */
export interface SupporterAction {
  kind: 'training' | 'supervision' | 'settings';
  supporter: PersonRef;
}

/** The form for the action chosen, if any. */
export function SupporterActionModals({ action, onClose }: { action: SupporterAction | null; onClose: () => void }) {
  const { orgId } = useCurrentOrg();
  const supporters = useSupporters(orgId);
  const program = usePeerProgram(orgId);
  if (!action) return null;
  if (action.kind === 'training') return <TrainingRecordModal supporter={action.supporter} onClose={onClose} />;
  if (action.kind === 'supervision') return <SupervisionLogModal supporter={action.supporter} onClose={onClose} />;
  const summary = supporters.data?.supporters.find((s) => s.supporter.id === action.supporter.id);
  if (!summary || !program.data) return null;
  return <SupporterSettingsModal summary={summary} defaultCap={program.data.defaultWeeklyCap} onClose={onClose} />;
}
