import type { Locale } from '../roster/index.js';
import type { DiscoveredLogic } from './discover-logics.js';

/** What a resource is for: the module item it answers to, and in which direction. */
export interface ResourceTag {
  readonly itemId: string;
  /** 'high': for logics answering higher than the rest; 'low': lower. */
  readonly when: 'high' | 'low';
}

/** A resource the centre keeps: a process, a training format, an objective-setting mode, talking points. */
export interface CentreResource {
  readonly id: string;
  readonly kind: 'process' | 'training-format' | 'objective-setting' | 'talking-points';
  readonly title: Readonly<Record<Locale, string>>;
  readonly addresses: readonly ResourceTag[];
}

export interface ResourceProposal {
  readonly resourceId: string;
  /** Sum of |standardised difference| of the logic's distinctive answers the resource addresses. */
  readonly fit: number;
  /** The distinctive answers (item ids) that made it fit. */
  readonly because: readonly string[];
}

/**
 * The resources proposed for a logic: those tagged with one of its distinctive answers in the
 * same direction, best fit first (ties by id). A resource tagged with nothing distinctive of
 * the logic is not proposed.
 */
export function resourcesForLogic(
  logic: Pick<DiscoveredLogic, 'distinctive'>,
  resources: readonly CentreResource[],
): ResourceProposal[] {
  return resources
    .flatMap((resource): ResourceProposal[] => {
      const because = logic.distinctive.filter((d) =>
        resource.addresses.some(
          (tag) => tag.itemId === d.itemId && (tag.when === 'high') === d.standardisedDifference > 0,
        ),
      );
      if (!because.length) return [];
      const fit = because.reduce((s, d) => s + Math.abs(d.standardisedDifference), 0);
      return [{ resourceId: resource.id, fit, because: because.map((d) => d.itemId) }];
    })
    .sort((a, b) => b.fit - a.fit || a.resourceId.localeCompare(b.resourceId));
}
