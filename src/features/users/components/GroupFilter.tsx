import { SelectField } from '@/components/form-fields';
import { useGroupNames } from '@/api/groups/list-groups';

interface GroupFilterProps {
  poolId: string;
  /** The chosen group, as the URL holds it. */
  group?: string;
  onChange: (group: string | undefined) => void;
}

/** Lists one group's members instead of the whole pool; the search box then narrows them. */
export function GroupFilter({ poolId, group, onChange }: GroupFilterProps) {
  const names = useGroupNames(poolId);
  const options = names.data ?? [];
  // A group named in a shared link is offered even before (or if no longer) listed.
  const shown = group && !options.includes(group) ? [group, ...options] : options;
  return (
    <SelectField
      id="users-group"
      label="Group"
      className="sm:w-64"
      value={group ?? ''}
      error={names.isError ? 'Could not list the groups.' : undefined}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">All users</option>
      {shown.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}
