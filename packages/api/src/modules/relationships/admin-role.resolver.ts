import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';
import {
  ADMIN_ROLE_PRESETS,
  ADMIN_ROLES,
  AdminRole,
  AdminRolePreset,
  AdminRoleRisk,
  Locale,
  type AdminRoleDefinition,
  type AdminRolePresetDefinition,
} from '@partnerlink/shared';

@ObjectType({ description: 'A Microsoft Entra built-in role an admin relationship can hold, as the acceptance page explains it.', simpleResolvers: true })
export class AdminRoleInfo {
  @Field(() => AdminRole)
  role: AdminRole;

  @Field(() => String, { description: "Microsoft Entra's role definition (template) id, as Microsoft's GDAP API takes it." })
  roleDefinitionId: string;

  @Field(() => String, { description: "Microsoft's name of the role (Microsoft shows it in English in every language)." })
  displayName: string;

  @Field(() => AdminRoleRisk)
  risk: AdminRoleRisk;

  @Field(() => String, { description: "What the role lets the partner do in the customer's organisation, in plain words, in the language asked for." })
  description: string;
}

@ObjectType({ description: 'A named set of admin roles for a common purpose.', simpleResolvers: true })
export class AdminRolePresetInfo {
  @Field(() => AdminRolePreset)
  preset: AdminRolePreset;

  @Field(() => String, { description: 'Its name in the language asked for.' })
  name: string;

  @Field(() => String, { description: 'What it is for, in the language asked for.' })
  description: string;

  @Field(() => [AdminRole], { description: 'Its roles, in catalogue order.' })
  roles: AdminRole[];
}

function roleInfo(definition: AdminRoleDefinition, locale: Locale): AdminRoleInfo {
  return { ...definition, description: definition.description[locale] };
}

function presetInfo(definition: AdminRolePresetDefinition, locale: Locale): AdminRolePresetInfo {
  return { preset: definition.preset, name: definition.name[locale], description: definition.description[locale], roles: [...definition.roles] };
}

/** The admin role catalogue of packages/shared, for clients that build their own request forms. */
@Resolver()
export class AdminRoleResolver {
  @Query(() => [AdminRoleInfo], { description: 'Every admin role a partner may ask for, least to most powerful within each group (the catalogue order).' })
  adminRoles(@Arg('locale', () => Locale, { nullable: true, defaultValue: 'en', description: 'The language of the descriptions (null: en).' }) locale: Locale | null): AdminRoleInfo[] {
    return ADMIN_ROLES.map((definition) => roleInfo(definition, locale ?? 'en'));
  }

  @Query(() => [AdminRolePresetInfo], {
    description: 'The presets the SPA offers (HELPDESK, LICENCES_AND_USERS, SECURITY_OPERATIONS, STANDARD: what includeDelegatedAdmin stands for, FULL_ACCESS).',
  })
  adminRolePresets(@Arg('locale', () => Locale, { nullable: true, defaultValue: 'en', description: 'The language of names and descriptions (null: en).' }) locale: Locale | null): AdminRolePresetInfo[] {
    return Object.values(ADMIN_ROLE_PRESETS).map((definition) => presetInfo(definition, locale ?? 'en'));
  }
}
