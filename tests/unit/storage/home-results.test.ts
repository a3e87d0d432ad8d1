import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { homeResults } from '../../../src/export/home-results';
import { importText } from '../../../src/export/import-file';
import { planLink, readPlanLink } from '../../../src/plans/share-link';
import { defaultStep } from '../../../src/plans/default-step';
import type { Session } from '../../../src/registry/plan';
import type { Profile } from '../../../src/schema/profile';
import { listSummaries } from '../../../src/storage/attempts';
import { readAll } from '../../../src/storage/device-data';
import { saveProfile } from '../../../src/storage/profiles';
import { emptyDatabase } from './empty-database';
import { traced } from '../sample-attempt';

/** The therapist's Mia, and the same child on the parent's tablet: another id, another nickname. */
const THERAPISTS_MIA = '9d3c5e1a-2b4f-4c6d-8e7f-0a1b2c3d4e5f';
const PARENTS_CHILD = 'b7e2f0c4-1d3a-4e5b-9c6d-7f8e9a0b1c2d';
const OTHER_CHILD = 'c1c1c1c1-1d3a-4e5b-9c6d-7f8e9a0b1c2d';
const PLAN = '3f1e2d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const SESSION = '11111111-2222-4333-8444-555555555555';
const therapistsMia: Profile = { id: THERAPISTS_MIA, nickname: 'Mia', avatar: 'owl', ageBand: '4–5', handedness: 'left', notes: 'Tripod grip emerging.', createdAt: '2026-11-01T09:00:00.000Z' };
const parentsMia: Profile = { id: PARENTS_CHILD, nickname: 'Mimi', avatar: 'cat', ageBand: '4–5', handedness: 'left', notes: '', createdAt: '2026-11-19T18:00:00.000Z', therapistChildId: THERAPISTS_MIA };
const session: Session = { id: SESSION, planId: PLAN, profileId: PARENTS_CHILD, startedAt: '2026-11-20T17:00:00.000Z', endedAt: '2026-11-20T17:06:00.000Z', stepsDone: 1, trialsDone: 0, skippedSteps: [], sticker: 2, note: '' };
const atHome = (day: number, over = {}) => traced(80, 0, { profileId: PARENTS_CHILD, startedAt: `2026-11-${day}T17:01:00.000Z`, endedAt: `2026-11-${day}T17:01:20.000Z`, session: { id: SESSION, planId: PLAN, step: 0 }, ...over });

beforeEach(emptyDatabase);

describe('home practice that comes back', () => {
  it('the shared link carries the plan’s and the child’s stable ids, checked with the plan', () => {
    const content = { name: 'Circles at home', steps: [defaultStep('trace')] };
    const link = planLink(content, 'https://deft.example/', { planId: PLAN, childId: THERAPISTS_MIA });
    const read = readPlanLink(new URL(link.replace('#/grown-ups/plans/shared', '')).searchParams);
    expect(read).toMatchObject({ ok: true, planId: PLAN, childId: THERAPISTS_MIA, plan: { name: 'Circles at home' } });
    // An old link, without them, still opens.
    expect(readPlanLink(new URL(planLink(content, 'https://deft.example/').replace('#/grown-ups/plans/shared', '')).searchParams)).toMatchObject({ ok: true, planId: null, childId: null });
  });

  it('sends only the child’s new attempts, under the therapist’s id for them, and nothing twice', () => {
    const attempts = [atHome(20), atHome(22), atHome(27), { ...atHome(21), profileId: OTHER_CHILD }];
    const first = homeResults(parentsMia, attempts, [session], new Date('2026-11-27T20:00:00Z'))!;
    expect(first.attempts).toBe(3);
    expect(first.homePractice).toEqual({ childId: THERAPISTS_MIA, nickname: 'Mimi', from: '2026-11-20T17:01:00.000Z', to: '2026-11-27T17:01:20.000Z', sessions: 1 });
    expect(first.fileName).toBe('deft-results-Mimi-2026-11-27.json');
    const file = JSON.parse(first.text);
    expect(file.attempts.map((a: { profileId: string }) => a.profileId)).toEqual([THERAPISTS_MIA, THERAPISTS_MIA, THERAPISTS_MIA]);
    expect(file.attempts[0].strokes[0].points.length).toBeGreaterThan(10); // the samples travel
    expect(file.sessions).toMatchObject([{ id: SESSION, profileId: THERAPISTS_MIA }]);
    expect(file.profiles).toMatchObject([{ id: THERAPISTS_MIA, nickname: 'Mimi' }]);
    expect(file.profiles[0]).not.toHaveProperty('therapistChildId');
    // After the send, only what is newer goes.
    const sent = { ...parentsMia, resultsSentAt: first.sentUpTo };
    expect(homeResults(sent, attempts, [session], new Date())).toBeNull();
    expect(homeResults(sent, [...attempts, atHome(28)], [session], new Date())!.attempts).toBe(1);
    // A child who never came by a link sends under their own id.
    expect(JSON.parse(homeResults({ ...parentsMia, therapistChildId: undefined }, attempts, [], new Date())!.text).attempts[0].profileId).toBe(PARENTS_CHILD);
  });

  it('the therapist imports it into her Mia, whatever the parent called her; twice changes nothing', async () => {
    await saveProfile(therapistsMia);
    const results = homeResults(parentsMia, [atHome(20), atHome(22), atHome(27)], [session], new Date('2026-11-27T20:00:00Z'))!;
    const imported = await importText(results.text);
    expect(imported).toMatchObject({ ok: true, report: { added: { attempts: 3, sessions: 1, profiles: 0 }, conflicts: [], attemptsInFile: 3, homePractice: { childId: THERAPISTS_MIA, nickname: 'Mimi', sessions: 1 } } });
    expect((await listSummaries(THERAPISTS_MIA)).map((a) => a.startedAt.slice(0, 10)).sort()).toEqual(['2026-11-20', '2026-11-22', '2026-11-27']);
    // Her own profile of Mia stays as she wrote it.
    expect((await readAll()).profiles).toEqual([therapistsMia]);
    expect(await importText(results.text)).toMatchObject({ ok: true, report: { added: { attempts: 0, sessions: 0, profiles: 0 }, conflicts: [] } });
  });
});
