import type { User } from '../../../shared/access/index.js';
import type { Locale } from '../../../shared/roster/index.js';

/** A user as stored: the validated user and when it was added. */
export interface UserRecord extends User {
  readonly createdAt: string;
}

/** People who may sign in, keyed by their lowercase email. */
export interface UserRepository {
  /** Stores a new user; false when one with this email already exists (nothing changed). */
  addUser(record: UserRecord): Promise<boolean>;
  getUser(email: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserRecord[]>;
  /** Sets the language of a user's pages and emails; false when there is no such user. */
  setLocale(email: string, locale: Locale): Promise<boolean>;
  /** Removes a user; false when there was none. */
  removeUser(email: string): Promise<boolean>;
}
