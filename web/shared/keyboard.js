// Page-wide keys (space: play/pause, →: step, r: reset, …). A key typed into a field, a menu
// or on a focused button belongs to that control, and shortcuts with Ctrl/⌘/Alt belong to the
// browser; Escape always reaches the page.

/** keys: {' ': fn, ArrowRight: fn, r: fn, …}; letters match either case. */
export function bindKeys(keys) {
  document.addEventListener('keydown', (e) => {
    if (e.target.closest?.('input, select, textarea, button, [role="switch"]') && e.key !== 'Escape') return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const fn = keys[e.key] ?? keys[e.key.toLowerCase()];
    if (!fn) return;
    if (e.key === ' ' || e.key.startsWith('Arrow')) e.preventDefault();
    fn();
  });
}
