import { inertLine as inertOnly } from '../core/text/inert.js';
import { redactCredentials } from '../core/text/redact.js';
import type { AnnotationProps, Logger } from './io.js';

/** One log text as printed: credentials in URLs and image references redacted, then made inert. */
const inertLine = (text: string) => inertOnly(redactCredentials(text));

function inertProps(props: AnnotationProps | undefined): AnnotationProps | undefined {
  if (!props) return props;
  const { title, where, hint } = props;
  return {
    title: title === undefined ? undefined : inertLine(title),
    where: where && { ...where, file: inertLine(where.file) },
    hint: hint === undefined ? undefined : inertLine(hint),
  };
}

/**
 * The one way mlci prints a log line (DESIGN.md, trust boundaries): every message, title, file and group
 * name has credentials redacted (core/text/redact.ts) and is made inert (core/text/inert.ts) before `raw`
 * (the runner's workflow commands or the CLI's stderr) sees it, so no file name, field name, server reply or subprocess output can issue a workflow
 * command. A hint is the one line break mlci adds itself.
 */
export function inertLogger(raw: Logger): Logger {
  return {
    info: (message) => raw.info(inertLine(message)),
    debug: (message) => raw.debug(inertLine(message)),
    notice: (message, props) => raw.notice(inertLine(message), inertProps(props)),
    warning: (message, props) => raw.warning(inertLine(message), inertProps(props)),
    error: (message, props) => raw.error(inertLine(message), inertProps(props)),
    group: (name, work) => raw.group(inertLine(name), work),
  };
}

/** A message with its hint on the next line, as a raw logger prints it. */
export function withHint(message: string, props: AnnotationProps | undefined): string {
  return props?.hint === undefined ? message : `${message}\n  hint: ${props.hint}`;
}
