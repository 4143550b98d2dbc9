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
    es: { title: 'Datos no válidos', detail: 'La solicitud tiene campos con valores no válidos; revise la lista de errores.' },
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
    es: { title: 'Sesión requerida', detail: 'Inicie sesión para continuar.' },
    en: { title: 'Sign-in required', detail: 'Sign in to continue.' },
  },
  invalid_credentials: {
    status: 401,
    es: { title: 'Credenciales incorrectas', detail: 'El correo o la contraseña no son correctos.' },
    en: { title: 'Wrong credentials', detail: 'The email or the password is not correct.' },
  },
  forbidden: {
    status: 403,
    es: { title: 'Sin permiso', detail: 'Su función no permite esta acción.' },
    en: { title: 'Not allowed', detail: 'Your role does not allow this action.' },
  },
  csrf_failed: {
    status: 403,
    es: {
      title: 'Falta la verificación de la solicitud',
      detail: 'La solicitud usa la cookie de sesión sin el encabezado {header} válido; recargue la página e inténtelo de nuevo.',
    },
    en: {
      title: 'Request verification missing',
      detail: 'The request uses the session cookie without a valid {header} header; reload the page and try again.',
    },
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
  commission_taken: {
    status: 409,
    es: { title: 'Dato de comisión ya usado', detail: 'Otra comisión ya usa ese valor como {field}; elija otro.' },
    en: { title: 'Commission detail already used', detail: 'Another commission already uses that value as its {field}; choose another.' },
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
  minutes_conflict: {
    status: 409,
    es: { title: 'No es posible con el acta', detail: '{reason}' },
    en: { title: 'Not possible with the minutes', detail: '{reason}' },
  },
  decision_conflict: {
    status: 409,
    es: { title: 'Votación incongruente', detail: '{reason}' },
    en: { title: 'Inconsistent vote', detail: '{reason}' },
  },
  call_conflict: {
    status: 409,
    es: { title: 'No es posible con la convocatoria', detail: '{reason}' },
    en: { title: 'Not possible with the call', detail: '{reason}' },
  },
  representation_conflict: {
    status: 409,
    es: { title: 'No es posible con el oficio de representación', detail: '{reason}' },
    en: { title: 'Not possible with the representation letter', detail: '{reason}' },
  },
  poll_wrong_status: {
    status: 409,
    es: { title: 'No es posible en este estado de la votación', detail: 'La votación está {status}: {action}.' },
    en: { title: 'Not possible in this poll state', detail: 'The poll is {status}: {action}.' },
  },
  ballot_conflict: {
    status: 409,
    es: { title: 'Voto ya emitido', detail: 'Ese derecho de voto ya se usó en esta votación.' },
    en: { title: 'Ballot already cast', detail: 'That voting right was already used in this poll.' },
  },
  agreement_text_adopted: {
    status: 409,
    es: {
      title: 'Texto adoptado',
      detail: 'El texto de un acuerdo es el que se adoptó y no se reescribe: registre una corrección con su motivo.',
    },
    en: {
      title: 'Adopted text',
      detail: 'An agreement’s text is the one adopted and is not rewritten: record a correction with its reason.',
    },
  },
  casting_vote_without_tie: {
    status: 409,
    es: { title: 'No hay empate', detail: 'El voto de calidad solo decide un empate.' },
    en: { title: 'No tie', detail: 'The casting vote only decides a tie.' },
  },
  poll_secret_locked: {
    status: 409,
    es: { title: 'Votación secreta', detail: 'Una votación secreta nunca puede volverse nominal.' },
    en: { title: 'Secret poll', detail: 'A secret poll can never become a named one.' },
  },
  room_refused: {
    status: 403,
    es: { title: 'No es posible en la sala', detail: '{reason}' },
    en: { title: 'Not possible in the room', detail: '{reason}' },
  },
  no_voting_right: {
    status: 403,
    es: {
      title: 'Sin derecho de voto',
      detail:
        'No tiene ese derecho de voto en esta votación: vota quien integra la comisión con voto y está presente, o su representante registrado en el pase de lista.',
    },
    en: {
      title: 'No voting right',
      detail:
        'You do not hold that voting right in this poll: a voting member who is present votes, or their representative recorded in the roll call.',
    },
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
  group_join_pending: {
    status: 409,
    es: { title: 'Solicitud ya enviada', detail: 'Ya hay una solicitud pendiente de esa persona para integrarse a este grupo.' },
    en: { title: 'Request already sent', detail: 'That person already has a pending request to join this group.' },
  },
  group_partner_organization_added: {
    status: 409,
    es: { title: 'Organización ya aliada', detail: '«{name}» ya es organización aliada de este grupo.' },
    en: { title: 'Organization already a partner', detail: '“{name}” is already a partner organization of this group.' },
  },
  group_already_member: {
    status: 409,
    es: { title: 'Ya participa en el grupo', detail: 'Esa persona ya forma parte de este grupo de trabajo.' },
    en: { title: 'Already in the group', detail: 'That person already takes part in this working group.' },
  },
  group_not_commissioner: {
    status: 409,
    es: {
      title: 'No integra la comisión',
      detail:
        'Solo las personas integrantes de la comisión pueden coordinar o integrar un grupo; invita a las personas externas como aliadas.',
    },
    en: {
      title: 'Not in the commission',
      detail: 'Only members of the commission can coordinate or join a group; invite external people as partners.',
    },
  },
  group_last_coordinator: {
    status: 409,
    es: { title: 'Última coordinación', detail: 'El grupo se quedaría sin coordinación; nombra a otra persona antes.' },
    en: { title: 'Last coordinator', detail: 'The group would be left without a coordinator; appoint someone else first.' },
  },
  group_has_deliverables: {
    status: 409,
    es: { title: 'El grupo tiene productos', detail: 'Un grupo con productos no se elimina: archívalo para conservar su memoria.' },
    en: { title: 'The group has deliverables', detail: 'A group with deliverables cannot be deleted: archive it to keep its record.' },
  },
  group_archived: {
    status: 409,
    es: { title: 'Grupo archivado', detail: 'El grupo está archivado y ya no admite cambios.' },
    en: { title: 'Group archived', detail: 'The group is archived and no longer accepts changes.' },
  },
  group_name_taken: {
    status: 409,
    es: { title: 'Nombre en uso', detail: 'La comisión ya tiene un grupo llamado «{name}».' },
    en: { title: 'Name in use', detail: 'The commission already has a group named “{name}”.' },
  },
  deliverable_invalid_transition: {
    status: 409,
    es: { title: 'Cambio de estado no permitido', detail: 'Un producto no puede pasar de «{from}» a «{to}».' },
    en: { title: 'Status change not allowed', detail: 'A deliverable cannot go from “{from}” to “{to}”.' },
  },
  deliverable_closed: {
    status: 409,
    es: { title: 'Producto cerrado', detail: 'El producto está entregado o cancelado y ya no recibe insumos.' },
    en: { title: 'Deliverable closed', detail: 'The deliverable is delivered or cancelled and no longer takes inputs.' },
  },
  input_already_reviewed: {
    status: 409,
    es: { title: 'Insumo ya respondido', detail: 'Este insumo ya tiene una respuesta definitiva.' },
    en: { title: 'Input already answered', detail: 'This input already has a final answer.' },
  },
  proposal_decided: {
    status: 409,
    es: { title: 'Propuesta ya resuelta', detail: 'Esta propuesta ya fue aceptada, rechazada o enviada a una sesión.' },
    en: { title: 'Proposal already decided', detail: 'This proposal has already been accepted, rejected or sent to a session.' },
  },
  proposal_outdated: {
    status: 409,
    es: {
      title: 'Propuesta desactualizada',
      detail: 'El texto al que se refiere la propuesta cambió o fue eliminado; quedó marcada como desactualizada y el documento no cambió.',
    },
    en: {
      title: 'Proposal out of date',
      detail: 'The text the proposal refers to was changed or deleted; it is now marked out of date and the document did not change.',
    },
  },
  proposal_invalid_anchor: {
    status: 400,
    es: { title: 'Selección no válida', detail: 'La selección no corresponde a un tramo de texto de un solo párrafo del documento.' },
    en: { title: 'Invalid selection', detail: 'The selection is not a span of text within one paragraph of the document.' },
  },
  observation_resolved: {
    status: 409,
    es: { title: 'Observación resuelta', detail: 'La observación ya está resuelta.' },
    en: { title: 'Observation resolved', detail: 'The observation is already resolved.' },
  },
  join_request_decided: {
    status: 409,
    es: { title: 'Solicitud ya resuelta', detail: 'Esta solicitud ya fue aceptada o rechazada.' },
    en: { title: 'Request already decided', detail: 'This request has already been accepted or declined.' },
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
    es: { title: 'Demasiados intentos', detail: 'Espere un momento antes de intentarlo de nuevo.' },
    en: { title: 'Too many attempts', detail: 'Wait a moment before trying again.' },
  },
  service_unavailable: {
    status: 503,
    es: { title: 'Servicio no disponible', detail: 'La base de datos no responde; inténtelo de nuevo en unos segundos.' },
    en: { title: 'Service unavailable', detail: 'The database is not responding; try again in a few seconds.' },
  },
  wrong_password: {
    status: 403,
    es: { title: 'Contraseña actual incorrecta', detail: 'La contraseña actual no es correcta; su contraseña no cambió.' },
    en: { title: 'Wrong current password', detail: 'The current password is not correct; your password did not change.' },
  },
  account_token_invalid: {
    status: 410,
    es: {
      title: 'Enlace no válido',
      detail: 'El enlace ya se usó, venció o no existe. Solicite uno nuevo.',
    },
    en: { title: 'Link not valid', detail: 'The link was already used, has expired or does not exist. Ask for a new one.' },
  },
  challenge_phase_closed: {
    status: 409,
    es: {
      title: 'Fase del reto cerrada',
      detail: 'Esta acción solo se permite mientras está abierta la fase «{phase}» del reto ({opensAt} a {closesAt}).',
    },
    en: {
      title: 'Challenge phase not open',
      detail: 'This action is only allowed while the challenge phase "{phase}" is open ({opensAt} to {closesAt}).',
    },
  },
  support_limit_reached: {
    status: 409,
    es: {
      title: 'Límite de apoyos alcanzado',
      detail: 'Ya apoya {limit} ideas de este problema. Retire un apoyo para dar otro.',
    },
    en: { title: 'Support limit reached', detail: 'You already support {limit} ideas of this problem. Withdraw one to give another.' },
  },
  juror_conflict: {
    status: 409,
    es: { title: 'Conflicto de interés declarado', detail: 'Declaró un conflicto de interés con esta idea, así que no puede calificarla.' },
    en: { title: 'Declared conflict of interest', detail: 'You declared a conflict of interest on this idea, so you cannot score it.' },
  },
  idea_not_admitted: {
    status: 409,
    es: { title: 'Idea no admitida', detail: 'Solo las ideas admitidas en el filtrado reciben apoyos y calificaciones.' },
    en: { title: 'Idea not admitted', detail: 'Only ideas admitted by filtering receive supports and scores.' },
  },
  not_a_winner: {
    status: 409,
    es: { title: 'La idea no es ganadora', detail: 'Solo una idea ganadora se convierte en piloto.' },
    en: { title: 'Not a winning idea', detail: 'Only a winning idea becomes a pilot.' },
  },
  account_disabled: {
    status: 403,
    es: {
      title: 'Su cuenta está deshabilitada',
      detail: 'Su cuenta está deshabilitada. Pida a la administración de la plataforma que la habilite.',
    },
    en: { title: 'Your account is disabled', detail: 'Your account is disabled. Ask the platform administration to enable it.' },
  },
  own_account_action: {
    status: 409,
    es: {
      title: 'Acción sobre la propia cuenta',
      detail: 'Nadie deshabilita, da de baja ni cambia el rol de su propia cuenta: pida a otra persona administradora que lo haga.',
    },
    en: {
      title: 'Action on your own account',
      detail: 'Nobody disables, deactivates or changes the role of their own account: ask another administrator to do it.',
    },
  },
  challenge_closed: {
    status: 409,
    es: {
      title: 'Reto cerrado',
      detail: 'Esta acción solo se permite mientras el reto está abierto ({opensAt} a {closesAt}).',
    },
    en: { title: 'Challenge not open', detail: 'This action is only allowed while the challenge is open ({opensAt} to {closesAt}).' },
  },
  comment_already_hidden: {
    status: 409,
    es: { title: 'Comentario ya retirado', detail: 'Este comentario ya fue retirado por moderación.' },
    en: { title: 'Comment already hidden', detail: 'This comment has already been hidden by moderation.' },
  },
  coauthor_not_found: {
    status: 422,
    es: {
      title: 'Coautoría no encontrada',
      detail: 'No hay una cuenta verificada con el correo {email}. Pida a esa persona que se registre y confirme su correo.',
    },
    en: {
      title: 'Co-author not found',
      detail: 'There is no verified account with the e-mail {email}. Ask that person to sign up and confirm their e-mail.',
    },
  },
  idea_attachment_limit: {
    status: 409,
    es: { title: 'Límite de archivos', detail: 'Una idea lleva a lo más {limit} archivos. Quite uno para agregar otro.' },
    en: { title: 'File limit reached', detail: 'An idea carries at most {limit} files. Remove one to add another.' },
  },
  proof_of_work_invalid: {
    status: 400,
    es: {
      title: 'Verificación contra robots no válida',
      detail: 'La verificación de que no es un robot falta, no es válida, caducó o ya se usó. Recargue la página e inténtelo de nuevo.',
    },
    en: {
      title: 'Robot check not valid',
      detail: 'The check that you are not a robot is missing, invalid, expired or already used. Reload the page and try again.',
    },
  },
  internal: {
    status: 500,
    es: { title: 'Error interno', detail: 'Ocurrió un error inesperado; ya quedó registrado.' },
    en: { title: 'Internal error', detail: 'An unexpected error occurred; it has been logged.' },
  },
};
