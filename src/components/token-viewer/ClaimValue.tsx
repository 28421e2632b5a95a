import { isTimeClaim } from '@/lib/jwt/claims';
import { formatEpochSeconds } from './format-time';

/** A claim's value as text: times readable (with the raw number), lists one per line, objects as JSON. */
export function ClaimValue({ name, value }: { name: string; value: unknown }) {
  if (isTimeClaim(name) && typeof value === 'number') {
    return (
      <span>
        <span className="text-slate-900">{formatEpochSeconds(value)}</span>{' '}
        <span className="font-mono text-xs text-slate-500">{value}</span>
      </span>
    );
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    if (value.length === 0) return <span className="text-slate-500 italic">empty list</span>;
    return (
      <ul className="space-y-0.5">
        {value.map((item, index) => (
          <li key={`${index}-${item}`} className="font-mono text-xs break-all">
            {item}
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'string') return <span className="break-all">{value}</span>;
  if (typeof value === 'boolean' || typeof value === 'number') {
    return <span className="font-mono text-xs">{String(value)}</span>;
  }
  return (
    <pre className="font-mono text-xs break-all whitespace-pre-wrap">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
