import clsx from 'clsx';
import { userStatusLabel } from '@/lib/user-attributes/user-status';

const tones: Record<string, string> = {
  CONFIRMED: 'bg-green-100 text-green-900',
  UNCONFIRMED: 'bg-amber-100 text-amber-900',
  FORCE_CHANGE_PASSWORD: 'bg-blue-100 text-blue-900',
  RESET_REQUIRED: 'bg-red-100 text-red-900',
  EXTERNAL_PROVIDER: 'bg-purple-100 text-purple-900',
};

export function UserStatusBadge({ status }: { status: string | undefined }) {
  return (
    <span
      className={clsx(
        'inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold uppercase',
        tones[status ?? ''] ?? 'bg-slate-100 text-slate-800',
      )}
    >
      {userStatusLabel(status)}
    </span>
  );
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return (
    <span
      className={clsx(
        'inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold uppercase',
        enabled ? 'bg-green-100 text-green-900' : 'bg-slate-200 text-slate-800',
      )}
    >
      {enabled ? 'Enabled' : 'Disabled'}
    </span>
  );
}
