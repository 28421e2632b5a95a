import type { UseFormReturn } from 'react-hook-form';
import type { CreatePoolFormValues } from '../../forms/create-pool-schema';

export interface CreatePoolSectionProps {
  form: UseFormReturn<CreatePoolFormValues>;
}

export const attributeLabels: Record<string, string> = {
  email: 'Email',
  phone_number: 'Phone number',
  preferred_username: 'Preferred username',
  name: 'Name',
  given_name: 'Given name',
  family_name: 'Family name',
  middle_name: 'Middle name',
  nickname: 'Nickname',
  profile: 'Profile URL',
  picture: 'Picture URL',
  website: 'Website',
  gender: 'Gender',
  birthdate: 'Birthdate',
  zoneinfo: 'Time zone',
  locale: 'Locale',
  address: 'Address',
  updated_at: 'Updated at',
};
