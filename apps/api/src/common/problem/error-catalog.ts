import { ErrorCode, ProblemMessage } from '@cocrea/contracts';

interface CatalogEntry {
  status: number;
  es: ProblemMessage;
  en: ProblemMessage;
}

/** Every error the api can answer, in Spanish and English. `{name}` placeholders take params. */
export const ERROR_CATALOG: Readonly<Record<ErrorCode, CatalogEntry>> = {
  validation_failed: {
    status: 400,
    es: { title: 'Datos no válidos', detail: 'La solicitud tiene campos con valores no válidos; revisa la lista de errores.' },
    en: { title: 'Invalid input', detail: 'The request has fields with invalid values; see the list of errors.' },
  },
  malformed_body: {
    status: 400,
    es: { title: 'Cuerpo de la solicitud mal formado', detail: 'El cuerpo de la solicitud no es JSON válido.' },
    en: { title: 'Malformed request body', detail: 'The request body is not valid JSON.' },
  },
  payload_too_large: {
    status: 413,
    es: { title: 'Solicitud demasiado grande', detail: 'El cuerpo de la solicitud supera el límite de {limit}.' },
    en: { title: 'Request too large', detail: 'The request body exceeds the limit of {limit}.' },
  },
  unauthenticated: {
    status: 401,
    es: { title: 'Sesión requerida', detail: 'Inicia sesión para continuar.' },
    en: { title: 'Sign-in required', detail: 'Sign in to continue.' },
  },
  invalid_credentials: {
    status: 401,
    es: { title: 'Credenciales incorrectas', detail: 'El correo o la contraseña no son correctos.' },
    en: { title: 'Wrong credentials', detail: 'The email or the password is not correct.' },
  },
  forbidden: {
    status: 403,
    es: { title: 'Sin permiso', detail: 'Tu función no permite esta acción.' },
    en: { title: 'Not allowed', detail: 'Your role does not allow this action.' },
  },
  not_found: {
    status: 404,
    es: { title: 'No encontrado', detail: 'No existe {resource} con ese identificador.' },
    en: { title: 'Not found', detail: 'There is no {resource} with that identifier.' },
  },
  route_not_found: {
    status: 404,
    es: { title: 'Ruta inexistente', detail: 'La ruta {method} {path} no existe.' },
    en: { title: 'No such route', detail: 'The route {method} {path} does not exist.' },
  },
  conflict: {
    status: 409,
    es: { title: 'Conflicto', detail: 'La operación entra en conflicto con datos existentes.' },
    en: { title: 'Conflict', detail: 'The operation conflicts with existing data.' },
  },
  email_taken: {
    status: 409,
    es: { title: 'Correo ya registrado', detail: 'Ya existe una persona con el correo {email}.' },
    en: { title: 'Email already registered', detail: 'A person with the email {email} already exists.' },
  },
  organization_name_taken: {
    status: 409,
    es: { title: 'Organización ya registrada', detail: 'Ya existe una organización llamada «{name}».' },
    en: { title: 'Organization already registered', detail: 'An organization named “{name}” already exists.' },
  },
  already_member: {
    status: 409,
    es: { title: 'Ya es integrante', detail: 'Esa persona ya es integrante de la comisión.' },
    en: { title: 'Already a member', detail: 'That person is already a member of the commission.' },
  },
  meeting_wrong_status: {
    status: 409,
    es: { title: 'No es posible en este estado de la sesión', detail: 'La sesión está {status}: {action}.' },
    en: { title: 'Not possible in this session state', detail: 'The session is {status}: {action}.' },
  },
  no_quorum: {
    status: 409,
    es: {
      title: 'Sin quórum',
      detail: 'Hay {present} integrantes con voto presentes o representados y se requieren {required}: la sesión no puede abrirse.',
    },
    en: {
      title: 'No quorum',
      detail: '{present} voting members are present or represented and {required} are required: the session cannot be opened.',
    },
  },
  attendance_conflict: {
    status: 409,
    es: { title: 'Pase de lista incongruente', detail: '{reason}' },
    en: { title: 'Inconsistent roll call', detail: '{reason}' },
  },
  floor_conflict: {
    status: 409,
    es: { title: 'No es posible con la lista de oradores', detail: '{reason}' },
    en: { title: 'Not possible with the speakers’ list', detail: '{reason}' },
  },
  not_in_meeting: {
    status: 403,
    es: {
      title: 'Fuera de la sesión',
      detail: 'Solo integrantes de la comisión y sus representantes acreditados participan en esta sesión.',
    },
    en: {
      title: 'Not in this session',
      detail: 'Only members of the commission and their accredited representatives take part in this session.',
    },
  },
  file_too_large: {
    status: 413,
    es: { title: 'Archivo demasiado grande', detail: 'El archivo supera el límite de {limit}.' },
    en: { title: 'File too large', detail: 'The file exceeds the limit of {limit}.' },
  },
  unsupported_media_type: {
    status: 415,
    es: {
      title: 'Tipo de archivo no permitido',
      detail: 'Solo se aceptan PDF, DOCX, XLSX e imágenes PNG, JPEG o WEBP; el contenido de este archivo no es de esos tipos.',
    },
    en: {
      title: 'File type not allowed',
      detail: 'Only PDF, DOCX, XLSX and PNG, JPEG or WEBP images are accepted; this file’s content is none of those.',
    },
  },
  too_many_requests: {
    status: 429,
    es: { title: 'Demasiados intentos', detail: 'Espera un momento antes de intentarlo de nuevo.' },
    en: { title: 'Too many attempts', detail: 'Wait a moment before trying again.' },
  },
  service_unavailable: {
    status: 503,
    es: { title: 'Servicio no disponible', detail: 'La base de datos no responde; inténtalo de nuevo en unos segundos.' },
    en: { title: 'Service unavailable', detail: 'The database is not responding; try again in a few seconds.' },
  },
  internal: {
    status: 500,
    es: { title: 'Error interno', detail: 'Ocurrió un error inesperado; ya quedó registrado.' },
    en: { title: 'Internal error', detail: 'An unexpected error occurred; it has been logged.' },
  },
};
