/** Jump links to the sections of a long page (`#id`), as small ghost buttons. */
export function SectionNav({ label, sections }: { label: string; sections: readonly { id: string; label: string }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="section-nav">
        {sections.map((s) => (
          <li key={s.id}>
            <a className="button button--ghost button--small" href={`#${s.id}`}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
