import type { AttributeDefinition } from '@/lib/user-attributes/schema';
import { attributeKind, attributeKindLabel } from '@/lib/user-attributes/schema';

/** The attribute's API name with its kind (custom / developer-only) and schema flags as tags. */
export function AttributeName({
  name,
  definition,
}: {
  name: string;
  definition: AttributeDefinition | undefined;
}) {
  const kind = attributeKindLabel(definition?.kind ?? attributeKind(name));
  const tags = [
    kind,
    definition?.required ? 'Required' : undefined,
    definition && !definition.mutable ? 'Immutable' : undefined,
  ].filter(Boolean);
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="font-mono">{name}</span>
      {tags.map((tag) => (
        <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
          {tag}
        </span>
      ))}
    </span>
  );
}
