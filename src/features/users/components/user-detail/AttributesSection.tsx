import { useState } from 'react';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { Section } from '@/components/Section';
import type { AttributeDefinition } from '@/lib/user-attributes/schema';
import type { UserDetail } from '@/api/users/get-user';
import type { UserRef } from '@/api/users/user-keys';
import { userPermissions } from '../../routes';
import { AttributeName } from './AttributeName';
import { EditAttributesForm } from './EditAttributesForm';

const verifiedFlag: Record<string, string> = {
  email: 'email_verified',
  phone_number: 'phone_number_verified',
};
const shownWithParent = new Set(Object.values(verifiedFlag));

function VerifiedTag({ value }: { value: string | undefined }) {
  if (value === undefined) return null;
  const verified = value === 'true';
  return (
    <span
      className={
        verified
          ? 'ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900'
          : 'ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900'
      }
    >
      {verified ? 'Verified' : 'Not verified'}
    </span>
  );
}

interface AttributesSectionProps {
  user: UserRef;
  detail: UserDetail;
  schema: AttributeDefinition[];
}

export function AttributesSection({ user, detail, schema }: AttributesSectionProps) {
  const canEdit = useCanCall(userPermissions.editAttributes);
  const [editing, setEditing] = useState(false);
  const bySchema = new Map(schema.map((d) => [d.name, d]));
  const names = Object.keys(detail.attributes).filter(
    (name) => name !== 'identities' && !shownWithParent.has(name),
  );
  return (
    <Section
      title="Attributes"
      actions={
        canEdit && !editing ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit attributes
          </Button>
        ) : undefined
      }
    >
      {editing ? (
        <EditAttributesForm
          user={user}
          attributes={detail.attributes}
          schema={schema}
          onDone={() => setEditing(false)}
        />
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Attributes of {detail.username}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Attribute
              </th>
              <th scope="col" className="py-2 font-medium">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => {
              const flag = verifiedFlag[name];
              return (
                <tr key={name} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal text-slate-800">
                    <AttributeName name={name} definition={bySchema.get(name)} />
                  </th>
                  <td className="py-2 break-all whitespace-pre-wrap text-slate-900">
                    {detail.attributes[name]}
                    {flag && <VerifiedTag value={detail.attributes[flag]} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
