import type { DiscoveredLogics, DistinctiveAnswer } from './discover-logics.js';
import { LogicAtoms, logicCell, siteOfCell, skippedModule } from './logic-atoms.js';
import type { LogicMessage } from './logics-messages.js';

/** Where a logics view applies: the centre, or one site. Never a team or a work mode. */
export type LogicsScope = { readonly level: 'centre' } | { readonly level: 'site'; readonly site: string };

export interface PublishedLogic {
  readonly name: string;
  /** Respondents of the scope in this logic: an exact count, as every published pulse count. */
  readonly size: number;
  /** Centre view only: the logic's mean answers and its most distinctive answers. */
  readonly centroid?: Readonly<Record<string, number | null>>;
  readonly distinctive?: readonly DistinctiveAnswer[];
}

export type PublishedLogicsView =
  | {
      readonly state: 'published';
      readonly scope: LogicsScope;
      readonly window: string;
      /** The scope's respondents: the logics' sizes plus "other" add up to it. */
      readonly respondents: number;
      readonly logics: readonly PublishedLogic[];
      /** Logics under k merged together (null when none was): their number and joint size. */
      readonly other: { readonly logics: number; readonly size: number } | null;
    }
  | {
      readonly state: 'withheld';
      readonly scope: LogicsScope;
      readonly window: string;
      readonly reason: LogicMessage;
    };

export interface PublishLogicsInput {
  readonly discovery: DiscoveredLogics;
  /** Each logic's name, by discovery index (match-logics.ts). */
  readonly names: readonly string[];
  /** Each respondent's site, in the order of the discovery's answers. */
  readonly siteOfRespondent: readonly string[];
  readonly window: string;
  readonly k: number;
  /**
   * Sets of sites whose respondent count for the window is published elsewhere. Default: the
   * centre's (the pulse's module week). A site's count is part of its own view.
   */
  readonly publishedTotals?: readonly (readonly string[])[];
  /**
   * Per site, the window's participants who do not count toward k yet (DESIGN.md §8: 28 days
   * after joining their team). Logic sizes count answers, so each shown figure must keep k
   * once all of its scope's uncounted participants are taken out of it (worst case: they all
   * sit in that logic). Default: none.
   */
  readonly notYetCountingBySite?: Readonly<Record<string, number>>;
  /**
   * Per site, the window's respondents who answered the pulse but none of the module: they are
   * in the respondent counts published elsewhere and in no logic, so a view must not single
   * them out either. Default: none.
   */
  readonly skippedModuleBySite?: Readonly<Record<string, number>>;
}

/**
 * The logics views of a window, centre first, then each site (issue 12: anonymity first).
 * 1. a view shows a logic only when it holds ≥ k respondents of its scope once the scope's
 *    participants not counting toward k yet are taken out; smaller ones are merged into
 *    "other", which must then hold as much, or the view is withheld
 * 2. a site view shows only the centre's shown logics, and only those holding ≥ k on the site
 * 3. a view must cut no atom of the (site × logic) table, across all views kept and the
 *    respondent counts published elsewhere, into a part of 1 to k − 1 (logic-atoms.ts); else
 *    it is withheld
 * Sizes are exact counts, as the publication module publishes counts (no rounding): rounding
 * would break "sizes add up to the respondents" without hiding anyone the atoms do not.
 * No respondent-level value leaves this function.
 */
export function publishLogics(input: PublishLogicsInput): PublishedLogicsView[] {
  const { discovery, k, window } = input;
  const sites = [...new Set(input.siteOfRespondent)].sort();
  const centre: LogicsScope = { level: 'centre' };
  const withheld = (scope: LogicsScope, key: Extract<LogicMessage, { params: { k: number } }>['key']) =>
    ({ state: 'withheld', scope, window, reason: { key, params: { k } } }) as const;
  if (discovery.state !== 'ok') {
    const key =
      discovery.reason === 'too-few-respondents'
        ? 'logics.withheld.too-few-respondents'
        : 'logics.withheld.not-discovered';
    return [withheld(centre, key)];
  }
  if (input.siteOfRespondent.length !== discovery.assignments.length)
    throw new Error('one site per respondent');
  const counts = new Map<string, number>();
  discovery.assignments.forEach((logic, i) => {
    const cell = logicCell(input.siteOfRespondent[i] as string, logic);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  });
  for (const [site, n] of Object.entries(input.skippedModuleBySite ?? {}))
    if (n > 0) counts.set(logicCell(site, skippedModule), n);
  const uncountedOf = (siteList: readonly string[]) =>
    siteList.reduce((s, site) => s + (input.notYetCountingBySite?.[site] ?? 0), 0);
  const atoms = new LogicAtoms(counts, k, (cells) => uncountedOf([...new Set(cells.map(siteOfCell))]));
  const cellsOf = (siteList: readonly string[], logics: readonly number[]) =>
    siteList.flatMap((s) => logics.map((l) => logicCell(s, l)));
  const allLogics = discovery.logics.map((l) => l.index);
  const sizeIn = (siteList: readonly string[], logic: number) =>
    siteList.reduce((s, site) => s + (counts.get(logicCell(site, logic)) ?? 0), 0);
  const split = (siteList: readonly string[], candidates: readonly number[]) => {
    const uncounted = uncountedOf(siteList);
    const shown = candidates.filter((l) => sizeIn(siteList, l) - uncounted >= k);
    const merged = allLogics.filter((l) => !shown.includes(l));
    const otherSize = merged.reduce((s, l) => s + sizeIn(siteList, l), 0);
    return { shown, merged, otherSize, uncounted };
  };

  const totals = input.publishedTotals ?? [sites];
  atoms.publishedElsewhere(totals.map((scope) => cellsOf(scope, [...allLogics, skippedModule])));

  const views: PublishedLogicsView[] = [];
  const central = split(sites, allLogics);
  const centreFailure = failureOf(central.shown.length, central.otherSize, central.uncounted, k);
  if (centreFailure) return [withheld(centre, centreFailure)];
  const centreFigures = [...central.shown.map((l) => cellsOf(sites, [l])), cellsOf(sites, central.merged)];
  if (!atoms.tryAdd(centreFigures)) return [withheld(centre, 'logics.withheld.would-isolate')];
  views.push({
    state: 'published',
    scope: centre,
    window,
    respondents: discovery.respondents,
    logics: central.shown.map((l) => {
      const logic = discovery.logics[l];
      return {
        name: input.names[l] ?? String(l),
        size: sizeIn(sites, l),
        centroid: logic?.centroid ?? {},
        distinctive: logic?.distinctive ?? [],
      };
    }),
    other: central.merged.length ? { logics: central.merged.length, size: central.otherSize } : null,
  });

  // A site's respondent count is published by the pulse too: next to a site view it tells how
  // many of the site skipped the module, and next to all the site views shown, how many of the
  // other sites did. Both must be 0 or k (counted) for the view to be shown.
  const skippedAt = (site: string) => input.skippedModuleBySite?.[site] ?? 0;
  const countedOrNone = (n: number, siteList: readonly string[]) => n === 0 || n - uncountedOf(siteList) >= k;
  const shownSites: string[] = [];
  let skippedLeft = sites.reduce((sum, site) => sum + skippedAt(site), 0);
  for (const site of sites) {
    const scope: LogicsScope = { level: 'site', site };
    const local = split([site], central.shown);
    const failure = failureOf(local.shown.length, local.otherSize, local.uncounted, k);
    if (failure) {
      views.push(withheld(scope, failure));
      continue;
    }
    const others = sites.filter((s) => s !== site && !shownSites.includes(s));
    if (!countedOrNone(skippedAt(site), [site]) || !countedOrNone(skippedLeft - skippedAt(site), others)) {
      views.push(withheld(scope, 'logics.withheld.would-isolate'));
      continue;
    }
    const figures = [
      cellsOf([site], allLogics),
      ...local.shown.map((l) => cellsOf([site], [l])),
      cellsOf([site], local.merged),
    ];
    if (!atoms.tryAdd(figures)) {
      views.push(withheld(scope, 'logics.withheld.would-isolate'));
      continue;
    }
    shownSites.push(site);
    skippedLeft -= skippedAt(site);
    views.push({
      state: 'published',
      scope,
      window,
      respondents: local.shown.reduce((s, l) => s + sizeIn([site], l), local.otherSize),
      logics: local.shown.map((l) => ({ name: input.names[l] ?? String(l), size: sizeIn([site], l) })),
      other:
        local.merged.length && local.otherSize
          ? { logics: local.merged.length, size: local.otherSize }
          : null,
    });
  }
  return views;
}

function failureOf(
  shown: number,
  otherSize: number,
  uncounted: number,
  k: number,
): 'logics.withheld.no-logic-holds-k' | 'logics.withheld.other-below-k' | undefined {
  if (shown === 0) return 'logics.withheld.no-logic-holds-k';
  if (otherSize > 0 && otherSize - uncounted < k) return 'logics.withheld.other-below-k';
  return undefined;
}

/** Each respondent's published group in a view (a logic's name or 'other'), for figures by logic. */
export function publishedGroupOf(
  view: Extract<PublishedLogicsView, { state: 'published' }>,
  names: readonly string[],
  assignments: readonly number[],
): string[] {
  const shown = new Set(view.logics.map((l) => l.name));
  return assignments.map((logic) => {
    const name = names[logic] ?? String(logic);
    return shown.has(name) ? name : 'other';
  });
}
