type Child = Node | string | null | undefined | false;

export interface ElementProps {
  class?: string;
  /** Attributes, set with setAttribute: aria-*, data-*, type, role… */
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
}

/**
 * Builds an element from parts. Text always goes in as text nodes, never as
 * HTML, so a child's nickname can never become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  for (const [type, handler] of Object.entries(props.on ?? {})) el.addEventListener(type, handler as EventListener);
  for (const child of children) if (child) el.append(child);
  return el;
}
