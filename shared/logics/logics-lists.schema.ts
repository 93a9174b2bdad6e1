import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';
import type { CentreResource } from './resources-by-logic.js';
import type { CentreToolOrMethod } from './ways-of-working-module.js';

/**
 * At most 12 tools and methods: each adds a rating to the monthly module, which must stay about
 * two minutes, and every item id is sealed with the pulse answer in one fixed length
 * (functions/adapters/pulse/pulse-seal.ts), sized for this many.
 */
export const maxToolsAndMethods = 12;
/** At most 40 resources, each tagged with 1 to 6 module answers. */
export const maxResources = 40;
export const maxResourceTags = 6;
export const maxListIdLength = 40;
export const maxToolNameLength = 80;
export const maxResourceTitleLength = 120;

export const resourceKinds = ['process', 'training-format', 'objective-setting', 'talking-points'] as const;

/** A short slug: lowercase letters, digits and single hyphens (`peer-debrief`). */
export const listIdSchema = z
  .string()
  .check(z.maxLength(maxListIdLength), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug such as peer-debrief'));

const localised = (max: number) =>
  z.object({
    fr: z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noControlCharacters()),
    en: z.string().check(z.trim(), z.minLength(1), z.maxLength(max), noControlCharacters()),
  });

export const toolOrMethodSchema = z.object({
  id: listIdSchema,
  kind: z.enum(['tool', 'method']),
  name: localised(maxToolNameLength),
});

const uniqueIds = (list: readonly { readonly id: string }[]) =>
  new Set(list.map((e) => e.id)).size === list.length;

/** The tools and methods advisors rate in the monthly module: at most 12, ids unique. */
export const toolsAndMethodsListSchema = z
  .array(toolOrMethodSchema)
  .check(z.maxLength(maxToolsAndMethods), z.refine(uniqueIds, 'ids must be unique'));

/** One resource; `moduleItemIds` are the ids its tags may name (the module as asked in the centre). */
export const centreResourceSchema = (moduleItemIds: readonly string[]) =>
  z.object({
    id: listIdSchema,
    kind: z.enum(resourceKinds),
    title: localised(maxResourceTitleLength),
    addresses: z
      .array(
        z.object({
          itemId: z.string().check(z.refine((id) => moduleItemIds.includes(id), 'not a module item')),
          when: z.enum(['high', 'low']),
        }),
      )
      .check(z.minLength(1), z.maxLength(maxResourceTags)),
  });

/** The resources proposed per logic: at most 40, ids unique, every tag naming a module item. */
export const resourcesListSchema = (moduleItemIds: readonly string[]) =>
  z
    .array(centreResourceSchema(moduleItemIds))
    .check(z.maxLength(maxResources), z.refine(uniqueIds, 'ids must be unique'));

/** Compile-time check: what the schemas accept is what the port stores. */
type Fits<A extends B, B> = A;
export type LogicsListsSchemasFitThePort = [
  Fits<z.output<typeof toolOrMethodSchema>, CentreToolOrMethod>,
  Fits<z.output<ReturnType<typeof centreResourceSchema>>, CentreResource>,
];
