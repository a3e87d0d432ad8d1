import { profileSchema, type Profile } from '../schema/profile';
import { database } from './database';
import { readValid } from './read-valid';
import { announceRecordChange } from './record-changes';

/** Every child's profile, by nickname; records that no longer parse are left in place and skipped. */
export async function listProfiles(): Promise<Profile[]> {
  return readValid(profileSchema, await (await database()).getAll('profiles'))
    .sort((a, b) => a.nickname.localeCompare(b.nickname));
}

export async function saveProfile(profile: Profile): Promise<void> {
  const record = profileSchema.parse(profile);
  await (await database()).put('profiles', record);
  announceRecordChange({ kind: 'profile', record });
}

export async function deleteProfile(id: string): Promise<void> {
  await (await database()).delete('profiles', id);
}
