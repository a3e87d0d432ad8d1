import { profileSchema, type Profile } from '../schema/profile';
import { database } from './database';

/** Every child's profile, by nickname; records that no longer parse are left in place and skipped. */
export async function listProfiles(): Promise<Profile[]> {
  const raw = await (await database()).getAll('profiles');
  return raw.flatMap((value) => { const parsed = profileSchema.safeParse(value); return parsed.success ? [parsed.data] : []; })
    .sort((a, b) => a.nickname.localeCompare(b.nickname));
}

export async function saveProfile(profile: Profile): Promise<void> {
  await (await database()).put('profiles', profileSchema.parse(profile));
}

export async function deleteProfile(id: string): Promise<void> {
  await (await database()).delete('profiles', id);
}
