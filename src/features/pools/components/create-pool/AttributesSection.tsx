import { Choice, Fieldset } from '@/components/Choice';
import { Section } from '@/components/Section';
import { standardAttributes } from '../../forms/create-pool-schema';
import { attributeLabels, type CreatePoolSectionProps } from './form-types';

export function AttributesSection({ form }: CreatePoolSectionProps) {
  const { register, formState } = form;
  return (
    <Section title="Required attributes">
      <Fieldset
        legend="Standard attributes every user must have"
        hint="Users cannot be created or sign up without them. Required attributes cannot be changed after creation."
        error={formState.errors.requiredAttributes?.message}
      >
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {standardAttributes.map((attribute) => (
            <Choice
              key={attribute}
              value={attribute}
              label={
                <>
                  {attributeLabels[attribute]}{' '}
                  <code className="text-xs text-slate-600">{attribute}</code>
                </>
              }
              {...register('requiredAttributes')}
            />
          ))}
        </div>
      </Fieldset>
    </Section>
  );
}
