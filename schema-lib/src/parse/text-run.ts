import type { SourceBuilder } from './source-doc.js';

/**
 * Text that a reader finds character by character (RTF, a Word binary), handed to the builder in runs of one
 * emphasis: a piece per character would cost many times the text's memory (see the bench's short-paragraph rows).
 * Call `flush` before anything else is done to the builder (an item opened or closed).
 */
export class TextRun {
  private text = '';
  private emphasized = false;

  constructor(private readonly builder: SourceBuilder) {}

  add(text: string, emphasized: boolean): void {
    if (emphasized !== this.emphasized) this.flush();
    this.emphasized = emphasized;
    this.text += text;
  }

  flush(): void {
    if (this.text === '') return;
    this.builder.append(this.text, { emphasized: this.emphasized });
    this.text = '';
  }
}
