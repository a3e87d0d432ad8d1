import type { AppServices } from '../contract/services';
import { planFileText } from '../plans/plan-file';
import type { Plan } from '../registry/plan';
import { download } from './download';

/** The grown-up's default pass rules, for new tracing steps. */
export function passRules(services: AppServices): Record<string, unknown> {
  return { passCoveragePct: services.settings.passCoveragePct, passInBandPct: services.settings.passInBandPct };
}

/** A plan as a file a parent can open on their tablet. */
export function downloadPlan(plan: Plan): void {
  download(`deft-plan-${plan.name.replace(/[^\p{L}\p{N}]+/gu, '_')}.json`, 'application/json', planFileText(plan));
}
