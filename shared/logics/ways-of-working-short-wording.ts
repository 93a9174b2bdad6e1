import type { Locale } from '../roster/index.js';
import { type WaysOfWorkingItem, waysOfWorkingItems } from './ways-of-working-module.js';

/**
 * A few words for each profile item of the monthly module (the items the logics are found
 * from), for places with no room for the whole question: the arrows of the logics map.
 */
const shortWording: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'rely-procedures': { fr: 'Procédures et scripts', en: 'Procedures and scripts' },
  'rely-knowledge-base': { fr: 'Base de connaissances', en: 'Knowledge base' },
  'rely-colleagues': { fr: 'Appui des collègues', en: 'Relying on colleagues' },
  'rely-manager': { fr: 'Appui du manager', en: 'Relying on the manager' },
  'rely-own-experience': { fr: 'Propre expérience', en: 'Own experience' },
  'frame-freedom': { fr: 'Liberté dans le cadre', en: 'Freedom within the frame' },
  'frame-clear': { fr: 'Cadre clair', en: 'Clear frame' },
  'worthwhile-solved': { fr: 'Réglé du premier coup', en: 'Solved the first time' },
  'worthwhile-helped-person': { fr: 'Aider une personne', en: 'Helping a person' },
  'worthwhile-efficient': { fr: 'Rapide et efficace', en: 'Quick and efficient' },
};

/**
 * An item's short wording in `locale`; an item without one is worded by its whole text from
 * `items` (the centre's module), and an unknown item by its id.
 */
export function shortItemWording(
  locale: Locale,
  itemId: string,
  items: readonly WaysOfWorkingItem[] = waysOfWorkingItems,
): string {
  return shortWording[itemId]?.[locale] ?? items.find((i) => i.id === itemId)?.text[locale] ?? itemId;
}
