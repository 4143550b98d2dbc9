/**
 * What each path and query parameter of the api means, by name: the same name means the same thing on every route
 * (`meetingId` is always a session's id), so one table describes them all.
 */
import type { ParameterObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** What an id names, where the parameter's name alone does not say it plainly. */
const ID_OF: Record<string, string> = {
  id: 'the resource named by the path',
  meetingId: 'the session',
  commissionId: 'the commission',
  memberId: 'the membership',
  notificationId: 'the notification',
  representationId: 'the representation letter',
  personId: 'the person',
  entryId: 'the entry of the speakers’ list',
  participantId: 'the invited guest',
  groupId: 'the working group',
  requestId: 'the request to join',
  milestoneId: 'the milestone',
  pollId: 'the poll',
  agreementId: 'the agreement',
  deliverableId: 'the deliverable',
  inputId: 'the input',
  challengeId: 'the open challenge',
  problemId: 'the challenge’s problem',
  ideaId: 'the idea',
  pilotId: 'the pilot',
  commentId: 'the comment on an idea',
  documentId: 'the document',
  proposalId: 'the proposed change',
  observationId: 'the observation',
  versionId: 'the document version',
  fromId: 'the older version compared',
  toId: 'the newer version compared',
  fileId: 'the public file',
  attachmentId: 'the uploaded file',
  organizationId: 'the organization',
};

/** `{id}` names the resource of the collection it follows (`/api/people/{id}`). */
const ID_IN: Record<string, string> = {
  organizations: 'the organization',
  people: 'the person',
  attachments: 'the uploaded file',
};

const QUERY: Record<string, string> = {
  page: 'Page number, from 1.',
  pageSize: 'Items per page.',
  q: 'Text to search for (accent- and case-insensitive).',
  kind: 'Only items of this kind.',
  state: 'Only items from this Mexican state.',
  format: 'The file format of the answer.',
  role: 'Only members with this role.',
  status: 'Only items in this status.',
  unread: 'Only unread notifications when true.',
  overdue: 'Only agreements past their due date when true.',
  year: 'Only items of this calendar year (Mexico City time).',
  actorId: 'Only changes made by the person with this id.',
  subjectType: 'Only changes about this kind of subject.',
  subjectId: 'Only changes about the subject with this id.',
  from: 'Only items on or after this commission day (YYYY-MM-DD, Mexico City).',
  to: 'Only items on or before this commission day (YYYY-MM-DD, Mexico City).',
};

const PATH: Record<string, string> = {
  code: 'The receipt code printed when the ballot was cast.',
  name: 'The dataset’s name, as listed in the data dictionary.',
  ref: 'The agreement’s reference (e.g. `CPT-2021-01-03`) or its id.',
};

export function describeParameter(parameter: ParameterObject, path: string): string {
  const name = parameter.name;
  if (parameter.in === 'path' && name === 'id') return `The id (a UUID) of ${ID_IN[path.split('/')[2]] ?? ID_OF['id']}.`;
  if (parameter.in === 'path' && PATH[name]) return PATH[name];
  if (parameter.in === 'query' && QUERY[name]) return QUERY[name];
  const of = ID_OF[name];
  if (of) return parameter.in === 'query' ? `Only items of ${of} with this id.` : `The id (a UUID) of ${of}.`;
  throw new Error(`No description for the ${parameter.in} parameter ${name} of ${path}`);
}
