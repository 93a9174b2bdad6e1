/**
 * One message ready to leave: rendered bodies, the headers it must carry (such as RFC 8058
 * `List-Unsubscribe`) and tags for delivery events. The sender address comes from each adapter's
 * configuration, not from the message.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  tags: Record<string, string>;
  /** The sender's display name (the centre's brand); the address stays the adapter's. */
  fromName?: string | undefined;
  /** Where replies go (the centre's brand), if not to the sender. */
  replyTo?: string | undefined;
}
