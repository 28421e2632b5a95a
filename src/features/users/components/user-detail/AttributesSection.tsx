import { useState } from 'react';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { DataTable } from '@/components/DataTable';
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
        <DataTable
          caption={`Attributes of ${detail.username}`}
          rows={names}
          rowKey={(name) => name}
          columns={[
            {
              header: 'Attribute',
              rowHeader: true,
              cell: (name) => <AttributeName name={name} definition={bySchema.get(name)} />,
            },
            {
              header: 'Value',
              cell: (name) => {
                const flag = verifiedFlag[name];
                return (
                  <span className="break-all whitespace-pre-wrap text-slate-900">
                    {detail.attributes[name]}
                    {flag && <VerifiedTag value={detail.attributes[flag]} />}
                  </span>
                );
              },
            },
          ]}
        />
      )}
    </Section>
  );
}
