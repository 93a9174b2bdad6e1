import type { Locale } from '../roster/index.js';
import { type WaysOfWorkingItem, waysOfWorkingItems } from './ways-of-working-module.js';

/** A sentence about logics, as a key and its parameters; `formatLogicMessage` words it. */
export type LogicMessage =
  | {
      readonly key: 'logics.distinctive.higher' | 'logics.distinctive.lower';
      readonly params: { readonly itemId: string; readonly logicMean: number; readonly restMean: number };
    }
  | {
      readonly key: 'logics.valued-by-one';
      readonly params: { readonly itemId: string; readonly logic: string; readonly mean: number };
    }
  | {
      readonly key:
        | 'logics.withheld.too-few-respondents'
        | 'logics.withheld.no-logic-holds-k'
        | 'logics.withheld.other-below-k'
        | 'logics.withheld.would-isolate'
        | 'logics.withheld.not-discovered';
      readonly params: { readonly k: number };
    };

export function distinctiveMessage(itemId: string, logicMean: number, restMean: number): LogicMessage {
  return {
    key: logicMean >= restMean ? 'logics.distinctive.higher' : 'logics.distinctive.lower',
    params: { itemId, logicMean, restMean },
  };
}

const nbsp = '\u00a0';
const number = (locale: Locale, x: number) =>
  locale === 'fr' ? x.toFixed(1).replace('.', ',') : x.toFixed(1);

/**
 * Words a logic message in French or English, quoting the item's own text. `items` is the
 * centre's module (with its tools); unknown items are named by their id.
 */
export function formatLogicMessage(
  locale: Locale,
  message: LogicMessage,
  items: readonly WaysOfWorkingItem[] = waysOfWorkingItems,
): string {
  const text = (itemId: string) => items.find((i) => i.id === itemId)?.text[locale] ?? itemId;
  const quote = (itemId: string) =>
    locale === 'fr' ? `«${nbsp}${text(itemId)}${nbsp}»` : `“${text(itemId)}”`;
  switch (message.key) {
    case 'logics.distinctive.higher':
    case 'logics.distinctive.lower': {
      const { itemId, logicMean, restMean } = message.params;
      const more = message.key === 'logics.distinctive.higher';
      return locale === 'fr'
        ? `Répond ${more ? 'plus' : 'moins'} que les autres à ${quote(itemId)}${nbsp}: ${number(locale, logicMean)} contre ${number(locale, restMean)} (sur 5)`
        : `Answers ${more ? 'higher' : 'lower'} than the others to ${quote(itemId)}: ${number(locale, logicMean)} vs ${number(locale, restMean)} (out of 5)`;
    }
    case 'logics.valued-by-one': {
      const { itemId, logic, mean } = message.params;
      return locale === 'fr'
        ? `${quote(itemId)}${nbsp}: apprécié par la logique ${logic} seulement (${number(locale, mean)} sur 5), pas par les autres`
        : `${quote(itemId)}: valued by logic ${logic} only (${number(locale, mean)} out of 5), not by the others`;
    }
    default:
      return withheld[locale][message.key](message.params.k);
  }
}

/** Each withheld view's reason, given the anonymity threshold `k` (people per logic). */
const withheld: Record<
  Locale,
  Record<Extract<LogicMessage, { params: { k: number } }>['key'], (k: number) => string>
> = {
  fr: {
    'logics.withheld.too-few-respondents': (k) =>
      `Trop peu de réponses ce mois-ci pour dégager des logiques sans exposer personne (au moins ${k} par logique).`,
    'logics.withheld.no-logic-holds-k': (k) =>
      `Aucune logique ne réunit au moins ${k} personnes${nbsp}: rien n’est montré.`,
    'logics.withheld.other-below-k': (k) =>
      `Une logique de moins de ${k} personnes ne peut pas être regroupée dans «${nbsp}autres${nbsp}» sans que ce groupe reste sous ${k}${nbsp}: rien n’est montré.`,
    'logics.withheld.would-isolate': (k) =>
      `Montrer ce site à côté du centre permettrait, par différence, de cerner moins de ${k} personnes${nbsp}: il n’est pas montré.`,
    'logics.withheld.not-discovered': () => 'Les logiques de ce mois n’ont pas pu être calculées.',
  },
  en: {
    'logics.withheld.too-few-respondents': (k) =>
      `Too few answers this month to find logics without exposing anyone (at least ${k} per logic).`,
    'logics.withheld.no-logic-holds-k': (k) => `No logic holds at least ${k} people: nothing is shown.`,
    'logics.withheld.other-below-k': (k) =>
      `A logic of fewer than ${k} people cannot be merged into “other” without that group staying under ${k}: nothing is shown.`,
    'logics.withheld.would-isolate': (k) =>
      `Showing this site next to the centre would let a difference single out fewer than ${k} people: it is not shown.`,
    'logics.withheld.not-discovered': () => 'This month’s logics could not be computed.',
  },
};
