import { roleLabels, type Role } from '@/lib/roles';

export function AccessRefused({ needed }: { needed: Role }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
      <h1 className="text-lg font-semibold">You cannot open this page</h1>
      <p className="mt-1 text-sm">
        It needs the {roleLabels[needed]} role. Ask an administrator if you need access.
      </p>
    </div>
  );
}
