import { readsAsMinutesApproval } from './minutes-approval';

describe('readsAsMinutesApproval', () => {
  it('recognises the item that approves minutes in the call', () => {
    expect(readsAsMinutesApproval('Lectura y, en su caso, aprobación del acta de la Cuarta Sesión Ordinaria de 2020')).toBe(true);
    expect(readsAsMinutesApproval('Aprobación del Acta de la sesión anterior')).toBe(true);
  });

  it('does not take other items for it', () => {
    expect(readsAsMinutesApproval('Aprobación del Orden del Día')).toBe(false);
    expect(readsAsMinutesApproval('Revisión de acuerdos de la sesión anterior')).toBe(false);
    expect(readsAsMinutesApproval('Presentación sobre el alcance del Compromiso 13 (actas de archivo)')).toBe(false);
  });
});
