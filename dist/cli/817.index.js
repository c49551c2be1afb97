export const id = 817;
export const ids = [817];
export const modules = {

/***/ 62249:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/core/commands/event.js
/**
 * Which events are commands (reliability CHAT-03/05/08): only a newly created comment on a pull
 * request, written by a person. An edit (`edited`) could turn an old, already-read comment into a
 * command after the fact; a bot's comment (including mlci's own replies, which quote commands) could
 * loop or act as a confused deputy; a comment on a plain issue has no PR head to act on.
 */
function commentEvent(eventName, payload) {
    if (eventName !== 'issue_comment')
        return { handle: false, why: `the event is ${eventName || 'unknown'}, not issue_comment` };
    if (payload.action !== 'created')
        return { handle: false, why: `the comment was ${payload.action ?? 'changed'}, not created` };
    const { issue, comment } = payload;
    if (!issue?.pull_request)
        return { handle: false, why: 'the comment is on an issue, not a pull request' };
    const login = comment?.user?.login;
    if (!login)
        return { handle: false, why: 'the comment has no author' };
    if (comment.user?.type === 'Bot' || login.endsWith('[bot]'))
        return { handle: false, why: 'the comment was written by a bot' };
    if (comment.performed_via_github_app)
        return { handle: false, why: 'the comment was posted through a GitHub App' };
    if (!Number.isSafeInteger(issue.number) || !Number.isSafeInteger(comment.id))
        return { handle: false, why: 'the payload has no pull request number or comment id' };
    return {
        handle: true,
        comment: {
            pullRequest: issue.number,
            commentId: comment.id,
            commentUrl: comment.html_url ?? '',
            body: comment.body ?? '',
            login,
            createdAt: comment.created_at ?? '',
        },
    };
}

;// CONCATENATED MODULE: ./build/core/commands/command-lines.js
/** Longest comment body read (GitHub's own limit on a comment is 65,536 characters). */
const MAX_BODY = 65_536;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const INDENTED = /^( {4}|\t)/;
/**
 * The lines of a comment that a command may start, with their 1-based line numbers: every line that
 * renders as plain paragraph text at its start. Left out: block quotes (and the lazy continuation
 * lines that render inside them), fenced and indented code blocks, and HTML comments, so that
 * `> /mlci accept …` quoting someone else, or a command shown in a code block, is never a command.
 *
 *   "/mlci help"                  -> [{ line: 1, text: "/mlci help" }]
 *   "> /mlci accept a -- r"       -> []
 *   "```\n/mlci rerun\n```"       -> []
 */
function commandLines(body) {
    const lines = body.slice(0, MAX_BODY).split(/\r\n|\r|\n/);
    const out = [];
    let fence;
    let inQuote = false;
    let inHtmlComment = false;
    lines.forEach((text, index) => {
        if (fence) {
            const close = FENCE.exec(text);
            if (close && close[1][0] === fence[0] && close[1].length >= fence.length && isFenceOnly(text))
                fence = undefined;
            return;
        }
        if (inHtmlComment) {
            if (text.includes('-->'))
                inHtmlComment = false;
            return;
        }
        const blank = text.trim() === '';
        if (QUOTE.test(text)) {
            inQuote = true;
            return;
        }
        // A non-blank line right after a quote line is a lazy continuation: it renders inside the quote.
        if (inQuote && !blank)
            return;
        inQuote = false;
        const open = FENCE.exec(text);
        if (open) {
            fence = open[1];
            return;
        }
        if (/^ {0,3}<!--/.test(text)) {
            if (!text.slice(text.indexOf('<!--') + 4).includes('-->'))
                inHtmlComment = true;
            return;
        }
        if (blank || INDENTED.test(text))
            return;
        out.push({ line: index + 1, text });
    });
    return out;
}
/** A closing fence has nothing but spaces after its backticks or tildes. */
function isFenceOnly(text) {
    return /^ {0,3}(`{3,}|~{3,})\s*$/.test(text);
}

;// CONCATENATED MODULE: ./build/core/commands/grammar.js

/** The word that starts a command, at the very start of a line. */
const PREFIX = '/mlci';
const VERBS = (/* unused pure expression or super */ null && (['help', 'accept', 'rerun', 'compare']));
const LIMITS = {
    reason: 500, // characters; the reason is stored in the acceptance and shown in every report
    metrics: 20, // per command
    metricName: 100,
    line: 2000, // a command line longer than this is refused before it is split
};

/** A metric key as comparison reports name them: `accuracy`, `metrics.f1`, `eval/m.json:recall@5`. */
const METRIC = /^[A-Za-z0-9_][A-Za-z0-9_.:/@+-]*$/;
/** Commit: 7 to 40 hex digits. Tag: git ref-name characters only, so nothing a shell would act on. */
const COMMIT = /^[0-9a-f]{7,40}$/;
const TAG = /^[A-Za-z0-9][A-Za-z0-9._/+-]{0,127}$/;
/** C0/C1 controls, bidi overrides and zero-width characters: never in a stored reason. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
/**
 * Reads a comment body. Only the first line that starts with `/mlci` (followed by a space or the end of
 * the line) outside quotes, code blocks and HTML comments counts; a second such line makes the comment
 * invalid (one command per comment, so nothing is done by surprise).
 *
 *   parseComment('/mlci accept accuracy,f1 -- fairness fix')
 *     = { kind: 'command', line: 1, command: { verb: 'accept', metrics: ['accuracy', 'f1'], reason: 'fairness fix' } }
 *   parseComment('> /mlci accept accuracy -- x') = { kind: 'none' }
 *   parseComment('/mlci acceptx')  = { kind: 'invalid', problem: 'unknown command', offending: 'acceptx', line: 1 }
 */
function parseComment(body) {
    const candidates = commandLines(body ?? '').filter(({ text }) => isCommandLine(text));
    const [first, second] = candidates;
    if (!first)
        return { kind: 'none' };
    if (second) {
        return { kind: 'invalid', problem: 'one command per comment, please', line: second.line };
    }
    return parseLine(first.text, first.line);
}
function isCommandLine(text) {
    return text.startsWith(PREFIX) && (text.length === PREFIX.length || /[ \t]/.test(text[PREFIX.length]));
}
function parseLine(text, line) {
    const invalid = (problem, offending) => ({
        kind: 'invalid',
        problem,
        ...(offending === undefined ? {} : { offending }),
        line,
    });
    if (text.length > LIMITS.line)
        return invalid(`the command line is longer than ${LIMITS.line} characters`);
    const rest = text.slice(PREFIX.length).trim();
    const space = rest.search(/[ \t]/);
    const verb = space === -1 ? rest : rest.slice(0, space);
    const args = space === -1 ? '' : rest.slice(space).trim();
    switch (verb) {
        case '':
            return invalid('no command given');
        case 'help':
        case 'rerun':
            return args ? invalid(`\`${verb}\` takes no arguments`, args) : command({ verb }, line);
        case 'accept':
            return parseAccept(args, invalid, line);
        case 'compare':
            return parseCompare(args, invalid, line);
        default:
            return invalid('unknown command', verb);
    }
}
const command = (value, line) => ({
    kind: 'command',
    command: value,
    line,
});
/** `<metric>[,<metric>…] -- <reason>`: the reason is everything after the first ` -- `. */
function parseAccept(args, invalid, line) {
    const separator = /(^|[ \t])--([ \t]|$)/.exec(args);
    if (!separator)
        return invalid('`accept` needs a reason after ` -- `: `/mlci accept <metric> -- <reason>`');
    const list = args.slice(0, separator.index).trim();
    const reason = args.slice(separator.index + separator[0].length).trim();
    if (!list)
        return invalid('`accept` needs the metric(s) to accept before ` -- `');
    const metrics = list.split(',').map((name) => name.trim());
    if (metrics.length > LIMITS.metrics)
        return invalid(`at most ${LIMITS.metrics} metrics per command`);
    for (const metric of metrics) {
        if (!metric)
            return invalid('an empty metric name in the list', list);
        if (metric.length > LIMITS.metricName || !METRIC.test(metric))
            return invalid('not a metric name', metric);
    }
    if (new Set(metrics).size !== metrics.length)
        return invalid('a metric is named twice', list);
    if (!reason)
        return invalid('`accept` needs a reason after ` -- `: it becomes part of the audit trail');
    if (reason.length > LIMITS.reason)
        return invalid(`the reason is longer than ${LIMITS.reason} characters`);
    if (HIDDEN.test(reason))
        return invalid('the reason contains control or invisible characters');
    return command({ verb: 'accept', metrics, reason }, line);
}
/** `<ref>`: a release tag or a commit (7 to 40 hex digits). */
function parseCompare(args, invalid, line) {
    if (!args)
        return invalid('`compare` needs a release tag or a commit: `/mlci compare v1.4.0`');
    if (/[ \t]/.test(args))
        return invalid('`compare` takes one ref', args);
    if (COMMIT.test(args))
        return command({ verb: 'compare', ref: args, refKind: 'commit' }, line);
    // More than 40 hex digits is a mistyped commit, not a tag.
    if (/^[0-9a-f]{41,}$/.test(args) ||
        !TAG.test(args) ||
        args.includes('..') ||
        args.includes('//') ||
        /(\.lock|[./])$/.test(args)) {
        return invalid('not a release tag or a commit', args);
    }
    return command({ verb: 'compare', ref: args, refKind: 'tag' }, line);
}

;// CONCATENATED MODULE: ./build/core/commands/permission.js
/** Repository roles from least to most, as the collaborator permission endpoint names them. */
const PERMISSION_LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
/** Whether `text` names a level (`write`), for the `permission` input. */
const isPermissionLevel = (text) => PERMISSION_LEVELS.includes(text);
/**
 * The level of a `GET /repos/{owner}/{repo}/collaborators/{username}/permission` answer: `role_name`
 * when it is one of the built-in roles (it tells maintain and triage apart), else the legacy
 * `permission` field (admin, write, read, none), which a custom role also maps to. Anything else is
 * `none`: the check fails closed (reliability CHAT-02).
 */
function permissionOf(answer) {
    if (!answer || typeof answer !== 'object')
        return 'none';
    const { role_name: role, permission } = answer;
    if (typeof role === 'string' && isPermissionLevel(role))
        return role;
    if (typeof permission === 'string' && isPermissionLevel(permission))
        return permission;
    return 'none';
}
/** Whether `level` is at least `minimum`. */
const atLeast = (level, minimum) => PERMISSION_LEVELS.indexOf(level) >= PERMISSION_LEVELS.indexOf(minimum);

// EXTERNAL MODULE: ./build/core/text/markdown.js
var markdown = __webpack_require__(5583);
;// CONCATENATED MODULE: ./build/core/commands/replies.js

/** GitHub refuses a comment body over 65,536 characters; replies stay well below. */
const MAX_REPLY = 60_000;
/** Commands that change an outcome need the configured permission; the others are open to anyone. */
const GUARDED_VERBS = ['accept', 'rerun'];
/** The help: every command, what it does, and who may use it. */
function helpReply(minimum) {
    const who = `${minimum} permission or higher`;
    return [
        '**mlci commands**: one per comment, at the start of a line (quoted and code-block lines are ignored).',
        '',
        '| command | what it does | who |',
        '|---|---|---|',
        '| `/mlci help` | shows this help | anyone |',
        `| \`/mlci accept <metric>[,<metric>] -- <reason>\` | accepts the regression of these metrics for the pull request's current head commit, with the reason on record; a new push makes it stale | ${who} |`,
        `| \`/mlci rerun\` | re-runs the failed jobs of the latest failed mlci workflow run of the head commit | ${who} |`,
        "| `/mlci compare <tag or commit>` | compares the head commit's metrics against another baseline (a release tag or a commit) | anyone |",
    ].join('\n');
}
/** The answer to a command that does not parse: what is wrong, then the help. */
function invalidReply(problem, offending, minimum) {
    const about = offending === undefined ? '' : `: ${(0,markdown/* inlineCode */.ti)(offending, 80)}`;
    return `⚠️ ${(0,markdown/* escapeMarkdown */.FV)(problem)}${about}\n\n${helpReply(minimum)}`;
}
/** The polite refusal of a guarded command; nothing was changed. */
function refusalReply(verb, level, minimum, unverified) {
    const why = unverified
        ? `mlci could not verify your permission on this repository (${(0,markdown/* escapeMarkdown */.FV)(unverified, 200)})`
        : `your permission on this repository is ${level}`;
    return `🙅 Sorry, \`/mlci ${verb}\` needs ${minimum} permission or higher, and ${why}. Nothing was changed.`;
}
const metricList = (metrics) => metrics.map((m) => (0,markdown/* inlineCode */.ti)(m, 100)).join(', ');
const replies_short = (sha) => (0,markdown/* inlineCode */.ti)(sha.slice(0, 12));
/** The reply once an acceptance is recorded. */
function acceptedReply(acceptance) {
    return [
        `✅ Accepted the regression of ${metricList(acceptance.metrics)} at ${replies_short(acceptance.sha)} (this pull request's head), by ${(0,markdown/* escapeMarkdown */.FV)(`@${acceptance.by}`)}: ${(0,markdown/* escapeMarkdown */.FV)(acceptance.reason)}`,
        '',
        `Recorded as the \`mlci/acceptance\` check run on that commit. It applies to that commit only: a new push needs a new acceptance. Re-run the comparison (\`/mlci rerun\`) for the gate to show it.`,
    ].join('\n');
}
/** The reply when a named metric did not fail the gate at the head commit: nothing is recorded. */
function notRegressionReply(sha, notRegressed, unknown) {
    const parts = [];
    if (notRegressed.length)
        parts.push(`${metricList(notRegressed)} did not regress`);
    if (unknown.length)
        parts.push(`${metricList(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not in the comparison`);
    return `ℹ️ Not a regression: at ${replies_short(sha)}, ${parts.join(', and ')}. Nothing was recorded.`;
}
/** The reply when there is no comparison report of the head commit to check the claim against. */
function noComparisonReply(sha, why) {
    return `⚠️ Cannot accept yet: no comparison report of ${replies_short(sha)} was found (${(0,markdown/* escapeMarkdown */.FV)(why, 300)}). Wait for the comparison of this commit to finish, then try again. Nothing was recorded.`;
}
/** The reply after asking GitHub to re-run a run's failed jobs. */
function rerunReply(run, sha) {
    return `🔁 Re-running the failed jobs of workflow run ${run.id} (${(0,markdown/* inlineCode */.ti)(run.path, 120)}) at ${replies_short(sha)}.`;
}
/** The reply when there is nothing to re-run. */
function nothingToRerunReply(sha) {
    return `ℹ️ No failed mlci workflow run of ${replies_short(sha)} was found: nothing to re-run.`;
}
/** The reply when handling failed on mlci's or GitHub's side (the comment itself was fine). */
function failureReply(verb, what) {
    return `❌ \`/mlci ${verb}\` failed: ${(0,markdown/* escapeMarkdown */.FV)(what, 500)}. Nothing was changed; see the workflow log.`;
}
/** A reply body with the hidden marker that lets a retry find it instead of posting it twice. */
function withMarker(body, mark) {
    const room = MAX_REPLY - mark.length - 2;
    const cut = body.length > room ? `${body.slice(0, room - 60)}\n\n… (truncated: see the workflow log)` : body;
    return `${cut}\n\n${mark}`;
}

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/train/triggers.js
var triggers = __webpack_require__(96610);
// EXTERNAL MODULE: ./build/platform/git/commit.js
var commit = __webpack_require__(95272);
// EXTERNAL MODULE: ./build/platform/github/client.js + 1 modules
var github_client = __webpack_require__(73530);
;// CONCATENATED MODULE: ./build/platform/github/permission.js


/**
 * `GET /repos/{owner}/{repo}/collaborators/{username}/permission`, failing closed: any error is `none`
 * (reliability CHAT-02; peter-evans/slash-command-dispatch does the same).
 */
async function repositoryPermission(client, repo, login) {
    try {
        const answer = await client.get('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: login });
        return { level: permissionOf(answer) };
    }
    catch (thrown) {
        return { level: 'none', unverified: (0,errors/* messageOf */.bD)(thrown).split('\n')[0].slice(0, 200) };
    }
}

;// CONCATENATED MODULE: ./build/core/commands/regression.js
/** Largest comparison report read (a report with 10⁵ per-class rows is ~30 MB; metrics-only is KBs). */
const MAX_REPORT_BYTES = 32 * 1024 * 1024;
/**
 * Which of `metrics` regressed according to a comparison report (kind mlci/comparison-report): a
 * metric regressed when it is among `failedMetrics` or its row's verdict is `fail`. The report is
 * untrusted data (a pull request's run wrote it): it is parsed defensively and a malformed one is a
 * string saying why, never an exception. A forged report can only make a maintainer's acceptance
 * possible or impossible; the maintainer still decides.
 */
function checkRegression(reportText, metrics) {
    if (reportText.length > MAX_REPORT_BYTES)
        return 'the comparison report is too large';
    let value;
    try {
        value = JSON.parse(reportText);
    }
    catch {
        return 'the comparison report is not JSON';
    }
    if (!value || typeof value !== 'object')
        return 'the comparison report is not an object';
    const report = value;
    if (report.kind !== 'mlci/comparison-report')
        return 'the file is not an mlci comparison report';
    if (!Array.isArray(report.metrics))
        return 'the comparison report has no metrics';
    const failed = new Set(Array.isArray(report.failedMetrics) ? report.failedMetrics.filter((m) => typeof m === 'string') : []);
    const known = new Set();
    for (const row of report.metrics) {
        if (!row || typeof row !== 'object')
            continue;
        const { name, verdict } = row;
        if (typeof name !== 'string')
            continue;
        known.add(name);
        if (verdict === 'fail')
            failed.add(name);
    }
    return {
        regressed: metrics.filter((m) => failed.has(m)),
        notRegressed: metrics.filter((m) => known.has(m) && !failed.has(m)),
        unknown: metrics.filter((m) => !known.has(m) && !failed.has(m)),
    };
}

// EXTERNAL MODULE: ./build/platform/github/acceptances.js
var acceptances = __webpack_require__(47868);
// EXTERNAL MODULE: ./build/platform/github/zip.js
var github_zip = __webpack_require__(49071);
;// CONCATENATED MODULE: ./build/platform/github/pr-runs.js


/**
 * Workflow runs of commit `sha`, newest first; only runs of `workflow` (a file name such as `ci.yml`,
 * matched against the run's path) when given. Runs of the command handler itself (`issue_comment`)
 * are never among them.
 */
async function runsAtCommit(client, repo, sha, workflow) {
    const runs = await client.paginate('GET /repos/{owner}/{repo}/actions/runs', { ...repo, head_sha: sha }, 'workflow_runs', { maxPages: 3, permission: 'actions: read' });
    return runs
        .filter((run) => run.head_sha === sha && run.event !== 'issue_comment')
        .filter((run) => !workflow || run.path === workflow || run.path.endsWith(`/${workflow}`))
        .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
}
/**
 * The artifact `artifact` of the newest completed run of commit `sha` that uploaded one (the
 * documented way: upload compare-metrics' report, and optionally its inputs, with
 * actions/upload-artifact), or a reason string. The artifact is untrusted (a PR run wrote it): it is
 * read with a size cap into memory, never extracted, and only ever parsed as data.
 */
async function comparisonArtifactAt(client, repo, sha, where) {
    const runs = (await runsAtCommit(client, repo, sha, where.workflow)).filter((run) => run.status === 'completed');
    if (runs.length === 0)
        return `no completed workflow run of ${sha.slice(0, 12)}`;
    for (const run of runs) {
        const artifacts = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...repo, run_id: run.id, name: where.artifact }, 'artifacts', { maxPages: 1, permission: 'actions: read' });
        const artifact = artifacts.find((a) => a.name === where.artifact && !a.expired);
        if (!artifact)
            continue;
        const zip = await client.download('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { ...repo, artifact_id: artifact.id, archive_format: 'zip' }, { permission: 'actions: read', maxBytes: MAX_REPORT_BYTES });
        return { files: (0,github_zip/* readZip */.u)(zip), runId: run.id, updatedAt: run.updated_at };
    }
    return `no run of ${sha.slice(0, 12)} uploaded an artifact named ${where.artifact}`;
}
/** A file of an artifact by its name (at the top or in a folder), as text. */
function artifactFile(files, name) {
    for (const [path, bytes] of files) {
        if (path === name || path.endsWith(`/${name}`))
            return Buffer.from(bytes).toString('utf8');
    }
    return undefined;
}
/** The comparison report of commit `sha` (the file `file` in its comparison artifact), or a reason. */
async function comparisonReportAt(client, repo, sha, where) {
    const found = await comparisonArtifactAt(client, repo, sha, where);
    if (typeof found === 'string')
        return found;
    const text = artifactFile(found.files, where.file);
    if (text === undefined)
        return `artifact ${where.artifact} of run ${found.runId} has no ${where.file}`;
    return { text, runId: found.runId, updatedAt: found.updatedAt };
}
/** The newest failed run of commit `sha` (of `workflow` when given), if any. */
async function latestFailedRun(client, repo, sha, workflow) {
    const [newest] = (await runsAtCommit(client, repo, sha, workflow)).filter((run) => run.status === 'completed');
    // Only the newest completed run: re-running an older failure that a later run already superseded
    // would change nothing the reviewer sees.
    return newest && ['failure', 'timed_out', 'cancelled'].includes(newest.conclusion ?? '')
        ? newest
        : undefined;
}
/** `POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs`. */
async function rerunFailedJobs(client, repo, runId) {
    await client.write('POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', { ...repo, run_id: runId }, 
    // Asking twice for the same re-run is harmless (the second is refused while the first runs).
    { permission: 'actions: write', idempotent: true });
}

;// CONCATENATED MODULE: ./build/platform/github/pull-request.js
/** The PR's head commit now, from `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
async function pullRequestHead(client, repo, number) {
    const pull = await client.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number }, 'pull-requests: read');
    return {
        number: pull.number,
        sha: pull.head.sha,
        headRepo: pull.head.repo?.full_name ?? '',
        state: pull.state,
    };
}

;// CONCATENATED MODULE: ./build/actions/commands/accept.js






/**
 * `/mlci accept <metrics> -- <reason>`: bound to the PR's head commit as the API says it is now, only
 * for metrics that failed the gate in that commit's comparison report, and only when that comparison
 * existed when the maintainer commented (a push after the comment is not what they accepted).
 */
async function accept(ctx, command) {
    const { client, repo, comment, inputs, io } = ctx;
    const pr = await pullRequestHead(client, repo, comment.pullRequest);
    if (pr.state !== 'open') {
        return {
            outcome: 'invalid',
            reply: 'ℹ️ This pull request is not open: there is nothing to accept. Nothing was recorded.',
        };
    }
    io.log.info(`accept: head of #${pr.number} is ${pr.sha}; looking for its comparison report`);
    const found = await comparisonReportAt(client, repo, pr.sha, {
        artifact: inputs['artifact-name'],
        file: inputs['report-name'],
        workflow: inputs.workflow,
    });
    if (typeof found === 'string')
        return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, found) };
    // Fails closed: a payload without the comment's time cannot show the comparison came first.
    if (!(Date.parse(found.updatedAt) <= Date.parse(comment.createdAt))) {
        return {
            outcome: 'no-comparison',
            reply: noComparisonReply(pr.sha, 'its comparison finished after your comment, so it is not the one you answered: read it and accept again'),
        };
    }
    const check = checkRegression(found.text, command.metrics);
    if (typeof check === 'string')
        return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, check) };
    if (check.notRegressed.length || check.unknown.length) {
        return {
            outcome: 'not-a-regression',
            reply: notRegressionReply(pr.sha, check.notRegressed, check.unknown),
        };
    }
    const acceptance = {
        kind: 'mlci/acceptance',
        version: 1,
        sha: pr.sha,
        metrics: command.metrics,
        reason: command.reason,
        by: comment.login,
        permission: ctx.level ?? 'none',
        commentUrl: comment.commentUrl,
        commentId: comment.commentId,
        pullRequest: comment.pullRequest,
        at: new Date().toISOString(),
    };
    const summary = [
        `${(0,markdown/* escapeMarkdown */.FV)(`@${acceptance.by}`)} (${acceptance.permission}) accepted the regression of ${command.metrics.map((m) => `\`${m}\``).join(', ')} at \`${pr.sha}\`.`,
        '',
        `Reason: ${(0,markdown/* escapeMarkdown */.FV)(acceptance.reason)}`,
        '',
        `From comment ${acceptance.commentId} on pull request ${acceptance.pullRequest}. A new push needs a new acceptance.`,
    ].join('\n');
    await (0,acceptances/* recordAcceptance */.hb)(client, repo, acceptance, summary, { sleep: ctx.sleep });
    io.log.info(`accept: recorded ${command.metrics.join(', ')} at ${pr.sha} by ${comment.login}`);
    return { outcome: 'done', reply: acceptedReply(acceptance) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/core/commands/recompare.js
const num = (value, fallback, min, max) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
/**
 * The parts of a comparison report (untrusted: a PR run wrote it) that a re-comparison needs, every
 * field checked and bounded, or a reason string. Unknown or out-of-range settings fall back to
 * compare-metrics' defaults; the resamples are capped so a forged report cannot make the job slow.
 */
function readHeadReport(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return 'the comparison report is not JSON';
    }
    // biome-ignore lint/suspicious/noExplicitAny: an untrusted document, checked field by field below.
    const r = (value ?? {});
    if (r.kind !== 'mlci/comparison-report' || !Array.isArray(r.metrics))
        return 'the file is not an mlci comparison report';
    const file = (v) => (typeof v === 'string' && v.length > 0 && v.length < 1000 ? v : null);
    const gate = (r.gate ?? {});
    const statistics = (r.statistics ?? {});
    const rows = r.metrics
        .filter((m) => !!m && typeof m === 'object' && typeof m.name === 'string')
        .slice(0, 10_000)
        .map((m) => ({
        name: m.name,
        gated: m.role === 'gated',
        direction: (m.direction === 'lower' ? 'lower' : 'higher'),
        candidate: typeof m.candidate === 'number' && Number.isFinite(m.candidate) ? m.candidate : null,
    }));
    return {
        metricsFile: file(r.candidate?.metricsFile),
        predictionsFile: file(r.candidate?.predictionsFile),
        gate: {
            mode: gate.mode === 'all-must-pass' ? 'all-must-pass' : 'block-on-regression',
            alpha: num(gate.alpha, 0.05, 1e-6, 0.5),
            power: num(gate.power, 0.8, 0.5, 0.999),
            onInconclusive: gate.onInconclusive === 'fail' ? 'fail' : 'pass',
        },
        seed: Math.trunc(num(statistics.rng?.seed, 20240611, 0, 4294967295)),
        resamples: Math.trunc(num(statistics.resamples, 2000, 100, 10_000)),
        rows,
    };
}
/** The candidate's metrics as a metrics file, from the report's candidate column (point estimates). */
function candidateMetricsText(head) {
    const values = {};
    for (const row of head.rows)
        if (row.candidate !== null)
            values[row.name] = row.candidate;
    return JSON.stringify(values);
}
/**
 * Rules when mlci.yml is not at hand: each metric the head's gate checked, in its direction, "no worse
 * than the baseline" (margins and floors are not in the report, so they are not applied).
 */
function directionRules(head) {
    return Object.fromEntries(head.rows.filter((row) => row.gated).map((row) => [row.name, row.direction]));
}

// EXTERNAL MODULE: ./build/core/metrics/baseline-ref.js
var baseline_ref = __webpack_require__(4753);
// EXTERNAL MODULE: ./build/core/metrics/compare.js + 6 modules
var compare = __webpack_require__(12822);
// EXTERNAL MODULE: ./build/core/metrics/rules.js
var rules = __webpack_require__(96467);
// EXTERNAL MODULE: ./build/core/metrics/summary.js
var summary = __webpack_require__(97708);
// EXTERNAL MODULE: ./build/config/loader.js + 1 modules
var loader = __webpack_require__(64321);
// EXTERNAL MODULE: ./build/platform/github/baseline-artifact.js
var baseline_artifact = __webpack_require__(5284);
// EXTERNAL MODULE: ./build/platform/github/errors.js
var github_errors = __webpack_require__(61381);
;// CONCATENATED MODULE: ./build/platform/github/release-by-tag.js

/**
 * The production record of the release tagged `tag` (its asset `asset`, kind mlci/release-record),
 * with the predictions asset the record names, as a baseline; a reason string when there is none.
 */
async function releaseBaseline(client, repo, tag, asset) {
    let release;
    try {
        release = await client.get('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag }, 'contents: read');
    }
    catch (thrown) {
        if (thrown instanceof github_errors/* GitHubError */.y && thrown.status === 404)
            return `no published release is tagged ${tag}`;
        throw thrown;
    }
    const record = release.assets.find((a) => a.name === asset);
    if (!record)
        return `release ${tag} has no asset named ${asset}`;
    const text = await download(client, repo, record.id);
    const predictionsName = predictionsAssetOf(text);
    const predictions = predictionsName ? release.assets.find((a) => a.name === predictionsName) : undefined;
    return {
        metrics: { name: asset, text },
        ...(predictions
            ? { predictions: { name: predictions.name, text: await download(client, repo, predictions.id) } }
            : {}),
        detail: { release: tag, asset },
    };
}
async function download(client, repo, id) {
    const bytes = await client.download('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: id }, { accept: 'application/octet-stream', permission: 'contents: read' });
    return Buffer.from(bytes).toString('utf8');
}
/** `predictions.asset` (or a string `predictions`) of a release record, without trusting its shape. */
function predictionsAssetOf(text) {
    try {
        const p = JSON.parse(text).predictions;
        if (typeof p === 'string')
            return p;
        if (p && typeof p === 'object' && typeof p.asset === 'string')
            return p.asset;
    }
    catch {
        // Not JSON: the metrics parser reports it with a position.
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/actions/compare-metrics/sources.js + 4 modules
var sources = __webpack_require__(62063);
;// CONCATENATED MODULE: ./build/actions/commands/compare.js















/** The artifact default-branch runs upload for compare-metrics' artifact source. */
const BASELINE_ARTIFACT = 'mlci-baseline';
/**
 * `/mlci compare <ref>`: the head commit's comparison inputs (from its comparison artifact) against
 * another baseline — the production record of the release tagged `ref`, or the default branch's
 * baseline artifact at commit `ref` — through the same compare-metrics core, replied as its summary.
 * Nothing is stored and no gate changes: it is a view for the reviewer.
 */
async function compare_compare(ctx, command) {
    const { client, repo, comment, inputs, io } = ctx;
    const pr = await pullRequestHead(client, repo, comment.pullRequest);
    const artifact = await comparisonArtifactAt(client, repo, pr.sha, {
        artifact: inputs['artifact-name'],
        workflow: inputs.workflow,
    });
    if (typeof artifact === 'string')
        return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, artifact) };
    const reportText = artifactFile(artifact.files, inputs['report-name']);
    const head = reportText === undefined ? `the artifact has no ${inputs['report-name']}` : readHeadReport(reportText);
    if (typeof head === 'string')
        return { outcome: 'no-comparison', reply: noComparisonReply(pr.sha, head) };
    const candidate = candidateOf(head, artifact.files);
    const found = command.refKind === 'tag'
        ? await releaseBaseline(client, repo, command.ref, inputs['release-asset'])
        : await commitBaseline(ctx, command.ref, head);
    if (typeof found === 'string') {
        return {
            outcome: 'invalid',
            reply: `ℹ️ No baseline at ${(0,markdown/* inlineCode */.ti)(command.ref)}: ${(0,markdown/* escapeMarkdown */.FV)(found, 300)}. Nothing was changed.`,
        };
    }
    const source = command.refKind === 'tag' ? 'release' : 'artifact';
    const baseline = {
        source,
        found,
        searched: [{ source, outcome: 'found', reason: command.ref }],
    };
    const { rules, from } = await rulesFor(ctx, head);
    io.log.info(`compare: head ${pr.sha} against ${command.refKind} ${command.ref} (rules from ${from})`);
    const report = await (0,compare/* compareMetrics */.f)({
        candidate: { metrics: candidate.metrics, predictions: candidate.predictions },
        baseline,
        rules,
        options: {
            mode: head.gate.mode,
            alpha: head.gate.alpha,
            power: head.gate.power,
            resamples: head.resamples,
            seed: head.seed,
            stratify: 'auto',
            onInconclusive: head.gate.onInconclusive,
            onNoBaseline: 'pass',
            allowDifferentTestSets: false,
            evaluation: { task: 'auto', threshold: 0.5 },
        },
    });
    const notes = [
        `Head ${(0,markdown/* inlineCode */.ti)(pr.sha.slice(0, 12))} against the ${command.refKind} ${(0,markdown/* inlineCode */.ti)(command.ref)}; candidate: ${(0,markdown/* escapeMarkdown */.FV)(candidate.what)}; rules: ${(0,markdown/* escapeMarkdown */.FV)(from)}. A view only: no gate or check changed.`,
    ];
    return { outcome: 'done', reply: `${notes.join('\n')}\n\n${(0,summary/* renderSummary */.B)(report)}` };
}
/** The candidate's predictions and metrics files when the artifact has them, else the report's values. */
function candidateOf(head, files) {
    const named = (path) => {
        const text = path ? artifactFile(files, (0,external_node_path_.basename)(path)) : undefined;
        return text === undefined ? undefined : { name: (0,external_node_path_.basename)(path), text };
    };
    const predictions = named(head.predictionsFile);
    const metrics = named(head.metricsFile);
    if (predictions || metrics) {
        return {
            metrics,
            predictions,
            what: predictions ? 'its predictions (paired statistics)' : 'its metrics file',
        };
    }
    return {
        metrics: { name: 'candidate values of the comparison report', text: candidateMetricsText(head) },
        what: 'the values in its comparison report (point estimates: upload the predictions with the report for intervals)',
    };
}
/** The default branch's baseline artifact at `ref`; a short SHA is matched against its successful runs. */
async function commitBaseline(ctx, ref, head) {
    const { client, repo, inputs } = ctx;
    let sha = ref;
    if (ref.length < 40) {
        const runs = await client.paginate('GET /repos/{owner}/{repo}/actions/runs', { ...repo, branch: ctx.defaultBranch, status: 'success' }, 'workflow_runs', { maxPages: 3, permission: 'actions: read' });
        const matches = [...new Set(runs.map((run) => run.head_sha).filter((s) => s.startsWith(ref)))];
        if (matches.length !== 1) {
            return matches.length
                ? `${ref} is ambiguous: give more digits`
                : `no successful ${ctx.defaultBranch} run at a commit starting ${ref}`;
        }
        sha = matches[0];
    }
    return (0,baseline_artifact/* artifactSource */.k)(client, {
        ...repo,
        branch: ctx.defaultBranch,
        sha: async () => sha,
        artifact: BASELINE_ARTIFACT,
        workflow: inputs.workflow,
        metricsNames: (0,baseline_ref/* artifactNames */.jh)(head.metricsFile ?? undefined, sources/* METRICS_NAMES */.jd),
        predictionsNames: (0,baseline_ref/* artifactNames */.jh)(head.predictionsFile ?? undefined, sources/* PREDICTIONS_NAMES */.SJ),
    }).find();
}
/** Rules of mlci.yml's `compare-metrics.gate` when the workspace has it, else the head's directions. */
async function rulesFor(ctx, head) {
    const path = (0,external_node_path_.resolve)(ctx.io.cwd, ctx.inputs.config);
    if ((0,external_node_fs_.existsSync)(path)) {
        const config = await (0,loader/* loadConfig */.Z)(path);
        const gate = config.value['compare-metrics']?.gate;
        if (gate !== undefined) {
            return {
                rules: (0,rules/* parseRules */.N)(gate, { file: ctx.inputs.config, ...config.locate(['compare-metrics', 'gate']) }),
                from: ctx.inputs.config,
            };
        }
    }
    return {
        rules: (0,rules/* parseRules */.N)(directionRules(head), { file: 'the head comparison report' }),
        from: 'the directions of the head comparison (no mlci.yml gate: margins and floors not applied)',
    };
}

// EXTERNAL MODULE: ./build/actions/inputs.js
var inputs = __webpack_require__(65355);
;// CONCATENATED MODULE: ./build/actions/commands/inputs.js



/** The only place commands reads its inputs. */
function getCommandsInputs(read) {
    const permission = (0,inputs/* readString */.E3)(read, 'permission', 'write');
    if (!isPermissionLevel(permission) || permission === 'none') {
        throw new errors/* UsageError */.eb(`input \`permission\` must be one of read, triage, write, maintain, admin, got "${permission}"`);
    }
    const comment = read.get('comment');
    return {
        permission,
        'artifact-name': (0,inputs/* readString */.E3)(read, 'artifact-name', 'mlci-comparison'),
        'report-name': (0,inputs/* readString */.E3)(read, 'report-name', 'mlci-comparison-report.json'),
        workflow: (0,inputs/* readString */.E3)(read, 'workflow'),
        'release-asset': (0,inputs/* readString */.E3)(read, 'release-asset', 'mlci-release-record.json'),
        config: (0,inputs/* readString */.E3)(read, 'config', 'mlci.yml'),
        event: (0,inputs/* readString */.E3)(read, 'event'),
        comment,
        'dry-run': (0,inputs/* readBoolean */.Vf)(read, 'dry-run', false) || comment !== undefined,
        token: (0,inputs/* readString */.E3)(read, 'token'),
    };
}

// EXTERNAL MODULE: ./build/core/report/marker.js
var marker = __webpack_require__(12971);
// EXTERNAL MODULE: ./build/platform/github/marked.js
var marked = __webpack_require__(97118);
;// CONCATENATED MODULE: ./build/platform/github/reactions.js
/**
 * Reacts to an issue or PR comment. Safe to repeat: GitHub answers 200 with the existing reaction
 * when the same user already left the same one.
 */
async function react(client, repo, commentId, content) {
    await client.write('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...repo, comment_id: commentId, content }, { permission: 'pull-requests: write', idempotent: true });
}

;// CONCATENATED MODULE: ./build/actions/commands/reply.js





const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
/**
 * Posts the reply to the command, once: it carries a marker keyed by the command comment's id, so a
 * retry after a lost answer (and a re-run of this job) finds it instead of posting it twice. A reply
 * that cannot be posted is a warning: what the command did stays done.
 */
async function postReply(ctx, body) {
    const { client, repo, comment, io } = ctx;
    const mark = (0,marker/* marker */.Q)('command', String(comment.commentId));
    const params = { ...repo, issue_number: comment.pullRequest };
    try {
        const author = await (0,marked/* actingLogin */._h)(client);
        const find = async () => (await (0,marked/* findMarked */.Em)(client, COMMENTS, params, mark, author))[0];
        if (await find())
            return io.log.info('the reply is there already');
        await (0,marked/* postOnce */.yn)(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...params, body: withMarker(body, mark) }, find, { permission: 'pull-requests: write', sleep: ctx.sleep });
    }
    catch (thrown) {
        io.log.warning(`could not post the reply: ${(0,errors/* messageOf */.bD)(thrown).split('\n')[0]}`);
    }
}
/** Reacts to the command comment; a failure is a warning, never the end of the command (CHAT-10). */
async function reactTo(ctx, content) {
    try {
        await react(ctx.client, ctx.repo, ctx.comment.commentId, content);
    }
    catch (thrown) {
        ctx.io.log.warning(`could not react ${content} to the comment: ${(0,errors/* messageOf */.bD)(thrown).split('\n')[0]}`);
    }
}

;// CONCATENATED MODULE: ./build/actions/commands/rerun.js



/** `/mlci rerun`: re-runs the failed jobs of the newest completed run of the head commit, if it failed. */
async function rerun(ctx) {
    const { client, repo, comment, inputs, io } = ctx;
    const pr = await pullRequestHead(client, repo, comment.pullRequest);
    const run = await latestFailedRun(client, repo, pr.sha, inputs.workflow);
    if (!run)
        return { outcome: 'nothing-to-rerun', reply: nothingToRerunReply(pr.sha) };
    await rerunFailedJobs(client, repo, run.id);
    io.log.info(`rerun: asked GitHub to re-run the failed jobs of run ${run.id} at ${pr.sha}`);
    return { outcome: 'done', reply: rerunReply(run, pr.sha) };
}

;// CONCATENATED MODULE: ./build/actions/commands/commands.js
















/**
 * `mlci commands`: one `/mlci …` PR comment, handled. Nothing here reads the comment beyond the
 * grammar, and the comment text never reaches a log line or a shell: logs name only the verb,
 * validated metric names and refs, and mlci's own wording; replies escape everything else.
 */
async function commands(io, options = {}) {
    const inputs = getCommandsInputs(io.inputs);
    if (inputs.comment !== undefined)
        return dryRun(io, inputs, parseComment(inputs.comment));
    const eventName = io.env.GITHUB_EVENT_NAME ?? (inputs.event ? 'issue_comment' : '');
    const payload = await readEvent(io, inputs);
    // `mlci run` on a laptop with a `commands:` section in mlci.yml: no event, nothing to handle.
    if (!payload)
        return ignored(io, 'there is no event (pass --event or --comment to try a command)');
    const event = commentEvent(eventName, payload);
    if (!event.handle)
        return ignored(io, event.why);
    const parsed = parseComment(event.comment.body);
    if (parsed.kind === 'none')
        return ignored(io, 'the comment holds no /mlci command');
    if (inputs['dry-run'])
        return dryRun(io, inputs, parsed);
    // TRIG-01: this job runs with the default branch's token and secrets; it must never hold PR code.
    const refusal = (0,triggers/* untrustedCheckout */.Xz)(eventName, await (0,commit/* headCommit */.Qo)(io.cwd), io.env.GITHUB_SHA, COMMANDS_REFUSAL);
    if (refusal)
        throw refusal;
    const ctx = context(io, inputs, event.comment, options, payload.repository?.default_branch ?? 'main');
    const verb = parsed.kind === 'command' ? parsed.command.verb : 'invalid';
    const label = parsed.kind === 'command' ? `/mlci ${verb}` : 'an invalid /mlci command';
    io.log.info(`#${event.comment.pullRequest}: ${label} by ${event.comment.login}`);
    await reactTo(ctx, 'eyes');
    let handled;
    try {
        handled = await handle(ctx, parsed);
    }
    catch (thrown) {
        await postReply(ctx, failureReply(verb, thrown instanceof errors/* MlciError */.sc ? thrown.message : 'unexpected error'));
        await reactTo(ctx, '-1');
        io.output('command', verb);
        io.output('outcome', 'failed');
        throw thrown;
    }
    await postReply(ctx, handled.reply);
    await reactTo(ctx, handled.outcome === 'done' ? '+1' : '-1');
    io.log.info(`${label}: ${handled.outcome}`);
    io.output('command', parsed.kind === 'command' ? verb : '');
    io.output('outcome', handled.outcome);
    await io.summary(`## mlci commands: \`${label}\` — ${handled.outcome}\n\n${handled.reply}\n`);
}
const COMMANDS_REFUSAL = {
    what: 'PR commands',
    hint: 'do not check out the pull request in the `issue_comment` job: mlci commands need no checkout, or only the default branch (docs/commands.md#workflow)',
};
/** The guarded verbs check the commenter's permission first; everyone else gets a polite refusal. */
async function handle(ctx, parsed) {
    const minimum = ctx.inputs.permission;
    if (parsed.kind === 'invalid') {
        return { outcome: 'invalid', reply: invalidReply(parsed.problem, parsed.offending, minimum) };
    }
    const { command } = parsed;
    if (command.verb === 'help')
        return { outcome: 'done', reply: helpReply(minimum) };
    if (command.verb === 'compare')
        return compare_compare(ctx, command);
    const check = await repositoryPermission(ctx.client, ctx.repo, ctx.comment.login);
    if (!atLeast(check.level, minimum)) {
        ctx.io.log.info(`/mlci ${command.verb}: refused (permission ${check.level}, needs ${minimum})`);
        return { outcome: 'refused', reply: refusalReply(command.verb, check.level, minimum, check.unverified) };
    }
    const allowed = { ...ctx, level: check.level };
    return command.verb === 'accept' ? accept(allowed, command) : rerun(allowed);
}
function context(io, inputs, comment, options, defaultBranch) {
    const token = inputs.token ?? io.env.GITHUB_TOKEN;
    const repository = io.env.GITHUB_REPOSITORY;
    if (!token || !repository?.includes('/')) {
        throw new errors/* UsageError */.eb('commands need a token and GITHUB_REPOSITORY', {
            hint: 'run it in a workflow step, or pass --dry-run to only parse',
        });
    }
    io.setSecret(token);
    const [owner, repo] = repository.split('/');
    const baseUrl = io.env.GITHUB_API_URL ?? 'https://api.github.com';
    const client = (0,github_client/* createGitHubClient */.LX)({ token, baseUrl, retry: options.retry, warn: (m) => io.log.warning(m) });
    return { io, inputs, client, repo: { owner, repo }, comment, defaultBranch, sleep: options.retry?.sleep };
}
/** The event payload: the `event` input, else GITHUB_EVENT_PATH; undefined when neither is set. */
async function readEvent(io, inputs) {
    const path = inputs.event ? (0,external_node_path_.resolve)(io.cwd, inputs.event) : io.env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (cause) {
        throw new errors/* UsageError */.eb(`cannot read the event payload: ${(0,errors/* messageOf */.bD)(cause).split('\n')[0]}`, {
            where: { file: path },
            cause,
        });
    }
}
/** `why` is mlci's own wording (commentEvent's reasons), never the comment's text. */
async function ignored(io, why) {
    io.log.info(`nothing to do: ${why}`);
    io.output('command', '');
    io.output('outcome', 'ignored');
    await io.summary(`## mlci commands\n\nNothing to do: ${why}.\n`);
}
/** Parse only: what would happen, with no API call. */
async function dryRun(io, inputs, parsed) {
    const minimum = inputs.permission;
    const plan = (command) => {
        const guarded = GUARDED_VERBS.includes(command.verb);
        const who = guarded ? `needs ${minimum} permission or higher` : 'open to anyone';
        return `Would run \`/mlci ${command.verb}\` (${who})${command.verb === 'accept'
            ? ` for ${command.metrics.map((m) => `\`${m}\``).join(', ')} at the PR's current head`
            : ''}${command.verb === 'compare' ? ` against the ${command.refKind} \`${command.ref}\`` : ''}.`;
    };
    const text = parsed.kind === 'none'
        ? 'No `/mlci` command in the comment: nothing would happen.'
        : parsed.kind === 'invalid'
            ? `Would reply:\n\n${invalidReply(parsed.problem, parsed.offending, minimum)}`
            : parsed.command.verb === 'help'
                ? `Would reply:\n\n${helpReply(minimum)}`
                : plan(parsed.command);
    io.output('command', parsed.kind === 'command' ? parsed.command.verb : '');
    io.output('outcome', parsed.kind === 'none' ? 'ignored' : parsed.kind === 'invalid' ? 'invalid' : 'dry-run');
    await io.summary(`## mlci commands (dry run)\n\n${text}\n`);
}


/***/ }),

/***/ 5583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/**
 * The one markdown choke point (DESIGN.md "Trust boundaries"): text from data, file names, metric
 * names, branch names, PR text or server replies is made inert here before it reaches a job summary,
 * comment, issue, review or check run (reliability §2.6 MD-01…MD-09): no HTML, links, images,
 * @mentions, #references, table breaks, workflow-command words or bidi tricks. The result stays on one
 * line, so it is safe in a table cell, a heading or a list item.
 */
function escapeMarkdown(text, max = Infinity) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return (cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
        .replace(/&/g, '&amp;')
        .replace(/@/g, '@\u200b')
        // GitHub links #123 (and owner/repo#123) on the rendered text, where `\#` is a plain `#` again.
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        .replace(/^(\s*)([-=:])/, '$1\\$2')
        .replace(/::/g, ':\u200b:')
        // GFM's extended autolinks need no brackets: `https://x` and `www.x` become links even escaped.
        .replace(/:\/\//g, ':/\u200b/')
        .replace(/\b(www)\./gi, '$1\u200b.'));
}
/** A table cell from untrusted text: escaped, one line, at most `max` characters before escaping. */
function cell(text, max = 120) {
    return escapeMarkdown(text, max);
}
/**
 * Untrusted text as inline code: the backtick run that fences it is longer than any inside it, and
 * characters a table would act on (`|`, newlines) are replaced, since code spans do not escape them.
 */
function inlineCode(text, max = 200) {
    const cut = (text.length > max ? `${text.slice(0, max)}…` : text)
        .replace(/\r\n|\r|\n|\t/g, ' ')
        .replace(/\|/g, '¦')
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
    const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = cut.startsWith('`') || cut.endsWith('`') || cut === '' ? ' ' : '';
    return `${fence}${pad}${cut}${pad}${fence}`;
}
/**
 * A fenced code block around untrusted multi-line text (logs, diffs): the fence is longer than any
 * backtick run inside, so the text cannot close it and become markdown.
 */
function codeBlock(text, language = '') {
    const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
    const longest = Math.max(2, ...(clean.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${clean.replace(/\n?$/, '\n')}${fence}`;
}
/**
 * Untrusted text inside an HTML block (`<summary>…</summary>`), where markdown escapes would show
 * literally: HTML-escaped, one line, and `@`/`#` broken with a zero-width space so GitHub's mention
 * and reference linking, which runs on the rendered text, finds nothing.
 */
function htmlText(text, max = 200) {
    const cut = text.length > max ? `${text.slice(0, max)}…` : text;
    return cut
        .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([@#])/g, '$1\u200b')
        .replace(/::/g, ':\u200b:')
        .replace(/:\/\//g, ':/\u200b/');
}
/**
 * A link whose text is untrusted and whose URL mlci built itself (a file at a commit on the
 * repository's own server). A URL that is not plain https without spaces, brackets or quotes is
 * refused: the escaped text is returned without a link.
 */
function link(text, url, max = 120) {
    const label = escapeMarkdown(text, max);
    if (!/^https:\/\/[^\s()<>"'`\\[\]]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/**
 * A label inside a mermaid chart (axis category, series title), which mermaid parses itself: only
 * ASCII letters, digits, space and `._-/` survive, at most `max` characters, so no directive (`%%`),
 * HTML or quote can reach the chart source. Always non-empty.
 */
function mermaidLabel(text, max = 24) {
    const clean = text
        .replace(/[^A-Za-z0-9 ._\-/]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const cut = clean.length > max ? `${clean.slice(0, max - 1)}~` : clean;
    return cut || '_';
}
/**
 * Untrusted text as a mermaid label (timeline periods and events): only letters, digits, spaces and
 * `._/+-@` survive, `@` loses its mention power, and the result is capped. Mermaid reads `:` as an event
 * separator, `#`/`;` as entity and statement syntax, and brackets/quotes as node shapes, so all of
 * them go.
 */
function mermaidText(text, max = 60) {
    const kept = text
        .replace(/[^A-Za-z0-9 ._/+@-]/g, ' ')
        .replace(/@/g, 'at ')
        .replace(/\s+/g, ' ')
        .trim();
    return (kept.length > max ? `${kept.slice(0, max)}…` : kept) || '-';
}


/***/ }),

/***/ 96610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ saveBlockedBy),
/* harmony export */   O0: () => (/* binding */ isPrivilegedEvent),
/* harmony export */   Xm: () => (/* binding */ remoteSaveBlockedBy),
/* harmony export */   Xz: () => (/* binding */ untrustedCheckout)
/* harmony export */ });
/* unused harmony export PRIVILEGED_EVENTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);

/**
 * Events whose runs share the default branch's cache scope while they may carry code from a fork:
 * they restore but never save (TRIG-02; reference/reliability-and-security.md §2.2).
 */
const PRIVILEGED_EVENTS = ['pull_request_target', 'issue_comment', 'workflow_run'];
/** Whether `event` (GITHUB_EVENT_NAME) runs with the default branch's secrets and cache scope. */
const isPrivilegedEvent = (event) => PRIVILEGED_EVENTS.includes(event);
/** Why this event may not save to the cache (TRIG-02), or undefined when it may. */
function saveBlockedBy(event) {
    return isPrivilegedEvent(event)
        ? `\`${event}\` runs share the default branch's cache, so they only restore`
        : undefined;
}
/**
 * TRIG-01: the refusal to run training code of a privileged event when the workspace holds another
 * commit than the workflow's (`workflowSha`, GITHUB_SHA), or undefined when it may run. Without either
 * commit there is nothing to compare, and the run goes ahead.
 */
function untrustedCheckout(event, head, workflowSha, refusal = TRAIN_REFUSAL) {
    if (!head || !workflowSha || head === workflowSha)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`refusing to run ${refusal.what} under \`${event}\`: the workspace is at ${head.slice(0, 12)}, not the workflow's commit ${workflowSha.slice(0, 12)}`, { hint: refusal.hint });
}
const TRAIN_REFUSAL = {
    what: 'training code',
    hint: 'run untrusted code in a `pull_request` workflow instead, or set `allow-untrusted-code: true` if you trust it (docs/train.md#permissions)',
};
/**
 * Why a run may not write to a shared remote cache (a registry): a pull request from a fork carries code
 * nobody reviewed, and what it trained would be restored by the base repository's own runs. GitHub keeps
 * the Actions cache apart by scope; a registry has no scopes, so mlci refuses the save itself.
 */
function remoteSaveBlockedBy(event, payload) {
    const privileged = saveBlockedBy(event);
    if (privileged)
        return privileged;
    const pr = payload
        ?.pull_request;
    // pull_request, pull_request_review, pull_request_review_comment: all run a PR head's code.
    if (!pr) {
        return event.startsWith('pull_request')
            ? 'the event payload does not say whether the pull request comes from a fork'
            : undefined;
    }
    const head = pr.head?.repo?.full_name;
    // A deleted fork has head.repo null: as untrusted as a live one.
    if (typeof head !== 'string' || head !== pr.base?.repo?.full_name)
        return 'a pull request from a fork may not write to the shared registry cache';
    return undefined;
}


/***/ }),

/***/ 95272:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   bX: () => (/* binding */ commitTime),
/* harmony export */   sH: () => (/* binding */ originUrl),
/* harmony export */   uO: () => (/* binding */ headRef)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45092);

/** HEAD's commit SHA, or undefined outside a repository. */
async function headCommit(cwd, options = {}) {
    return (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['rev-parse', 'HEAD'], options)) || undefined;
}
/**
 * The ref HEAD stands for, as GITHUB_REF would name it: the branch checked out (`refs/heads/main`), or on
 * a detached HEAD a tag pointing at it (`refs/tags/v1.2.0`); undefined when it is neither (or no repo).
 */
async function headRef(cwd, options = {}) {
    const branch = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['symbolic-ref', '-q', 'HEAD'], options);
    if (branch)
        return branch;
    const tag = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['describe', '--tags', '--exact-match', 'HEAD'], options);
    return tag ? `refs/tags/${tag}` : undefined;
}
/** Commit time of HEAD in seconds (the default SOURCE_DATE_EPOCH), or undefined outside a repository. */
async function commitTime(cwd, options = {}) {
    const text = (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['log', '-1', '--format=%ct'], options)) || undefined;
    const seconds = Number(text);
    return text && Number.isInteger(seconds) ? seconds : undefined;
}
/** The `origin` remote as an https URL when it is a GitHub-style remote, else as git prints it. */
async function originUrl(cwd, options = {}) {
    const url = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .tryGit */ .Ii)(cwd, ['remote', 'get-url', 'origin'], options);
    if (!url)
        return undefined;
    const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    return url.replace(/\.git$/, '').replace(/\/\/[^@/]+@/, '//');
}


/***/ }),

/***/ 18761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RETRYABLE_STATUS)
/* harmony export */ });
/**
 * HTTP statuses worth repeating an idempotent request for: timeouts, rate limits and server errors
 * (reliability §1.2, §1.5; ggcr remote/options.go defaultRetryStatusCodes). Shared by the GitHub client
 * and the registry client so that the two never drift apart.
 */
const RETRYABLE_STATUS = new Set([
    408,
    429,
    500,
    502,
    503,
    504,
    522, // Cloudflare: connection to the origin timed out, seen in front of GHES and registries
]);


/***/ })

};
