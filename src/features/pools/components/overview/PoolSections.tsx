import { DescriptionList } from '@/components/DescriptionList';
import { Section } from '@/components/Section';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { poolOverviewSections } from './pool-overview-sections';
import { SchemaTable } from './SchemaTable';

export function PoolSections({ pool }: { pool: UserPool }) {
  const sections = poolOverviewSections(pool);
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      {sections.map((section) => (
        <Section key={section.title} title={section.title}>
          <DescriptionList items={section.items} />
        </Section>
      ))}
      <div className="xl:col-span-2">
        <Section title="Attributes schema">
          <SchemaTable attributes={pool.SchemaAttributes ?? []} />
        </Section>
      </div>
    </div>
  );
}
