import { MexicanState, OrganizationKind } from '@cocrea/contracts';

export interface DemoOrganization {
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  state: MexicanState | null;
}

export function guarantorOf(state: MexicanState): DemoOrganization {
  return {
    name: `Organismo garante de transparencia de ${state}`,
    shortName: state === 'Estado de México' ? 'INFOEM' : null,
    kind: 'guarantor',
    state,
  };
}

export const INAI: DemoOrganization = {
  name: 'Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales',
  shortName: 'INAI',
  kind: 'national_body',
  state: null,
};

/**
 * The record names partners loosely ("NOSC de la AGA México / GESOC"); this maps each name used
 * there to one organization. Partners named only in the working groups are listed here too.
 */
export const PARTNER_ORGANIZATIONS: Record<string, DemoOrganization> = {
  'GovLab, New York University': { name: 'GovLab, New York University', shortName: 'GovLab', kind: 'academia', state: null },
  'Red Nacional de Comités de Participación Ciudadana del SNA': {
    name: 'Red Nacional de Comités de Participación Ciudadana del Sistema Nacional Anticorrupción',
    shortName: 'Red Nacional de CPC',
    kind: 'civil_society',
    state: null,
  },
  GESOC: { name: 'GESOC', shortName: 'GESOC', kind: 'civil_society', state: null },
  NOSC: {
    name: 'Núcleo de Organizaciones de la Sociedad Civil de la AGA México',
    shortName: 'NOSC de la AGA México',
    kind: 'civil_society',
    state: null,
  },
  'Comité de Participación Ciudadana, Aguascalientes': {
    name: 'Comité de Participación Ciudadana de Aguascalientes',
    shortName: 'CPC Aguascalientes',
    kind: 'civil_society',
    state: 'Aguascalientes',
  },
  'Archivo General de la Nación (AGN)': { name: 'Archivo General de la Nación', shortName: 'AGN', kind: 'government', state: null },
  'Secretariado Ejecutivo del Sistema Nacional': {
    name: 'Secretariado Ejecutivo del Sistema Nacional de Transparencia',
    shortName: null,
    kind: 'national_body',
    state: null,
  },
};

/** The participant's organization as written in the record → the key in PARTNER_ORGANIZATIONS. */
export const PARTICIPANT_ORGANIZATION_KEY: Record<string, string> = {
  'GovLab, New York University': 'GovLab, New York University',
  'Red Nacional de Comités de Participación Ciudadana del SNA': 'Red Nacional de Comités de Participación Ciudadana del SNA',
  'Núcleo de Organizaciones de la Sociedad Civil (NOSC) de la AGA México / GESOC': 'GESOC',
  'Comité de Participación Ciudadana, Aguascalientes': 'Comité de Participación Ciudadana, Aguascalientes',
  'Archivo General de la Nación (AGN)': 'Archivo General de la Nación (AGN)',
};

/** Bodies named as "Ciudad de México" or "Estado de México (INFOEM)" in the record. */
export function stateOfBody(body: string): MexicanState {
  return body.replace(/\s*\(.*\)\s*$/, '').trim() as MexicanState;
}
