import { useId } from 'react';
import { useRegion } from '@/session/region';

export function RegionPicker() {
  const { region, regions, setRegion } = useRegion();
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-slate-300">
        Region
      </label>
      <select
        id={id}
        value={region}
        onChange={(event) => setRegion(event.target.value)}
        className="rounded border border-slate-600 bg-slate-800 px-2 py-1 text-white"
      >
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </div>
  );
}
