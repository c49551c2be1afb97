/** A label from untrusted text (a file name) for the progress line: control characters shown as U+FFFD. */
export function visibleLabel(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}
