import fc from 'fast-check';
import { draftMinutes, duration, localDate, localTime, MinutesRecord, minutesMarkdown } from './minutes';

const at = (hhmmLocal: string) => new Date(`2021-02-15T${hhmmLocal}:00-06:00`);

const noDetails = {
  method: 'without_count' as const,
  legalBasis: null,
  agreementNumber: null,
  namedVotes: null,
  approvedMinutesOf: null,
  scope: null,
};

const seedRecord = (): MinutesRecord => ({
  commissionName: 'Comisión de Gobierno Abierto y de Transparencia Proactiva',
  title: 'Primera Sesión Ordinaria 2021',
  kind: 'ordinary',
  scheduledAt: at('11:00'),
  convenedAt: new Date('2021-02-01T16:00:00Z'),
  place: 'Ciudad de México (virtual)',
  videoUrl: null,
  openedAt: at('11:23'),
  closedAt: at('12:57'),
  chairName: 'María del Carmen Nava Polina',
  secretaryName: 'Luis Gustavo Parra Noriega',
  attendance: [
    { name: 'Christian Velasco Milanés', status: 'present', representativeName: null, arrivedAt: null, validLetter: false },
    {
      name: 'Paulina Elizabeth Compean Torres',
      status: 'represented',
      representativeName: 'Ruvalcaba',
      arrivedAt: null,
      validLetter: true,
    },
    { name: 'Luz María Mariscal Cárdenas', status: 'represented', representativeName: 'Ruvalcaba', arrivedAt: null, validLetter: false },
    { name: 'Conrado Mendoza Márquez', status: 'late', representativeName: null, arrivedAt: at('11:40'), validLetter: false },
    { name: 'José Echavarría Trejo', status: 'absent', representativeName: null, arrivedAt: null, validLetter: false },
  ],
  representations: [
    {
      memberName: 'Paulina Elizabeth Compean Torres',
      representativeName: 'Ruvalcaba',
      letterFilename: 'oficio-durango.pdf',
      validFrom: null,
      validUntil: null,
      itemPositions: null,
    },
  ],
  invited: [{ name: 'Victoria Alsina Burgués', organization: 'GovLab, New York University', role: 'Invitada académica' }],
  quorum: { votingMembers: 43, present: 33, represented: 5, required: 22, reached: true },
  agenda: [
    { position: 2, title: 'Aprobación del Orden del Día', kind: 'vote', presenter: null },
    { position: 1, title: 'Lista de asistencia', kind: 'procedural', presenter: null },
    { position: 6, title: 'Participación de invitada', kind: 'presentation', presenter: 'Victoria Alsina Burgués' },
  ],
  decisions: [
    { itemPosition: 2, subject: 'Aprobación del Orden del Día', outcome: 'unanimous', yes: null, no: null, abstain: null, ...noDetails },
    { itemPosition: 2, subject: 'Dispensa de la lectura', outcome: 'majority', yes: 30, no: 2, abstain: 1, ...noDetails },
  ],
  interventions: [{ itemPosition: 6, speakerName: 'Victoria Alsina Burgués', startedAt: at('11:50'), seconds: 605 }],
  recusals: [{ itemPosition: 6, name: 'Christian Velasco Milanés', reason: 'colabora con GovLab' }],
});

describe('minutes', () => {
  it('prints local Mexico City times whatever the zone of the instant', () => {
    expect(localTime(new Date('2021-02-15T17:23:00Z'))).toBe('11:23');
    expect(localTime(new Date('2021-02-15T18:57:00Z'))).toBe('12:57');
    expect(localDate(new Date('2021-02-16T03:00:00Z'))).toBe('15 de febrero de 2021');
  });

  it.each([
    [0, '0 min 00 s'],
    [65, '1 min 05 s'],
    [600, '10 min 00 s'],
  ])('duration(%i) = %s', (seconds, text) => expect(duration(seconds)).toBe(text));

  it('states the facts of the seed session', () => {
    const minutes = draftMinutes(seedRecord());
    expect(minutes.opening).toBe('Siendo las 11:23 horas del 15 de febrero de 2021, se declaró instalada la sesión.');
    expect(minutes.closing).toBe('Siendo las 12:57 horas del 15 de febrero de 2021, se declaró clausurada la sesión.');
    expect(minutes.quorum).toBe('Se declaró quórum legal con 33 de 43 integrantes con voto (5 en representación; se requerían 22).');
    expect(minutes.represented).toEqual([
      'Paulina Elizabeth Compean Torres, en representación: Ruvalcaba',
      'Luz María Mariscal Cárdenas, en representación: Ruvalcaba (sin oficio de representación válido)',
    ]);
    expect(minutes.late).toEqual(['Conrado Mendoza Márquez (se incorporó a las 11:40)']);
    expect(minutes.agenda).toEqual(['1. Lista de asistencia', '2. Aprobación del Orden del Día', '6. Participación de invitada']);
    expect(minutes.agreements).toEqual([
      'Aprobación del Orden del Día: aprobado por unanimidad.',
      'Dispensa de la lectura: aprobado por mayoría (30 a favor, 2 en contra, 1 abstenciones).',
    ]);
    expect(minutes.items[2].speakers).toEqual([{ name: 'Victoria Alsina Burgués', at: '11:50', duration: '10 min 05 s' }]);
    expect(minutes.items[2].recusals[0]).toContain('Christian Velasco Milanés se excusó');
    expect(minutes.representations[0]).toBe(
      'Ruvalcaba en representación de Paulina Elizabeth Compean Torres: oficio «oficio-durango.pdf»; alcance: toda la sesión.',
    );
  });

  it('lays the minutes out as Markdown with every section', () => {
    const text = minutesMarkdown(draftMinutes(seedRecord()));
    expect(text).toMatch(/^# Acta de la Primera Sesión Ordinaria 2021\n/);
    for (const section of [
      '## Lista de asistencia',
      '## Oficios de representación',
      '## Quórum',
      '## Orden del Día',
      '## Síntesis de acuerdos',
      '## Cierre',
    ]) {
      expect(text).toContain(section);
    }
    expect(text).toContain('- Luz María Mariscal Cárdenas, en representación: Ruvalcaba');
    expect(text).toContain('12:57 horas');
  });

  it('states the header, the invited participants and, per outcome, its method, named votes, legal basis and agreement', () => {
    const record = seedRecord();
    record.decisions = [
      {
        itemPosition: 6,
        subject: 'Aprobación del acta de la Cuarta Sesión Ordinaria 2020',
        outcome: 'unanimous',
        yes: 2,
        no: 0,
        abstain: 0,
        method: 'named',
        legalBasis: 'mayoría simple de los votos emitidos',
        agreementNumber: 'CGATP/03/15-02-2021',
        namedVotes: [
          { name: 'María del Carmen Nava Polina', choice: 'A favor', castBy: null },
          { name: 'Salvador Romero Espinosa', choice: 'A favor', castBy: 'Jimena Reigosa' },
        ],
        approvedMinutesOf: 'Cuarta Sesión Ordinaria 2020',
        scope: null,
      },
    ];
    const text = minutesMarkdown(draftMinutes(record));
    expect(text).toContain('**Convocatoria:** 1 de febrero de 2021');
    expect(text).toContain('**Presidencia:** María del Carmen Nava Polina');
    expect(text).toContain('**Secretaría Técnica:** Luis Gustavo Parra Noriega');
    expect(text).toContain('**Participantes invitados:**\n- Victoria Alsina Burgués (GovLab, New York University, Invitada académica)');
    expect(text).toContain('Método: votación nominal.');
    expect(text).toContain('Fundamento: mayoría simple de los votos emitidos.');
    expect(text).toContain('Se aprueba el acta de la Cuarta Sesión Ordinaria 2020.');
    expect(text).toContain('  - Salvador Romero Espinosa: A favor (emitido por Jimena Reigosa)');
    expect(text).toContain('Acuerdo CGATP/03/15-02-2021.');
    expect(text).toContain('- CGATP/03/15-02-2021: Aprobación del acta de la Cuarta Sesión Ordinaria 2020: aprobado por unanimidad');
  });

  it('states a poll outcome with its base and the rights used, so 2 votes of 28 rights are not the room’s unanimity', () => {
    const record = seedRecord();
    record.decisions = [
      { ...record.decisions[0], yes: 2, no: 0, abstain: 0, method: 'named', scope: { base: 'votes_cast', rights: 28 } },
      { ...record.decisions[1], method: 'secret', scope: { base: 'members_present', rights: 35 } },
    ];
    const text = minutesMarkdown(draftMinutes(record));
    expect(text).toContain(
      'Aprobación del Orden del Día: aprobado por unanimidad de los votos emitidos: 2 de 28 derechos (2 a favor, 0 en contra, 0 abstenciones).',
    );
    expect(text).toContain(
      'Dispensa de la lectura: aprobado por mayoría de los integrantes presentes (30 a favor, 2 en contra, 1 abstención; 33 de 35 derechos).',
    );
  });

  it('says when the session was never opened nor closed, and when nobody agreed anything', () => {
    const record = {
      ...seedRecord(),
      openedAt: null,
      closedAt: null,
      decisions: [],
      quorum: { votingMembers: 43, present: 3, represented: 0, required: 22, reached: false },
    };
    const text = minutesMarkdown(draftMinutes(record));
    expect(text).toContain('No se reunió quórum: 3 de 43');
    expect(text).toContain('_La sesión no se instaló._');
    expect(text).toContain('_No se adoptaron acuerdos._');
  });

  it('names every attendee exactly once, whatever the roll call', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 3, maxLength: 12 }).filter((s) => /^[a-z]+$/i.test(s)),
          { maxLength: 15 },
        ),
        fc.array(fc.constantFrom('present', 'represented', 'late', 'absent' as const), { minLength: 15, maxLength: 15 }),
        (names, statuses) => {
          const attendance = names.map((name, i) => ({
            name: `Persona ${name}`,
            status: statuses[i],
            representativeName: 'R',
            arrivedAt: null,
            validLetter: true,
          }));
          const m = draftMinutes({ ...seedRecord(), attendance });
          const listed = [...m.present, ...m.represented, ...m.late, ...m.absent];
          expect(listed).toHaveLength(names.length);
          for (const name of names)
            expect(
              listed.filter((l) => l === `Persona ${name}` || l.startsWith(`Persona ${name},`) || l.startsWith(`Persona ${name} (`)),
            ).toHaveLength(1);
        },
      ),
    );
  });
});
