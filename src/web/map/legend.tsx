/** The legend, always under the map: which way arrows point, line styles, widths, circle sizes and colours. */
import { useState } from 'preact/hooks';
import { money } from '../lib/format.js';
import { useMeta } from '../lib/meta.js';
import { Swatch } from '../ui/bits.js';
import { edgeWidth } from './map-model.js';
import { sectorColours } from './palette.js';

export function Legend(props: {
  view: 'money' | 'value';
  sectors: readonly string[];
  types: readonly string[];
}) {
  const meta = useMeta();
  const [open, setOpen] = useState(() => window.innerWidth > 760);
  return (
    <aside class={`legend ${open ? 'open' : 'closed'}`} aria-label="Legend">
      <button
        type="button"
        class="legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Legend ▾' : 'Legend ▸'}
      </button>
      {open ? (
        <div class="legend-body">
          <span class="legend-item legend-arrow">
            <svg width="40" height="12" aria-hidden="true">
              <line x1="2" y1="6" x2="31" y2="6" stroke="#1b1f24" stroke-width="2.5" />
              <path d="M30 1 L39 6 L30 11 Z" fill="#1b1f24" />
            </svg>
            <strong>
              {props.view === 'money' ? 'money goes this way' : 'value goes this way'}
            </strong>
          </span>
          <span class="legend-item">
            <Swatch colour="#3d4451" line="solid" /> signed or completed
          </span>
          <span class="legend-item">
            <Swatch colour="#3d4451" line="dashed" /> announced
          </span>
          <span class="legend-item">
            <Swatch colour="#3d4451" line="dotted" /> in talks or rumoured
          </span>
          <span class="legend-item" aria-label="Line width shows the amount">
            width:
            {[1e9, 10e9, 100e9].map((a) => (
              <span class="legend-width">
                <svg width="26" height="18" aria-hidden="true">
                  <line x1="1" y1="9" x2="25" y2="9" stroke="#3d4451" stroke-width={edgeWidth(a)} />
                </svg>
                {money(a)}
              </span>
            ))}
          </span>
          <span class="legend-break" />
          {meta.types
            .filter((t) => props.types.includes(t.id))
            .map((t) => (
              <span class="legend-item">
                <Swatch colour={t.colour} /> {t.short}
              </span>
            ))}
          <span class="legend-item">
            <Swatch colour="#3d4451" /> several deals: click to open
          </span>
          <span class="legend-break" />
          <span class="legend-item muted">circle size = money through the company;</span>
          {props.sectors.map((s) => {
            const c = sectorColours(s);
            return (
              <span class="legend-item">
                <span class="dot" style={{ background: c.fill, borderColor: c.stroke }} /> {c.label}
              </span>
            );
          })}
        </div>
      ) : null}
    </aside>
  );
}
