/** Who acts in a request, built once from the credentials by the app and handed to handlers as `ctx.actor`. */
import type { Role } from '../api/identity.js';

/** A user and their role: what the stores check permissions against. */
export interface Actor {
  userId: string;
  role: Role;
}

/** The acting user of a request, in their organisation. */
export interface RequestActor extends Actor {
  organisationId: string;
}
