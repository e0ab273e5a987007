/** Small line icons for the toolbar (inline SVG: no icon font, nothing fetched). */
const base = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
};

export const SelectIcon = () => (
  <svg {...base}>
    <path d="M5 3l13 8-6 1.5L9 19z" />
  </svg>
);
export const HandIcon = () => (
  <svg {...base}>
    <path d="M8 12V5.5a1.5 1.5 0 013 0V11m0-6.5a1.5 1.5 0 013 0V11m0-5a1.5 1.5 0 013 0v7c0 4-2.5 7-6.5 7-3 0-4.5-1.5-6-4l-2-3.5a1.5 1.5 0 012.5-1.5L8 14" />
  </svg>
);
export const NoteIcon = () => (
  <svg {...base}>
    <path d="M4 4h16v11l-5 5H4z" />
    <path d="M15 20v-5h5" />
  </svg>
);
export const TextIcon = () => (
  <svg {...base}>
    <path d="M5 6V4h14v2M12 4v16M9 20h6" />
  </svg>
);
export const FrameIcon = () => (
  <svg {...base}>
    <path d="M7 3v18M17 3v18M3 7h18M3 17h18" />
  </svg>
);
export const UndoIcon = () => (
  <svg {...base}>
    <path d="M9 14L4 9l5-5" />
    <path d="M4 9h10a6 6 0 010 12h-3" />
  </svg>
);
export const RedoIcon = () => (
  <svg {...base}>
    <path d="M15 14l5-5-5-5" />
    <path d="M20 9H10a6 6 0 000 12h3" />
  </svg>
);
export const FitIcon = () => (
  <svg {...base}>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
  </svg>
);
export const TrashIcon = () => (
  <svg {...base}>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </svg>
);
export const DuplicateIcon = () => (
  <svg {...base}>
    <rect x="8" y="8" width="12" height="12" rx="1" />
    <path d="M16 8V4H4v12h4" />
  </svg>
);
export const FolderIcon = () => (
  <svg {...base}>
    <path d="M3 6h6l2 2h10v11H3z" />
  </svg>
);
/** A padlock: the lock action (participants cannot change what it holds). */
export const LockIcon = () => (
  <svg {...base}>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V8a4 4 0 018 0v3" />
  </svg>
);
