import { outboxEndpoint, useLatestCode } from '@/api/user-self/emulator-outbox';
import { Button } from '@/components/Button';

export interface Delivery {
  Destination?: string;
  DeliveryMedium?: string;
  AttributeName?: string;
}

interface CodeDeliveryProps {
  poolId: string;
  delivery?: Delivery;
  /** Who the message may be addressed to: username, email, phone, sub. */
  recipients: string[];
  since: number;
  onUse: (code: string) => void;
}

/** Where the code went; on the emulator, the code itself from its outbox. */
export function CodeDelivery({ poolId, delivery, recipients, since, onUse }: CodeDeliveryProps) {
  const onEmulator = outboxEndpoint() !== undefined;
  const latest = useLatestCode(onEmulator ? { poolId, recipients, since } : null);
  const where = delivery?.Destination
    ? `Cognito sent the code by ${delivery.DeliveryMedium ?? 'message'} to ${delivery.Destination}${delivery.AttributeName ? ` (${delivery.AttributeName})` : ''}.`
    : 'Cognito did not say where it sent the code.';
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
      <p>
        {where}
        {!onEmulator && ' This is a real message to a real address or phone.'}
      </p>
      {onEmulator && latest.data && latest.data.code && (
        <p className="flex flex-wrap items-center gap-2">
          <span>Code in the emulator’s outbox:</span>
          <output aria-label="Code in the emulator’s outbox" className="font-mono font-semibold">
            {latest.data.code}
          </output>
          <Button variant="secondary" onClick={() => onUse(latest.data?.code ?? '')}>
            Use this code
          </Button>
        </p>
      )}
      {onEmulator && latest.data === null && (
        <p>
          The emulator’s outbox holds no code for this user (a client that hides whether users exist
          answers as if it sent one).{' '}
          <Button variant="ghost" onClick={() => void latest.refetch()}>
            Check the outbox again
          </Button>
        </p>
      )}
      {latest.isError && <p>Could not read the emulator’s outbox: {latest.error.message}</p>}
    </div>
  );
}
