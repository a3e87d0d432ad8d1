import type Phaser from 'phaser';
import type { ActivityController, LeaveReason } from '../activity/definition';
import { createStage } from './create-stage';

/** What an activity's scene answers to; the app's ActivityController in Phaser's terms. */
export interface MountableScene extends Phaser.Scene {
  done(): void;
  abandon(reason: LeaveReason): Promise<void>;
  restart(): void;
}

/** Boots the visit's one game ahead of need (an activity's `warm`), so a tap only starts a scene. */
export { sharedGame as warmStage } from './shared-game';

/** Starts a scene on a full-window stage; resolves once its first frame is ready (the scene calls `ready`). */
export function mountScene(parent: HTMLElement, makeScene: (ready: () => void) => MountableScene): Promise<ActivityController> {
  return new Promise((resolve) => {
    const scene = makeScene(() => resolve(mounted));
    const stage = createStage(parent, scene, scene.sys.settings.key);
    const mounted: ActivityController = {
      done: () => scene.done(),
      leave: (reason) => scene.abandon(reason),
      resume: () => scene.restart(),
      destroy: () => stage.destroy(),
    };
  });
}
