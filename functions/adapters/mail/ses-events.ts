import * as z from 'zod/mini';

/** An address the survey dispatch must never mail again, and why. */
export interface SuppressionEntry {
  email: string;
  reason: 'bounce' | 'complaint';
}

const snsEventSchema = z.object({
  Records: z.array(z.object({ Sns: z.object({ Message: z.string() }) })),
});

/** SES event publishing writes `eventType`; identity notifications write `notificationType`. */
const sesEnvelopeSchema = z.object({
  eventType: z.optional(z.string()),
  notificationType: z.optional(z.string()),
});

const recipientsSchema = z.array(z.object({ emailAddress: z.string().check(z.minLength(3)) }));

const bounceSchema = z.object({
  bounce: z.object({
    /** `Permanent` (hard), `Transient` (soft, retried by SES) or `Undetermined`. */
    bounceType: z.string(),
    bouncedRecipients: recipientsSchema,
  }),
});

const complaintSchema = z.object({
  complaint: z.object({ complainedRecipients: recipientsSchema }),
});

function describe(error: z.core.$ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

function parseOrThrow<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Invalid ${what}: ${describe(parsed.error)}`);
  return parsed.data;
}

/**
 * The addresses to suppress from SES notifications delivered through SNS to Lambda
 * (`Records[].Sns.Message` holding the SES JSON). A permanent bounce or a complaint
 * suppresses every recipient it names; transient and undetermined bounces, deliveries and
 * every other event type suppress nothing. Addresses come back trimmed, lower-cased and
 * without duplicates. Throws when the event is not an SNS event or a Bounce or Complaint
 * lacks its recipients, so a broken subscription fails loudly instead of losing suppressions.
 */
export function suppressionFromSesEvent(event: unknown): SuppressionEntry[] {
  const sns = parseOrThrow(snsEventSchema, event, 'SNS event');
  const entries = new Map<string, SuppressionEntry>();
  const add = (emailAddress: string, reason: SuppressionEntry['reason']) => {
    const email = emailAddress.trim().toLowerCase();
    entries.set(`${reason} ${email}`, { email, reason });
  };

  for (const record of sns.Records) {
    let message: unknown;
    try {
      message = JSON.parse(record.Sns.Message);
    } catch {
      throw new Error('Invalid SES notification: the SNS message is not JSON');
    }
    const envelope = parseOrThrow(sesEnvelopeSchema, message, 'SES notification');
    const type = envelope.eventType ?? envelope.notificationType;
    if (type === 'Bounce') {
      const { bounce } = parseOrThrow(bounceSchema, message, 'SES bounce notification');
      if (bounce.bounceType !== 'Permanent') continue;
      for (const recipient of bounce.bouncedRecipients) add(recipient.emailAddress, 'bounce');
    } else if (type === 'Complaint') {
      const { complaint } = parseOrThrow(complaintSchema, message, 'SES complaint notification');
      for (const recipient of complaint.complainedRecipients) add(recipient.emailAddress, 'complaint');
    }
  }
  return [...entries.values()];
}
