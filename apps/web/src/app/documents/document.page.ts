import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTab, MatTabGroup } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import {
  COLLAB_COOKIE_TOKEN,
  COLLAB_PATH,
  Contributions,
  DocumentDetail,
  DocumentSignal,
  DocumentVersion,
  Observation,
  Proposal,
  READ_ONLY_NOTICE,
} from '@cocrea/contracts';
import { Editor } from '@tiptap/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { TiptapEditorDirective } from 'ngx-tiptap';
import * as Y from 'yjs';
import { AuthService } from '../core/auth/auth.service';
import { isApiError } from '../core/http/api-error';
import { ErrorPanel } from '../core/ui/error-panel';
import { DocumentTitle } from './document-title';
import { DocumentsApi } from './documents.api';
import { AnnotatedSpan, annotationsKey, selectionAnchors } from './editor/annotations';
import { editorExtensions, personColor } from './editor/editor-extensions';
import { EditorToolbar } from './editor/editor-toolbar';
import { ObservationsPanel } from './observations.panel';
import { ProposalsPanel } from './proposals.panel';
import { SelectionAnchors } from './selection-compose';
import { ContributionsPanel, VersionsPanel } from './versions.panel';
import { connectionStatus, SocketState } from './connection-status';
import { namePageTitle } from '../core/i18n/page-title';

/** One co-created document: the live editor, and its proposals, observations, versions and contributions. */
@Component({
  selector: 'cc-document-page',
  imports: [
    RouterLink,
    MatProgressBar,
    MatTabGroup,
    MatTab,
    TranslocoPipe,
    TiptapEditorDirective,
    ErrorPanel,
    EditorToolbar,
    ProposalsPanel,
    ObservationsPanel,
    VersionsPanel,
    ContributionsPanel,
    DocumentTitle,
  ],
  templateUrl: './document.page.html',
  styleUrl: './document.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentPage {
  private readonly api = inject(DocumentsApi);
  private readonly auth = inject(AuthService);

  /** Bound from the `:id` route param. */
  readonly id = input.required<string>();

  protected readonly document = signal<DocumentDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly notFound = computed(() => {
    const error = this.error();
    return isApiError(error) && (error.status === 404 || error.status === 400);
  });
  protected readonly editor = signal<Editor | null>(null);
  protected readonly connection = signal<SocketState>('connecting');
  protected readonly synced = signal(false);
  /** The server holds this connection read-only (its scope at authentication, or its notice on a dropped edit). */
  protected readonly readOnly = signal(false);
  /** Says "saved live" only once the server's text is here, and never to a read-only connection. */
  protected readonly status = computed(() => connectionStatus(this.connection(), this.synced(), this.readOnly()));
  protected readonly selection = signal<SelectionAnchors | null>(null);
  protected readonly proposals = signal<Proposal[]>([]);
  protected readonly observations = signal<Observation[]>([]);
  protected readonly versions = signal<DocumentVersion[]>([]);
  protected readonly contributions = signal<Contributions | null>(null);
  protected readonly liveNotice = signal<string | null>(null);
  protected readonly openProposals = computed(
    () => this.proposals().filter((p) => p.status === 'open' || p.status === 'in_session').length,
  );
  protected readonly openObservations = computed(() => this.observations().filter((o) => !o.resolved).length);

  private provider: HocuspocusProvider | null = null;

  constructor() {
    namePageTitle(() => this.document()?.title);
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
    effect(() => {
      // Proposals and open observations are drawn in the text as decorations.
      const editor = this.editor();
      const spans: AnnotatedSpan[] = [
        ...this.proposals()
          .filter((p) => p.status === 'open' || p.status === 'in_session')
          .map((p) => ({
            id: p.id,
            start: p.start,
            end: p.end,
            kind: 'proposal' as const,
            replacement: p.replacement,
            label: p.author.name,
          })),
        ...this.observations()
          .filter((o) => !o.resolved)
          .map((o) => ({ id: o.id, start: o.start, end: o.end, kind: 'observation' as const, label: `${o.author.name}: ${o.body}` })),
      ];
      if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(annotationsKey, spans));
    });
    inject(DestroyRef).onDestroy(() => this.teardown());
  }

  load(id: string): void {
    this.teardown();
    this.loading.set(true);
    this.error.set(null);
    this.api.get(id).subscribe({
      next: (document) => {
        this.document.set(document);
        this.loading.set(false);
        this.connect(document);
        this.refresh('proposals');
        this.refresh('observations');
        this.refresh('versions');
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(error);
      },
    });
  }

  protected refresh(what: DocumentSignal | 'contributions'): void {
    const id = this.document()?.id;
    if (!id) return;
    if (what === 'proposals') this.api.proposals(id).subscribe((list) => this.announce(this.proposals, list, 'documents.live.proposals'));
    if (what === 'observations')
      this.api.observations(id).subscribe((list) => this.announce(this.observations, list, 'documents.live.observations'));
    if (what === 'versions') this.api.versions(id).subscribe((list) => this.versions.set(list));
    if (what === 'contributions') this.api.contributions(id).subscribe((c) => this.contributions.set(c));
  }

  /** Sets a list and says so in the live region when it grew because of someone else. */
  private announce<T>(target: ReturnType<typeof signal<T[]>>, list: T[], key: string): void {
    if (list.length > target().length && target().length > 0) this.liveNotice.set(key);
    target.set(list);
  }

  private connect(document: DocumentDetail): void {
    const me = this.auth.me();
    const ydoc = new Y.Doc();
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const provider = new HocuspocusProvider({
      url: `${scheme}://${location.host}${COLLAB_PATH}`,
      name: document.id,
      document: ydoc,
      // The real credential is the httpOnly session cookie, sent with the upgrade request.
      token: COLLAB_COOKIE_TOKEN,
      onStatus: ({ status }) =>
        this.connection.set(
          status === WebSocketStatus.Connected ? 'connected' : status === WebSocketStatus.Connecting ? 'connecting' : 'disconnected',
        ),
      onSynced: () => this.synced.set(true),
      onAuthenticated: ({ scope }) => this.readOnly.set(scope === 'readonly'),
      onAuthenticationFailed: () => this.connection.set('denied'),
      onStateless: ({ payload }) => {
        if (payload !== READ_ONLY_NOTICE) return this.refresh(payload as DocumentSignal);
        this.readOnly.set(true);
        this.liveNotice.set('documents.live.readOnly');
      },
    });
    this.provider = provider;
    const editable = document.permission === 'edit';
    const editor = new Editor({
      extensions: editorExtensions({
        document: ydoc,
        provider,
        user: { name: me?.name ?? '', color: personColor(me?.id ?? '') },
        editable,
      }),
      editorProps: {
        attributes: { 'aria-label': document.title, role: 'textbox', 'aria-multiline': 'true', 'aria-readonly': String(!editable) },
      },
      onSelectionUpdate: ({ editor: e }) => this.selection.set(e.state.selection.empty ? null : selectionAnchors(e.state)),
    });
    this.editor.set(editor);
  }

  private teardown(): void {
    this.editor()?.destroy();
    this.editor.set(null);
    this.provider?.destroy();
    this.provider = null;
    this.synced.set(false);
    this.readOnly.set(false);
    this.connection.set('connecting');
  }
}
