import type Phaser from 'phaser';
import type { ActivityController, LeaveReason } from '../activity/definition';
import { createStage } from './create-stage';

/** What an activity's scene answers to; the app's ActivityController in Phaser's terms. */
export interface MountableScene extends Phaser.Scene {
  done(): void;
  abandon(reason: LeaveReason): Promise<void>;
  restart(): void;
}

/** Starts a scene on a full-window stage; resolves once its first frame is ready (the scene calls `ready`). */
export function mountScene(parent: HTMLElement, makeScene: (ready: () => void) => MountableScene): Promise<ActivityController> {
  return new Promise((resolve) => {
    let scene: MountableScene;
    const stage = createStage(parent, (scene = makeScene(() => resolve(mounted))));
    const mounted: ActivityController = {
      done: () => scene.done(),
      leave: (reason) => scene.abandon(reason),
      resume: () => scene.restart(),
      destroy: () => stage.destroy(),
    };
  });
}
