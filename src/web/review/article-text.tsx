/** An article's text with the selected claim's evidence marked; text only, never markup. */
import { useEffect, useRef } from 'preact/hooks';

export function ArticleText(props: {
  text: string;
  spans: readonly { start: number; end: number }[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const spans = [...props.spans]
    .filter((s) => s.start >= 0 && s.end <= props.text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    parts.push(props.text.slice(at, s.start), { mark: props.text.slice(s.start, s.end) });
    at = s.end;
  }
  parts.push(props.text.slice(at));
  const key = spans.map((s) => s.start).join(',');
  useEffect(() => {
    // NOTE: scroll the article box only; scrollIntoView would move the whole page too.
    const el = box.current;
    const mark = el?.querySelector('mark');
    // NOTE: .article is position: relative, so the mark's offsetTop is measured inside it.
    if (el && mark) el.scrollTop = Math.max(0, mark.offsetTop - 56);
  }, [key, props.text]);
  return (
    <div class="article" ref={box} data-testid="article-text">
      {parts.map((p) => (typeof p === 'string' ? p : <mark>{p.mark}</mark>))}
    </div>
  );
}
