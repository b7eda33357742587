/** Errors of the review store, with stable codes: not-found, claim-held, invalid-record, undo-conflict, bad-db-url. */
import { PermanentError } from '../errors';

export class StoreError extends PermanentError {}
