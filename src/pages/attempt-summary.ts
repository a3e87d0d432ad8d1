import type { AttemptSummary } from '../schema/attempt-summary';
import { criterionText, formName, guideName, modeName, ruleName, strings } from '../text/strings';

const t = strings.data;

/** One line about an attempt, whatever its activity: what was asked, how it went, the telling numbers. */
export function summarize(a: AttemptSummary): { task: string; result: string; details: string; hint?: string } {
  switch (a.activity) {
    case 'trace': {
      const met = a.criteria.filter((k) => k.met).length;
      return {
        task: `${formName(a.params.form)} · ${guideName(a.params.guide)}`,
        result: a.metrics.passed ? t.passed : t.notYet,
        details: t.traceDetails(a.metrics.coveragePct, met, a.criteria.length),
        hint: a.criteria.map((k) => `${k.met ? '✓' : '✗'} ${criterionText(k.id)}`).join('\n'),
      };
    }
    case 'sort': {
      const sortable = a.results.filter((r) => r.bin !== null).length;
      return {
        task: t.sortTask(ruleName(a.params.rule), a.layout.items.length, a.params.itemSizeMm, a.params.binCount),
        result: t.sorted(a.metrics.correctCount, sortable),
        details: t.sortDetails(a.metrics.errorCount, a.metrics.dropsOutside, a.metrics.meanTransportMs),
      };
    }
    case 'targets': {
      const m = a.metrics;
      const task = modeName(a.params.mode);
      switch (m.mode) {
        case 'pop': return { task: t.popTask(task, a.params.sizeMm, a.params.adaptive), result: t.hits(m.hits, m.hits + m.misses), details: t.popDetails(m.thresholdMm, m.meanEndpointErrorMm) };
        case 'ring': return { task: t.ringTask(task, m.sequences.map((s) => `${s.amplitudeMm}×${s.widthMm}`)), result: t.throughput(m.throughputBitsPerS), details: t.hits(m.hits, m.hits + m.misses) };
        case 'pinch': return { task: t.pinchTask(task, a.layout.targets.length, a.params.sizeMm), result: t.inJar(m.inJar, a.layout.targets.length), details: t.pinchDetails(m.grasps, m.failedGrasps, m.meanGripApertureMm) };
      }
    }
  }
}
