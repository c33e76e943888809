/** Links inside the app (no reload) and out of it (new tab, no referrer). */
import type { ComponentChildren } from 'preact';
import { linkClick } from '../lib/location.js';

export function Link(props: {
  href: string;
  class?: string;
  children: ComponentChildren;
  title?: string;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      title={props.title}
      onClick={(e) => linkClick(e, props.href)}
    >
      {props.children}
    </a>
  );
}

/** A link to another site; only http(s) addresses become links, anything else is shown as text. */
export function OutLink(props: {
  href: string | null | undefined;
  children: ComponentChildren;
  class?: string;
}) {
  const safe = props.href && /^https?:\/\//i.test(props.href) ? props.href : null;
  if (!safe) return <span class={props.class}>{props.children}</span>;
  return (
    <a href={safe} class={props.class} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}
