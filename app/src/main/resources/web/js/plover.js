// One colour per PLOVER category, grouped by tone: talk and cooperation in blues and greens,
// demands and disapproval in ambers, coercion and force in reds.
export const PLOVER_COLOURS = {
  AGREE: '#2e7d32', CONSULT: '#1565c0', SUPPORT: '#00897b', COOPERATE: '#43a047', AID: '#7cb342',
  REQUEST: '#5e35b1', ACCUSE: '#f9a825', REJECT: '#ef6c00', THREATEN: '#d84315', PROTEST: '#8d6e63',
  SANCTION: '#6d4c41', MOBILIZE: '#ad1457', COERCE: '#c62828', ASSAULT: '#7f0000', CONCEDE: '#00acc1',
  RETREAT: '#78909c',
};

export const PLOVER_TYPES = Object.keys(PLOVER_COLOURS);

export function colour(type) {
  return PLOVER_COLOURS[type] || '#555';
}
