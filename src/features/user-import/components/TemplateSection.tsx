import { Button } from '@/components/Button';
import { Section } from '@/components/Section';
import { MAX_IMPORT_ROWS } from '@/lib/user-import/import-limits';
import { formatCount } from './format-count';

/** Saves text as a file the browser downloads. */
function saveFile(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** GetCSVHeader's columns as a CSV file with only its header row: the file to fill in. */
export function TemplateSection({
  poolName,
  template,
  required,
  autoVerified,
}: {
  poolName: string;
  template: readonly string[];
  required: readonly string[];
  autoVerified: readonly string[];
}) {
  return (
    <Section
      title="1. Fill in the template"
      actions={
        <Button
          variant="secondary"
          onClick={() => saveFile(`${poolName}-import-template.csv`, `${template.join(',')}\n`)}
        >
          Download CSV template
        </Button>
      }
    >
      <div className="space-y-2 text-sm text-slate-700">
        <p>
          The template&apos;s header row has the {template.length} columns of this pool&apos;s
          schema. Keep every column (in any order) and add one row per user, up to{' '}
          {formatCount(MAX_IMPORT_ROWS)} users and 100 MB.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Every row needs <code>cognito:username</code> and <code>cognito:mfa_enabled</code> (true
            or false).
          </li>
          {required.length > 0 && (
            <li>
              This pool requires: <code>{required.join(', ')}</code>.
            </li>
          )}
          {autoVerified.length > 0 ? (
            <li>
              This pool verifies {autoVerified.join(' and ')} itself:{' '}
              {autoVerified.length === 1 ? '' : 'one of '}
              <code>{autoVerified.map((a) => `${a}_verified`).join(', ')}</code> must be true for
              each user, so they can reset their password.
            </li>
          ) : (
            <li>
              This pool verifies neither email nor phone number. Imported users must reset their
              password with a code sent to one of them: Cognito documents that an import does not
              start in such a pool.
            </li>
          )}
          <li>
            Phone numbers in E.164 (+14155550123); a comma inside a value is written <code>\,</code>{' '}
            or the value is quoted.
          </li>
          <li>Imported users start in RESET_REQUIRED: they choose a password at first sign-in.</li>
        </ul>
      </div>
    </Section>
  );
}
