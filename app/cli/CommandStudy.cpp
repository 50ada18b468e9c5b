#include "CliCommon.h"

#include "studies/MosAggregator.h"
#include "studies/MosReport.h"
#include "studies/StudySources.h"
#include "studies/StudyStore.h"
#include "studies/VotesCsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QThread>

namespace cli {

// Shared with `iqa mos` (CommandMos.cpp): the screening and pairwise scaling options.
void addMosOptions(QCommandLineParser &parser);
int readMosOptions(const QCommandLineParser &parser, iqa::MosOptions *options); // -1: continue, else exit code

namespace {

const char *const kStudyUsage =
    "usage: iqa study <action> STUDY [options]\n"
    "\n"
    "actions:\n"
    "  create       make a study file from a folder, a list file or a label CSV\n"
    "  status       method, items, sessions and their progress\n"
    "  verify       hash the stimulus files again: moved, deleted or changed files\n"
    "  rate-script  cast votes from an answers CSV, one by one, as a rater would (resumes)\n"
    "  export       long votes CSV, MOS label CSV, JSON\n"
    "  import       merge votes from a long votes CSV\n"
    "\n"
    "`iqa study <action> --help` shows the options of an action.";

// Parses `iqa study <action> STUDY [options]`; returns -1 to continue.
int parseAction(QCommandLineParser &parser, const QString &action, const QStringList &arguments, QString *study)
{
    parser.addPositionalArgument(QStringLiteral("STUDY"), QStringLiteral("Study file."));
    if (int code = parseOrExit(parser, QStringLiteral("study ") + action, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, parser.positionalArguments().isEmpty()
                                      ? QCoreApplication::translate("CommandStudy", "the study file is missing")
                                      : QCoreApplication::translate("CommandStudy", "one study file, not %1")
                                            .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    *study = parser.positionalArguments().first();
    return -1;
}

int runCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Create a study file. Test items come from one of --images (every image in a folder), --list (one\n"
        "IMAGE, REF|DIST or A|B per line) or --labels (a label CSV). Pairwise studies compare every pair of\n"
        "the images (with --labels: of the distorted images that share a reference). Stimulus files are hashed."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON on stdout.")});
    parser.addOption({QStringLiteral("method"), QStringLiteral("acr, dcr, slider or pairwise."), QStringLiteral("M")});
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("Study name (default: the file name)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("images"), QStringLiteral("Folder of images."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List file of stimuli."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("labels"), QStringLiteral("Label CSV (ref,dist,mos or image,mos)."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("training"),
                      QStringLiteral("List file of training stimuli, shown first, never scored."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("gold"),
                      QStringLiteral("CSV stimulus,expected: gold items with their known answer."),
                      QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("repeats"),
                      QStringLiteral("Test items shown a second time per session (default 0)."), QStringLiteral("N"),
                      QStringLiteral("0")});
    QString studyPath;
    if (int code = parseAction(parser, QStringLiteral("create"), arguments, &studyPath); code >= 0)
        return code;
    const auto method = iqa::parseVoteMethod(parser.value(QStringLiteral("method")));
    if (!method)
        return usageError(parser,
                          QCoreApplication::translate("CommandStudy", "--method must be acr, dcr, slider or pairwise"));
    const int sources = int(parser.isSet(QStringLiteral("images"))) + int(parser.isSet(QStringLiteral("list"))) +
                        int(parser.isSet(QStringLiteral("labels")));
    if (sources != 1)
        return usageError(
            parser, QCoreApplication::translate("CommandStudy", "give exactly one of --images, --list and --labels"));
    bool ok = false;
    const int repeats = parser.value(QStringLiteral("repeats")).toInt(&ok);
    if (!ok || repeats < 0)
        return usageError(parser,
                          QCoreApplication::translate("CommandStudy", "--repeats must be a non-negative integer"));

    iqa::StudyDefinition definition;
    definition.name = parser.value(QStringLiteral("name"));
    definition.method = *method;
    definition.repeatsPerSession = repeats;
    // The items, by the same rules as the study wizard (StudySources).
    iqa::StudySourceKind sourceKind = iqa::StudySourceKind::Labels;
    QString source = parser.value(QStringLiteral("labels"));
    if (parser.isSet(QStringLiteral("images"))) {
        sourceKind = iqa::StudySourceKind::Folder;
        source = parser.value(QStringLiteral("images"));
        // StudySources refuses DCR over a folder too, but names the wizard's
        // choices; here the refusal names this command's options (a missing
        // folder is still reported as such first).
        if (*method == iqa::VoteMethod::Dcr && QDir(source).exists())
            return fail(QCoreApplication::translate(
                "CommandStudy", "dcr shows a reference with each image: use --list (REF|DIST lines) or --labels"));
    } else if (parser.isSet(QStringLiteral("list"))) {
        sourceKind = iqa::StudySourceKind::List;
        source = parser.value(QStringLiteral("list"));
    }
    const auto tests = iqa::StudySources::testItems(sourceKind, source, *method);
    if (!tests)
        return fail(tests.error());
    definition.items = *tests;
    if (parser.isSet(QStringLiteral("training"))) {
        const auto training = iqa::StudySources::trainingItems(parser.value(QStringLiteral("training")));
        if (!training)
            return fail(training.error());
        definition.items += *training;
    }
    if (parser.isSet(QStringLiteral("gold"))) {
        const auto gold = iqa::StudySources::goldItems(parser.value(QStringLiteral("gold")));
        if (!gold)
            return fail(gold.error());
        definition.items += *gold;
    }
    const auto store = iqa::StudyStore::create(studyPath, definition);
    if (!store)
        return fail(store.error());
    QMap<QString, int> counts;
    for (const iqa::StudyItemSpec &item : std::as_const(definition.items))
        counts[iqa::itemKindKey(item.kind)] += 1;
    const auto files = (*store)->stimulusFiles();
    if (jsonRequested(parser)) {
        printJson(QJsonObject{{QStringLiteral("study"), (*store)->path()},
                              {QStringLiteral("method"), iqa::voteMethodKey(*method)},
                              {QStringLiteral("test_items"), counts.value(QStringLiteral("test"))},
                              {QStringLiteral("training_items"), counts.value(QStringLiteral("training"))},
                              {QStringLiteral("gold_items"), counts.value(QStringLiteral("gold"))},
                              {QStringLiteral("repeats_per_session"), repeats},
                              {QStringLiteral("stimulus_files"), files ? int(files->size()) : 0}});
    } else {
        printOut(QCoreApplication::translate("CommandStudy", "created %1: %2, %3 test, %4 training and %5 gold items, "
                                                             "%6 repeats per session, %7 stimulus files hashed")
                     .arg((*store)->path(), iqa::voteMethodKey(*method))
                     .arg(counts.value(QStringLiteral("test")))
                     .arg(counts.value(QStringLiteral("training")))
                     .arg(counts.value(QStringLiteral("gold")))
                     .arg(repeats)
                     .arg(files ? files->size() : 0));
    }
    return Ok;
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Method, items, sessions and their progress."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON on stdout.")});
    QString studyPath;
    if (int code = parseAction(parser, QStringLiteral("status"), arguments, &studyPath); code >= 0)
        return code;
    const auto store = iqa::StudyStore::open(studyPath);
    if (!store)
        return fail(store.error());
    const auto items = (*store)->items();
    const auto sessions = (*store)->sessions();
    if (!items || !sessions)
        return fail(!items ? items.error() : sessions.error());
    QMap<QString, int> counts;
    for (const iqa::StudyItem &item : *items)
        counts[iqa::itemKindKey(item.kind)] += 1;
    int votes = 0;
    for (const iqa::SessionInfo &s : *sessions)
        votes += s.answered;
    const iqa::StudyInfo &info = (*store)->info();
    if (jsonRequested(parser)) {
        QJsonArray sessionArray;
        for (const iqa::SessionInfo &s : *sessions)
            sessionArray.append(s.toJson());
        printJson(QJsonObject{{QStringLiteral("study"), (*store)->path()},
                              {QStringLiteral("name"), info.name},
                              {QStringLiteral("method"), iqa::voteMethodKey(info.method)},
                              {QStringLiteral("schema_version"), info.schemaVersion},
                              {QStringLiteral("test_items"), counts.value(QStringLiteral("test"))},
                              {QStringLiteral("training_items"), counts.value(QStringLiteral("training"))},
                              {QStringLiteral("gold_items"), counts.value(QStringLiteral("gold"))},
                              {QStringLiteral("repeats_per_session"), info.repeatsPerSession},
                              {QStringLiteral("votes"), votes},
                              {QStringLiteral("sessions"), sessionArray},
                              {QStringLiteral("integrity"), (*store)->integrityCheck()}});
        return Ok;
    }
    printOut(QCoreApplication::translate(
                 "CommandStudy",
                 "%1 (%2): %3, %4 test, %5 training, %6 gold items, %7 repeats per session; %8 votes in %9 sessions")
                 .arg((*store)->path(), info.name, iqa::voteMethodKey(info.method))
                 .arg(counts.value(QStringLiteral("test")))
                 .arg(counts.value(QStringLiteral("training")))
                 .arg(counts.value(QStringLiteral("gold")))
                 .arg(info.repeatsPerSession)
                 .arg(votes)
                 .arg(sessions->size()));
    for (const iqa::SessionInfo &s : *sessions)
        printOut(QCoreApplication::translate("CommandStudy", "  session %1  rater %2  %3/%4 answered%5")
                     .arg(s.uid, s.rater)
                     .arg(s.answered)
                     .arg(s.scheduled)
                     .arg(s.imported ? QCoreApplication::translate("CommandStudy", " (imported)")
                          : s.nextPosition
                              ? QCoreApplication::translate("CommandStudy", ", resumes at %1").arg(*s.nextPosition)
                              : QCoreApplication::translate("CommandStudy", ", complete")));
    return Ok;
}

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Hash every stimulus file again and report files that were moved, deleted or changed since the study\n"
        "was created. Exit status 1 when there is any."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON on stdout.")});
    QString studyPath;
    if (int code = parseAction(parser, QStringLiteral("verify"), arguments, &studyPath); code >= 0)
        return code;
    const auto store = iqa::StudyStore::open(studyPath);
    if (!store)
        return fail(store.error());
    const auto problems = (*store)->verifyStimuli();
    const auto files = (*store)->stimulusFiles();
    if (!problems || !files)
        return fail(!problems ? problems.error() : files.error());
    if (jsonRequested(parser)) {
        QJsonArray array;
        for (const iqa::StimulusProblem &p : *problems)
            array.append(QJsonObject{
                {QStringLiteral("path"), p.file.path},
                {QStringLiteral("problem"), p.kind == iqa::StimulusProblem::Missing   ? QStringLiteral("missing")
                                            : p.kind == iqa::StimulusProblem::Changed ? QStringLiteral("changed")
                                                                                      : QStringLiteral("unreadable")},
                {QStringLiteral("sha256_recorded"), p.file.sha256},
                {QStringLiteral("sha256_now"), p.actualSha256},
                {QStringLiteral("message"), p.message}});
        printJson(QJsonObject{{QStringLiteral("study"), (*store)->path()},
                              {QStringLiteral("files"), int(files->size())},
                              {QStringLiteral("problems"), array}});
    } else {
        for (const iqa::StimulusProblem &p : *problems)
            printOut(p.message);
        printOut(QCoreApplication::translate("CommandStudy", "%1 stimulus files, %2 with problems")
                     .arg(files->size())
                     .arg(problems->size()));
    }
    if (!problems->isEmpty())
        return fail(QCoreApplication::translate("CommandStudy", "%1 of %2 stimulus files are missing or changed")
                        .arg(problems->size())
                        .arg(files->size()));
    return Ok;
}

// Casts votes for the scheduled trials from an answers CSV, one at a time,
// committing each before announcing it: the non-interactive twin of a rating
// session, for scripting, demonstrations and the crash tests.
int runRateScript(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rate a session from a script: resumes the rater's unfinished session (or starts one), then casts the\n"
        "answer for each scheduled trial from --answers (CSV stimulus,value; pairwise value 1 = first image of\n"
        "the written pair preferred), committing each vote before printing \"cast POSITION STIMULUS VALUE\"."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rater"), QStringLiteral("Rater name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("answers"), QStringLiteral("CSV stimulus,value."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("delay-ms"), QStringLiteral("Pause before each vote (default 0)."),
                      QStringLiteral("MS"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("max-votes"), QStringLiteral("Stop after this many votes."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("new-session"), QStringLiteral("Start a new session even if one is unfinished.")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Order seed of a new session (default: random)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("display"), QStringLiteral("Display conditions of a new session."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("viewing"), QStringLiteral("Viewing conditions of a new session."), QStringLiteral("TEXT")});
    QString studyPath;
    if (int code = parseAction(parser, QStringLiteral("rate-script"), arguments, &studyPath); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("rater")) || !parser.isSet(QStringLiteral("answers")))
        return usageError(parser, QCoreApplication::translate("CommandStudy", "--rater and --answers are required"));
    bool ok = false;
    const int delayMs = parser.value(QStringLiteral("delay-ms")).toInt(&ok);
    if (!ok || delayMs < 0)
        return usageError(parser,
                          QCoreApplication::translate("CommandStudy", "--delay-ms must be a non-negative integer"));
    int maxVotes = -1;
    if (parser.isSet(QStringLiteral("max-votes"))) {
        maxVotes = parser.value(QStringLiteral("max-votes")).toInt(&ok);
        if (!ok || maxVotes < 0)
            return usageError(
                parser, QCoreApplication::translate("CommandStudy", "--max-votes must be a non-negative integer"));
    }
    iqa::SessionRequest request;
    request.rater = parser.value(QStringLiteral("rater"));
    request.display = parser.value(QStringLiteral("display"));
    request.viewing = parser.value(QStringLiteral("viewing"));
    if (parser.isSet(QStringLiteral("seed"))) {
        request.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(parser,
                              QCoreApplication::translate("CommandStudy", "--seed must be a non-negative integer"));
    }

    const auto store = iqa::StudyStore::open(studyPath);
    if (!store)
        return fail(store.error());
    const iqa::VoteMethod method = (*store)->info().method;
    const auto answers =
        iqa::StudySources::readStimulusValues(parser.value(QStringLiteral("answers")), QStringLiteral("value"));
    if (!answers)
        return fail(answers.error());
    QHash<QString, double> answerFor;
    for (const auto &row : *answers) {
        answerFor.insert(row.first.key(), row.second);
        if (method == iqa::VoteMethod::Pairwise)
            answerFor.insert(row.first.second + QLatin1Char('|') + row.first.first, 1.0 - row.second);
    }
    // Refuse to collect votes on images that are not the ones the study was made with.
    const auto problems = (*store)->verifyStimuli();
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty())
        return fail(QCoreApplication::translate(
                        "CommandStudy", "%1 stimulus files are missing or changed, first %2; see iqa study verify")
                        .arg(problems->size())
                        .arg(problems->first().message));

    std::optional<iqa::SessionInfo> session;
    if (!parser.isSet(QStringLiteral("new-session"))) {
        const auto unfinished = (*store)->unfinishedSession(request.rater);
        if (!unfinished)
            return fail(unfinished.error());
        session = *unfinished;
    }
    if (!session) {
        const auto started = (*store)->startSession(request);
        if (!started)
            return fail(started.error());
        session = *started;
    }
    printOut(QCoreApplication::translate("CommandStudy",
                                         "session %1 rater %2 seed %3: %4 of %5 answered, resuming at position %6")
                 .arg(session->uid, session->rater)
                 .arg(session->seed)
                 .arg(session->answered)
                 .arg(session->scheduled)
                 .arg(session->nextPosition ? *session->nextPosition : session->scheduled + 1));

    int cast = 0;
    for (;;) {
        if (maxVotes >= 0 && cast >= maxVotes)
            break;
        const auto next = (*store)->nextTrial(session->id);
        if (!next)
            return fail(next.error());
        if (!*next) {
            printOut(QCoreApplication::translate("CommandStudy", "session complete"));
            break;
        }
        const iqa::Trial &trial = **next;
        const QString key =
            trial.item.second.isEmpty() ? trial.item.first : trial.item.first + QLatin1Char('|') + trial.item.second;
        const QString shown = trial.item.stimulusText((*store)->folder());
        if (!answerFor.contains(key))
            return fail(QCoreApplication::translate("CommandStudy", "no answer for %1 (position %2) in %3")
                            .arg(shown)
                            .arg(trial.position)
                            .arg(parser.value(QStringLiteral("answers"))));
        const QDateTime shownAt = QDateTime::currentDateTimeUtc();
        if (delayMs > 0)
            QThread::msleep(delayMs);
        const double value = answerFor.value(key);
        const iqa::Status stored =
            (*store)->castVote(session->id, trial.position, value, shownAt, QDateTime::currentDateTimeUtc());
        if (!stored)
            return fail(stored.error());
        ++cast;
        printOut(QStringLiteral("cast %1 %2 %3").arg(trial.position).arg(shown).arg(value));
    }
    return Ok;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a study: --votes (long CSV, one row per vote with its context; iqa mos and iqa study import\n"
        "read it), --labels (MOS label CSV after screening, for iqa eval), --json (everything, with the MOS,\n"
        "on stdout)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("The whole study and its MOS as JSON on stdout.")});
    parser.addOption({QStringLiteral("votes"), QStringLiteral("Write the long votes CSV."), QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Write the MOS label CSV."), QStringLiteral("CSV")});
    addMosOptions(parser);
    QString studyPath;
    if (int code = parseAction(parser, QStringLiteral("export"), arguments, &studyPath); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("votes")) && !parser.isSet(QStringLiteral("labels")) && !jsonRequested(parser))
        return usageError(parser, QCoreApplication::translate("CommandStudy", "give --votes, --labels or --json"));
    iqa::MosOptions options;
    if (int code = readMosOptions(parser, &options); code >= 0)
        return code;
    const auto store = iqa::StudyStore::open(studyPath);
    if (!store)
        return fail(store.error());

    if (parser.isSet(QStringLiteral("votes"))) {
        const iqa::Status written = (*store)->exportVotesCsv(parser.value(QStringLiteral("votes")));
        if (!written)
            return fail(written.error());
        printErr(QCoreApplication::translate("CommandStudy", "wrote %1")
                     .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("votes")))));
    }
    std::optional<iqa::MosResult> mos;
    if (parser.isSet(QStringLiteral("labels")) || jsonRequested(parser)) {
        const auto votes = (*store)->votesForAggregation();
        if (!votes)
            return fail(votes.error());
        if (!votes->isEmpty()) {
            auto result = iqa::MosAggregator::aggregate(*votes, (*store)->info().method, options);
            if (!result)
                return fail(result.error());
            mos = *result;
        }
    }
    if (parser.isSet(QStringLiteral("labels"))) {
        if (!mos)
            return fail(QCoreApplication::translate("CommandStudy", "%1: no votes yet, so no MOS to write")
                            .arg((*store)->path()));
        int omitted = 0;
        const iqa::Status written =
            iqa::MosReport::writeLabelCsv(*mos, parser.value(QStringLiteral("labels")), &omitted);
        if (!written)
            return fail(written.error());
        printErr(QCoreApplication::translate("CommandStudy", "wrote %1")
                     .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("labels")))));
        if (omitted > 0)
            printErr(QCoreApplication::translate(
                         "CommandStudy",
                         "%1 stimuli have no MOS (all their raters were excluded) and are not in the label CSV")
                         .arg(omitted));
    }
    if (jsonRequested(parser)) {
        auto json = (*store)->toJson();
        if (!json)
            return fail(json.error());
        (*json)[QStringLiteral("mos")] =
            mos ? QJsonValue(iqa::MosReport::toJson(*mos, options, (*store)->folder())) : QJsonValue(QJsonValue::Null);
        printJson(*json);
    }
    return Ok;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merge votes from a long votes CSV (for example the export of a copy of this study rated elsewhere).\n"
        "Stimuli must be items of this study; a vote already present (same session and position) is not\n"
        "duplicated; one transaction."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable JSON on stdout.")});
    parser.addOption({QStringLiteral("votes"), QStringLiteral("Votes CSV."), QStringLiteral("CSV")});
    QString studyPath;
    if (int code = parseAction(parser, QStringLiteral("import"), arguments, &studyPath); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("votes")))
        return usageError(parser, QCoreApplication::translate("CommandStudy", "--votes is required"));
    const auto store = iqa::StudyStore::open(studyPath);
    if (!store)
        return fail(store.error());
    const auto votes = iqa::VotesCsv::read(parser.value(QStringLiteral("votes")));
    if (!votes)
        return fail(votes.error());
    const auto report = (*store)->importVotes(*votes);
    if (!report)
        return fail(report.error());
    if (jsonRequested(parser)) {
        QJsonArray skipped;
        for (const iqa::VoteIssue &issue : report->skipped)
            skipped.append(QJsonObject{{QStringLiteral("line"), issue.line}, {QStringLiteral("reason"), issue.reason}});
        printJson(QJsonObject{{QStringLiteral("imported"), report->imported},
                              {QStringLiteral("already_present"), report->alreadyPresent},
                              {QStringLiteral("sessions_created"), report->sessionsCreated},
                              {QStringLiteral("raters_created"), report->ratersCreated},
                              {QStringLiteral("skipped_rows"), skipped}});
    } else {
        printOut(QCoreApplication::translate(
                     "CommandStudy",
                     "imported %1 votes (%2 already present, %3 new sessions, %4 new raters, %5 rows skipped)")
                     .arg(report->imported)
                     .arg(report->alreadyPresent)
                     .arg(report->sessionsCreated)
                     .arg(report->ratersCreated)
                     .arg(report->skipped.size()));
        for (const iqa::VoteIssue &issue : report->skipped)
            printErr(
                QCoreApplication::translate("CommandStudy", "skipped line %1: %2").arg(issue.line).arg(issue.reason));
    }
    return Ok;
}

} // namespace

// iqa study create|status|verify|rate-script|export|import STUDY [options]
int runStudy(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printErr(QString::fromLatin1(kStudyUsage));
        return Usage;
    }
    const QString action = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        printOut(QString::fromLatin1(kStudyUsage));
        return Ok;
    }
    if (action == QLatin1String("create"))
        return runCreate(rest);
    if (action == QLatin1String("status"))
        return runStatus(rest);
    if (action == QLatin1String("verify"))
        return runVerify(rest);
    if (action == QLatin1String("rate-script"))
        return runRateScript(rest);
    if (action == QLatin1String("export"))
        return runExport(rest);
    if (action == QLatin1String("import"))
        return runImport(rest);
    printErr(QCoreApplication::translate("CommandStudy", "iqa: error: unknown study action '%1'").arg(action));
    printErr(QString::fromLatin1(kStudyUsage));
    return Usage;
}

} // namespace cli
