import * as z from 'zod/mini';
import { emailAddress, entityId, isoDateTime } from './ids.schema.js';

export const channels = ['phone', 'email', 'chat', 'social', 'in-person'] as const;
export type Channel = (typeof channels)[number];

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** One customer contact handled by one advisor, as the contact-centre or CRM system reports it. */
export const interactionSchema = z
  .object({
    externalId: entityId,
    advisorId: entityId,
    channel: z.enum(channels),
    startedAt: isoDateTime,
    endedAt: isoDateTime,
    /** Handle time in seconds (DMT/AHT contribution), 0 to 24 h. */
    handleTimeSeconds: z.int().check(z.gte(0), z.lte(86_400)),
    /** Resolved at first contact, when the source system knows it. */
    resolvedFirstContact: z.optional(z.nullable(z.boolean())),
    customerEmail: emailAddress,
    customerLocale: z.enum(locales),
  })
  .check(
    z.refine((i) => Date.parse(i.endedAt) >= Date.parse(i.startedAt), {
      message: 'endedAt must not be before startedAt',
      path: ['endedAt'],
    }),
  );
export type InteractionInput = z.input<typeof interactionSchema>;
export type InteractionReport = z.output<typeof interactionSchema>;

/** An interaction as stored: the customer's email is replaced by its keyed hash. */
export type Interaction = Omit<InteractionReport, 'customerEmail'> & {
  teamId: string;
  customerKey: string;
  receivedAt: string;
};

export const maxInteractionBatch = 500;

export const interactionBatchSchema = z.object({
  interactions: z.array(interactionSchema).check(z.minLength(1), z.maxLength(maxInteractionBatch)),
});
