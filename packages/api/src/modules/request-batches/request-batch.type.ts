import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BatchRowStatus, BatchStatus, ErrorCode, Locale, MAX_BATCH_ROWS, type BatchCounts } from '@partnerlink/shared';
import { Connection } from '../../graphql/connection.js';
import { AdminAccessInput, RelationshipRequest } from '../relationship-requests/relationship-request.type.js';

@InputType({ description: 'One row of a batch: the customer (by domain or by customer id, exactly one), whom the link is for, and optionally the company.' })
export class BatchRowInput {
  @Field(() => String, { nullable: true, description: "The customer organisation's domain (known to Partnerlink or not yet)." })
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: 'A known customer tenant, instead of a domain.' })
  customerId?: string | null;

  @Field(() => String, { description: "The customer administrator's email address: the link is for them." })
  recipientEmail: string;

  @Field(() => String, { nullable: true, description: "The recipient's name (the email greets them by it)." })
  recipientName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The company, for an organisation Partnerlink does not know yet: the email and the admin relationship name use it (a known customer keeps its own name).',
  })
  companyName?: string | null;
}

@InputType({ description: `A batch of up to ${MAX_BATCH_ROWS} reseller relationship requests, each checked like requestResellerRelationship.` })
export class CreateRelationshipRequestBatchInput {
  @Field(() => [BatchRowInput], { description: `The rows, 1 to ${MAX_BATCH_ROWS} (BAD_USER_INPUT BATCH_EMPTY or BATCH_TOO_LARGE on field rows).` })
  rows: BatchRowInput[];

  @Field(() => Locale, { description: 'Language of the emails.' })
  locale: Locale;

  @Field(() => AdminAccessInput, {
    nullable: true,
    description:
      'Also ask every customer for admin access with these roles and terms. Each request gets its own display name: the given one numbered (2), (3)… ' +
      'or, without one, the company name and the day.',
  })
  adminAccess?: AdminAccessInput | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Shorthand for adminAccess with the STANDARD preset for P2Y; ignored when adminAccess is given.' })
  includeDelegatedAdmin?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A personal message for every email (at most 2000 characters).' })
  message?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Email each link to its recipient in the background, within your daily email limits (needs SMTP on the server: serverCapabilities.emailSending; ' +
      'BAD_USER_INPUT MAIL_DISABLED_SEND otherwise). False: the response carries the links (links), once.',
  })
  send?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only check the rows: the response has each row\'s verdict, status DRY_RUN and no id to look up later; nothing is created or stored.',
  })
  dryRun?: boolean | null;

  @Field(() => String, {
    description:
      'Your key for this submission (1 to 100 characters, unique per partner). Submitting it again, also at the same moment, returns the batch it created ' +
      '(without links) and creates nothing; with other rows or options it is BAD_USER_INPUT IDEMPOTENCY_KEY_REUSED. Dry runs do not use it up.',
  })
  idempotencyKey: string;

  @Field(() => ID, { nullable: true, description: 'Indirect resellers only, and required for them: the indirect provider every request names (as in requestResellerRelationship).' })
  indirectProviderId?: string | null;
}

@ObjectType({ description: "A batch's figures. Rows count once under created, blocked or invalid; the rest describe the created ones.", simpleResolvers: true })
export class BatchCountsType implements BatchCounts {
  @Field(() => Int, { description: 'All rows.' })
  total: number;

  @Field(() => Int, { description: 'Rows whose request was created (in a dry run: would be).' })
  created: number;

  @Field(() => Int, { description: 'Rows a rule blocked.' })
  blocked: number;

  @Field(() => Int, { description: 'Rows that were not valid.' })
  invalid: number;

  @Field(() => Int, { description: 'Emails Partnerlink sent.' })
  sent: number;

  @Field(() => Int, { description: 'Emails that did not go out.' })
  sendFailed: number;

  @Field(() => Int, { description: 'Requests the customer accepted.' })
  accepted: number;

  @Field(() => Int, { description: 'Requests the customer declined.' })
  declined: number;

  @Field(() => Int, { description: 'Requests still waiting for an answer (not expired, not revoked).' })
  pending: number;
}

@ObjectType({ description: 'A row of a batch, as submitted, with its status and, for a refused row, why.', simpleResolvers: true })
export class BatchRow {
  @Field(() => Int, { description: 'Its place in the submitted rows, from 1.' })
  rowNumber: number;

  @Field(() => BatchRowStatus)
  status: BatchRowStatus;

  @Field(() => String, { nullable: true })
  domain: string | null;

  @Field(() => ID, { nullable: true })
  customerId: string | null;

  @Field(() => String)
  recipientEmail: string;

  @Field(() => String, { nullable: true })
  recipientName: string | null;

  @Field(() => String, { nullable: true })
  companyName: string | null;

  @Field(() => ErrorCode, { nullable: true, description: 'INVALID and BLOCKED rows: the code requestResellerRelationship would answer with.' })
  errorCode: ErrorCode | null;

  @Field(() => String, {
    nullable: true,
    description: 'INVALID and BLOCKED rows: the reason (a problem reason such as EMAIL_INVALID or DUPLICATE_ROW, or a RequestBlocker such as REGION_NOT_ALLOWED).',
  })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The input field the reason is about, when there is one.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'INVALID and BLOCKED rows: the English sentence requestResellerRelationship would answer with.' })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'SEND_FAILED rows: why (MAIL_REFUSED, EMAIL_LIMIT, INTERRUPTED, NOT_PENDING).' })
  sendError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the email went out.' })
  sentAt: Date | null;

  /** Internal: the reason's parameters and the error's details (JSON), served parsed by `errorParams`. */
  params: string | null;

  @Field(() => RelationshipRequest, { nullable: true, description: "The row's request, for rows that became one (null in a dry run)." })
  request: RelationshipRequest | null;

  /** Internal: the row's request id. */
  requestId: string | null;
}

@ObjectType({ description: 'A link of a batch, returned once, in the response that created it.', simpleResolvers: true })
export class BatchRowLink {
  @Field(() => Int)
  rowNumber: number;

  @Field(() => ID, { description: 'The request the link answers.' })
  requestId: string;

  @Field(() => String, { description: 'The acceptance link for the recipient; never shown again.' })
  url: string;

  @Field(() => String)
  recipientEmail: string;

  @Field(() => String, { nullable: true })
  recipientName: string | null;

  @Field(() => Date)
  expiresAt: Date;
}

export const BatchRowConnection = Connection('BatchRow', BatchRow);

@ObjectType({ description: 'A batch of relationship requests (DESIGN.md rule 16).', simpleResolvers: true })
export class RelationshipRequestBatch {
  @Field(() => ID, { nullable: true, description: 'Null for a dry run (nothing was stored).' })
  id: string | null;

  @Field(() => BatchStatus)
  status: BatchStatus;

  @Field(() => String, { description: 'The idempotency key it was submitted with.' })
  idempotencyKey: string;

  @Field(() => Boolean, { description: 'Whether Partnerlink emails the links.' })
  send: boolean;

  @Field(() => Locale)
  locale: Locale;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When nothing was left to do.' })
  completedAt: Date | null;

  @Field(() => [BatchRowLink], {
    nullable: true,
    description:
      'Without send: the links of the created rows, only in the response of the call that created the batch (links are stored hashed, never shown again; ' +
      'a retry with the same key returns null here: renew a link with resendRelationshipRequest). Null with send and in dry runs.',
  })
  links: BatchRowLink[] | null;

  /** Internal: a stored batch's partner and creator, or a dry run's rows and counts. */
  source: BatchSource;
}

/** Where a batch's rows and counts come from: the database, or (dry run) memory. */
export type BatchSource =
  | { readonly kind: 'stored'; readonly partnerTenantId: string; readonly createdByUserId: string; readonly indirectProviderTenantId: string | null }
  | { readonly kind: 'dryRun'; readonly rows: readonly BatchRow[]; readonly counts: BatchCounts };

export const RelationshipRequestBatchConnection = Connection('RelationshipRequestBatch', RelationshipRequestBatch);

@ArgsType()
export class BatchRowsArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100 (25 by default).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => BatchRowStatus, { nullable: true, description: 'Only rows with this status, as they read now.' })
  status?: BatchRowStatus | null;
}

@ArgsType()
export class RelationshipRequestBatchesArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100 (25 by default).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
