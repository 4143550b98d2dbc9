import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { Editor } from '@tiptap/core';
import { TranslocoPipe } from '@jsverse/transloco';

interface Tool {
  key: string;
  label: string;
  run: (editor: Editor) => void;
  active?: (editor: Editor) => boolean;
}

const TOOLS: Tool[] = [
  { key: 'bold', label: 'B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { key: 'italic', label: 'I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  {
    key: 'h2',
    label: 'H2',
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (e) => e.isActive('heading', { level: 2 }),
  },
  {
    key: 'h3',
    label: 'H3',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive('heading', { level: 3 }),
  },
  { key: 'bulletList', label: '•', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { key: 'orderedList', label: '1.', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { key: 'table', label: '▦', run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { key: 'footnote', label: '¹', run: (e) => e.chain().focus().addFootnote().run() },
];

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern: one tab stop, arrow keys move between buttons). The link tool
 * asks for an address with the browser's prompt.
 */
@Component({
  selector: 'cc-editor-toolbar',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar" role="toolbar" [attr.aria-label]="'documents.toolbar.label' | transloco">
      @for (tool of tools; track tool.key; let i = $index) {
        <button
          type="button"
          class="tool"
          [attr.tabindex]="i === focusIndex() ? 0 : -1"
          [attr.aria-pressed]="tool.active ? isActive(tool) : null"
          [attr.aria-label]="'documents.toolbar.' + tool.key | transloco"
          [title]="'documents.toolbar.' + tool.key | transloco"
          (click)="tool.run(editor())"
          (keydown)="move($event)"
        >
          {{ tool.label }}
        </button>
      }
      <button
        type="button"
        class="tool"
        [attr.tabindex]="focusIndex() === tools.length ? 0 : -1"
        [attr.aria-label]="'documents.toolbar.link' | transloco"
        [title]="'documents.toolbar.link' | transloco"
        (click)="link()"
        (keydown)="move($event)"
      >
        URL
      </button>
    </div>
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-bottom: 6px;
    }
    .tool {
      min-width: 36px;
      height: 32px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 6px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      cursor: pointer;
      font-weight: 600;
    }
    .tool[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
    }
    .tool:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
    }
  `,
})
export class EditorToolbar {
  readonly editor = input.required<Editor>();
  protected readonly tools = TOOLS;
  protected readonly focusIndex = signal(0);
  /** Bumped on every editor transaction so `aria-pressed` follows the selection. */
  private readonly tick = signal(0);

  constructor() {
    effect((onCleanup) => {
      const editor = this.editor();
      const bump = () => this.tick.update((n) => n + 1);
      editor.on('transaction', bump);
      onCleanup(() => editor.off('transaction', bump));
    });
  }

  protected isActive(tool: Tool): boolean {
    this.tick();
    return tool.active?.(this.editor()) ?? false;
  }

  protected link(): void {
    const href = prompt('URL', (this.editor().getAttributes('link')['href'] as string | undefined) ?? 'https://');
    if (href === null) return;
    const chain = this.editor().chain().focus().extendMarkRange('link');
    (href ? chain.setLink({ href }) : chain.unsetLink()).run();
  }

  protected move(event: KeyboardEvent): void {
    const count = this.tools.length + 1;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    this.focusIndex.update((i) => (i + step + count) % count);
    const buttons = (event.currentTarget as HTMLElement).parentElement?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    buttons[this.focusIndex()]?.focus();
  }
}
