/** Legend entries in the text colour: a pale series colour (e.g. free seats) would make its label unreadable. */
export const legendText = (value: string) => <span style={{ color: 'var(--color-text)' }}>{value}</span>;
