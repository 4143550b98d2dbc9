import * as z from 'zod';

export const ORGANIZATION_KINDS = ['guarantor', 'national_body', 'civil_society', 'academia', 'government'] as const;
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

export const COMMISSION_ROLES = ['chair', 'secretary', 'commissioner', 'observer'] as const;
export const CommissionRoleSchema = z.enum(COMMISSION_ROLES);
export type CommissionRole = z.infer<typeof CommissionRoleSchema>;

export const PLATFORM_ROLES = ['admin', 'user'] as const;
export const PlatformRoleSchema = z.enum(PLATFORM_ROLES);
export type PlatformRole = z.infer<typeof PlatformRoleSchema>;

export const LOCALES = ['es-MX', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** The 32 federal entities of Mexico, as written in the commission's record. */
export const MEXICAN_STATES = [
  'Aguascalientes',
  'Baja California',
  'Baja California Sur',
  'Campeche',
  'Chiapas',
  'Chihuahua',
  'Ciudad de México',
  'Coahuila',
  'Colima',
  'Durango',
  'Estado de México',
  'Guanajuato',
  'Guerrero',
  'Hidalgo',
  'Jalisco',
  'Michoacán',
  'Morelos',
  'Nayarit',
  'Nuevo León',
  'Oaxaca',
  'Puebla',
  'Querétaro',
  'Quintana Roo',
  'San Luis Potosí',
  'Sinaloa',
  'Sonora',
  'Tabasco',
  'Tamaulipas',
  'Tlaxcala',
  'Veracruz',
  'Yucatán',
  'Zacatecas',
] as const;
export const MexicanStateSchema = z.enum(MEXICAN_STATES);
export type MexicanState = z.infer<typeof MexicanStateSchema>;
