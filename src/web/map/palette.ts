/** Colours for kinds of company (node fill and outline); deal-type colours come from the server's theme. */

const SECTOR_COLOURS: Readonly<Record<string, { fill: string; stroke: string; label: string }>> = {
  ai_lab: { fill: '#ffe2c2', stroke: '#b45309', label: 'AI lab' },
  cloud: { fill: '#d6e6ff', stroke: '#1d4ed8', label: 'Cloud' },
  neocloud: { fill: '#e0dcff', stroke: '#5b21b6', label: 'Neocloud / data centres' },
  chips: { fill: '#d3f5df', stroke: '#15803d', label: 'Chips' },
  hardware: { fill: '#e6f4c8', stroke: '#4d7c0f', label: 'Hardware' },
  software: { fill: '#f3dcf5', stroke: '#a21caf', label: 'Software' },
  investor: { fill: '#ffdde1', stroke: '#be123c', label: 'Investor / fund' },
  energy: { fill: '#fff1b8', stroke: '#a16207', label: 'Energy' },
  infrastructure: { fill: '#e9e5df', stroke: '#57534e', label: 'Infrastructure' },
  media: { fill: '#f1f1ef', stroke: '#6b6b6b', label: 'Media' },
  other: { fill: '#eceef1', stroke: '#4b5563', label: 'Other' },
};

export function sectorColours(sector: string): { fill: string; stroke: string; label: string } {
  return SECTOR_COLOURS[sector] ?? SECTOR_COLOURS.other!;
}

export const SECTOR_ORDER = Object.keys(SECTOR_COLOURS);
