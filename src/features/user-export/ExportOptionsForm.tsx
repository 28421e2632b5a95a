import type { FormEvent } from 'react';
import { Choice, Fieldset } from '@/components/Choice';
import { Button } from '@/components/Button';
import { REPORT_COLUMNS } from '@/lib/csv/user-row';
import { EXPORT_SPEEDS, type ExportOptions } from './export-options';

interface ExportOptionsFormProps {
  options: ExportOptions;
  onChange: (options: ExportOptions) => void;
  /** What the page shows, in words; undefined when it shows the whole pool anyway. */
  shownUsers?: string;
  poolSize?: number;
  canChooseFile: boolean;
  /** Whether the role may call ListGroups and ListUsersInGroup, which the groups column needs. */
  canReadGroups: boolean;
  /** Why Start cannot run yet (the header or the pool still loading), if it cannot. */
  notReady?: string;
  onStart: () => void;
  onClose: () => void;
}

const count = new Intl.NumberFormat();

export function ExportOptionsForm({
  options,
  onChange,
  shownUsers,
  poolSize,
  canChooseFile,
  canReadGroups,
  notReady,
  onStart,
  onClose,
}: ExportOptionsFormProps) {
  const set = (next: Partial<ExportOptions>) => onChange({ ...options, ...next });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!notReady) onStart();
  };
  const everyone = `Every user of the pool${poolSize === undefined ? '' : ` (about ${count.format(poolSize)})`}`;
  return (
    <form onSubmit={submit} className="space-y-4">
      <Fieldset legend="Users">
        {shownUsers && (
          <Choice
            type="radio"
            name="export-scope"
            label={`The ${shownUsers}`}
            checked={options.scope === 'shown'}
            onChange={() => set({ scope: 'shown' })}
          />
        )}
        <Choice
          type="radio"
          name="export-scope"
          label={everyone}
          checked={options.scope === 'pool' || !shownUsers}
          onChange={() => set({ scope: 'pool' })}
        />
      </Fieldset>
      <Fieldset legend="Columns">
        <Choice
          type="radio"
          name="export-columns"
          label="For re-import: GetCSVHeader's columns"
          hint="The pool's import template: cognito:username, every attribute, cognito:mfa_enabled. A comma in a value is written \, as Cognito's import expects. Import it into this or another pool as it is."
          checked={options.columns === 'import'}
          onChange={() => set({ columns: 'import' })}
        />
        <Choice
          type="radio"
          name="export-columns"
          label={`Report: also ${REPORT_COLUMNS.join(', ')}`}
          hint="Added after GetCSVHeader's columns, written for spreadsheets. Cognito's import refuses columns it does not know: delete these four before re-importing."
          checked={options.columns === 'report'}
          onChange={() => set({ columns: 'report' })}
        />
        {options.columns === 'report' && canReadGroups && (
          <div className="pl-6">
            <Choice
              label="Include each user's groups"
              hint="A last column, groups: the user's group names, sorted, separated by ;. Every group's members are read first (ListGroups, then ListUsersInGroup at the speed below) and kept in memory while the export runs, about one entry per membership."
              checked={options.groups}
              onChange={(event) => set({ groups: event.target.checked })}
            />
          </div>
        )}
        <p className="text-xs text-slate-600">
          ListUsers does not say whether a user set up MFA: cognito:mfa_enabled follows the pool's
          MFA setting (true only where MFA is required).
          {options.columns === 'import' && ' Group membership is not part of an import file.'}
        </p>
      </Fieldset>
      <Choice
        label="Guard against spreadsheet formulas"
        hint="A value starting with =, +, -, @ or a tab gets a leading ' so a spreadsheet shows it as text instead of running it. Plain numbers such as phone numbers (+4915…) are left alone. A re-import keeps the ', so turn this off for a file you will import."
        checked={options.formulaGuard}
        onChange={(event) => set({ formulaGuard: event.target.checked })}
      />
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-800">Speed</span>
        <select
          className="block w-full rounded-md border border-slate-300 px-2 py-1.5"
          value={options.requestsPerSecond}
          onChange={(event) => set({ requestsPerSecond: Number(event.target.value) })}
        >
          {EXPORT_SPEEDS.map((speed) => (
            <option key={speed.requestsPerSecond} value={speed.requestsPerSecond}>
              {speed.label}
            </option>
          ))}
        </select>
        <span className="block text-xs text-slate-600">
          ListUsers shares a quota of 30 requests a second with every app of this AWS account.
        </span>
      </label>
      {canChooseFile && (
        <Fieldset legend="Save">
          <Choice
            type="radio"
            name="export-save"
            label="Choose a file: rows are written to it as they arrive"
            checked={options.save === 'file'}
            onChange={() => set({ save: 'file' })}
          />
          <Choice
            type="radio"
            name="export-save"
            label="Download when finished"
            checked={options.save === 'download'}
            onChange={() => set({ save: 'download' })}
          />
        </Fieldset>
      )}
      {notReady && <p className="text-sm text-slate-600">{notReady}</p>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Back to users
        </Button>
        <Button type="submit" disabled={notReady !== undefined}>
          Start export
        </Button>
      </div>
    </form>
  );
}
