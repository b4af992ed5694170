import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CustomerOrder, RelationshipFilter } from '@partnerlink/shared';

@InputType({ description: "The customer's acceptance of the customer agreement, as the partner recorded it." })
export class CustomerAgreementInput {
  @Field(() => String)
  signerName: string;

  @Field(() => String)
  signerEmail: string;

  @Field(() => String, { description: 'The date the customer signed, YYYY-MM-DD.' })
  acceptedOn: string;
}

@InputType()
export class CreateCustomerInput {
  @Field(() => String)
  companyName: string;

  @Field(() => String, { description: "The customer's primary domain, like fabrikam.com." })
  domain: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code; must be in the partner’s market.' })
  country: string;

  @Field(() => String)
  contactName: string;

  @Field(() => String)
  contactEmail: string;

  @Field(() => CustomerAgreementInput, {
    nullable: true,
    description: 'The customer agreement acceptance, if the customer has signed already; it can be recorded later.',
  })
  agreement?: CustomerAgreementInput | null;
}

@ArgsType()
export class CustomersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 25).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'The start of the company name, or of the domain when the text contains a dot (contoso.com); case-insensitive. totalCount then counts up to 1,000.' })
  search?: string | null;

  @Field(() => RelationshipFilter, { nullable: true, defaultValue: RelationshipFilter.ALL })
  relationship?: RelationshipFilter | null;

  @Field(() => CustomerOrder, { nullable: true, defaultValue: CustomerOrder.NAME_ASC })
  orderBy?: CustomerOrder | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Indirect providers: only the customers this indirect reseller serves through you (its ACTIVE indirect reseller relationship).',
  })
  indirectResellerId?: string | null;
}
