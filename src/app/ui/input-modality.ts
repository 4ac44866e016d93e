/**
 * Whether the reader's last input was the keyboard. Focus moved by the app (the
 * detail heading when a panel opens) shows its ring only then: after a click, a
 * tap or a followed link there is nothing to find, and a ring reads as a glitch.
 * Browsers decide :focus-visible for script focus from the last input too, but
 * count a page that has had no input at all as keyboard use.
 */
let keyboard = false;
let watching = false;

/** Starts listening (once); call it early, before the first input that can open a panel. */
export function watchInputModality(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('keydown', (e) => {
    if (!e.metaKey && !e.ctrlKey && !e.altKey) keyboard = true;
  }, true);
  window.addEventListener('pointerdown', () => {
    keyboard = false;
  }, true);
}

export function lastInputWasKeyboard(): boolean {
  return keyboard;
}

/** Focuses `el`, marking the focus as quiet (no ring, `data-quiet-focus`) unless the keyboard moved it. */
export function focusFromInput(el: HTMLElement): void {
  if (!keyboard) {
    el.dataset['quietFocus'] = '';
    el.addEventListener('blur', () => delete el.dataset['quietFocus'], { once: true });
  }
  el.focus();
}
