import { PollState } from '@cocrea/contracts';
import { resultWording } from '@cocrea/domain';
import type { Response } from 'express';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { sendExport } from '../common/export';

export interface ExportRow {
  option: string;
  votes: number | null;
  member: string | null;
  cast_by: string | null;
}

/** One row per option with its count, then (named polls) one row per member and their choice. */
export function exportRows(poll: PollState): ExportRow[] {
  const label = (id: string) => poll.options.find((o) => o.id === id)?.label ?? id;
  return [
    ...poll.options.map((o) => ({ option: o.label, votes: poll.tally?.[o.id] ?? null, member: null, cast_by: null })),
    ...(poll.namedVotes ?? []).map((v) => ({ option: label(v.optionId), votes: null, member: v.memberName, cast_by: v.castByName })),
  ];
}

export function sendPollCsv(response: Response, poll: PollState): void {
  sendExport(
    response,
    'csv',
    `votacion-${poll.id}`,
    [
      { field: 'option', value: (r: ExportRow) => r.option },
      { field: 'votes', value: (r: ExportRow) => r.votes },
      { field: 'member', value: (r: ExportRow) => r.member },
      { field: 'cast_by', value: (r: ExportRow) => r.cast_by },
    ],
    exportRows(poll),
  );
}

// PDF's built-in Helvetica: no font files to ship, and it covers Spanish accents (WinAnsi).
pdfmake.setFonts({
  Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
});
pdfmake.setUrlAccessPolicy(() => false);

/** The result as the record states it, with its base and the rights used ("… 2 de 28 derechos"). */
const OUTCOME = (poll: PollState) =>
  poll.result ? `${resultWording({ ...poll.result, rights: poll.rights })}.` : 'Votación sin cerrar: resultados no definitivos.';

export async function pollPdf(poll: PollState): Promise<Buffer> {
  const label = (id: string) => poll.options.find((o) => o.id === id)?.label ?? id;
  const r = poll.result;
  const doc: TDocumentDefinitions = {
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    info: { title: `Resultados: ${poll.subject}` },
    content: [
      { text: 'Resultados de la votación', fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      { text: poll.subject, fontSize: 12, margin: [0, 0, 0, 8] },
      { text: `Método: ${poll.method === 'secret' ? 'votación secreta' : 'votación nominal'}` },
      { text: OUTCOME(poll), bold: true, margin: [0, 6, 0, 6] },
      ...(r
        ? [
            { text: `Fundamento: ${r.legalBasis}.` },
            { text: `Quórum al votar: ${r.quorum.present} de ${r.quorum.votingMembers} (se requieren ${r.quorum.required}).` },
            { text: `Base: ${r.baseSize}; votos a favor requeridos: ${r.required}.` },
            ...(r.recusedNames.length ? [{ text: `Excusas: ${r.recusedNames.join(', ')}.` }] : []),
            ...(poll.agreementNumber ? [{ text: `Acuerdo ${poll.agreementNumber}.`, bold: true }] : []),
          ]
        : []),
      {
        margin: [0, 10, 0, 10],
        table: {
          headerRows: 1,
          widths: ['*', 'auto'],
          body: [
            [
              { text: 'Opción', bold: true },
              { text: 'Votos', bold: true },
            ],
            ...poll.options.map((o) => [o.label, String(poll.tally?.[o.id] ?? '—')]),
          ],
        },
      },
      ...(poll.namedVotes?.length
        ? [
            { text: 'Votación nominal', bold: true, margin: [0, 6, 0, 4] as [number, number, number, number] },
            {
              table: {
                headerRows: 1,
                widths: ['*', 'auto', '*'],
                body: [
                  [
                    { text: 'Integrante', bold: true },
                    { text: 'Sentido', bold: true },
                    { text: 'Emitido por', bold: true },
                  ],
                  ...poll.namedVotes.map((v) => [v.memberName, label(v.optionId), v.castByName ?? '']),
                ],
              },
            },
          ]
        : []),
    ],
  };
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}
