/**
 * How long after a contact its customer survey may still be sent, in days. Past this, the
 * contact is too old to remember and the customer's plain email is deleted (TTL).
 */
export const customerSurveyWindowDays = 7;
