#include "StudyWizard.h"

#include "StudyPresentationFields.h"

#include "studies/StudySources.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A line edit with its browse button, as one row of a form.
QWidget *pathRow(QLineEdit *edit, QToolButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

QLabel *messageLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

iqa::VoteMethod methodOf(const QComboBox *combo)
{
    return iqa::parseVoteMethod(combo->currentData().toString()).value_or(iqa::VoteMethod::Acr);
}

// The source combo lists folder, list file and label CSV, in this order.
iqa::StudySourceKind sourceKindOf(const QComboBox *combo)
{
    switch (combo->currentIndex()) {
    case 1:
        return iqa::StudySourceKind::List;
    case 2:
        return iqa::StudySourceKind::Labels;
    default:
        return iqa::StudySourceKind::Folder;
    }
}

} // namespace

StudyWizard::StudyWizard(QWidget *parent)
    : QWizard(parent),
      m_sourceKindLabel(new QLabel),
      m_sourceKind(new QComboBox),
      m_sourcePathLabel(new QLabel),
      m_sourcePath(new QLineEdit),
      m_browseSource(new QToolButton),
      m_methodLabel(new QLabel),
      m_method(new QComboBox),
      m_methodHelp(new QLabel),
      m_stimuliMessage(messageLabel(QStringLiteral("stimuliMessage"))),
      m_trainingLabel(new QLabel),
      m_trainingList(new QLineEdit),
      m_browseTraining(new QToolButton),
      m_goldLabel(new QLabel),
      m_goldCsv(new QLineEdit),
      m_browseGold(new QToolButton),
      m_toleranceLabel(new QLabel),
      m_goldTolerance(new QDoubleSpinBox),
      m_repeatsLabel(new QLabel),
      m_repeats(new QSpinBox),
      m_controlMessage(messageLabel(QStringLiteral("controlMessage"))),
      m_seedLabel(new QLabel),
      m_seed(new QLineEdit),
      m_presentationFields(new StudyPresentationFields(this)),
      m_presentationMessage(messageLabel(QStringLiteral("presentationMessage"))),
      m_nameLabel(new QLabel),
      m_name(new QLineEdit),
      m_fileLabel(new QLabel),
      m_studyFile(new QLineEdit),
      m_browseStudyFile(new QToolButton),
      m_fileMessage(messageLabel(QStringLiteral("fileMessage")))
{
    setObjectName(QStringLiteral("studyWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(StimuliPage, createStimuliPage());
    setPage(ControlPage, createControlPage());
    setPage(PresentationPage, createPresentationPage());
    setPage(FilePage, createFilePage());
    retranslate();
    methodChanged();
    resize(720, 480);
}

QWizardPage *StudyWizard::createStimuliPage()
{
    auto *page = new QWizardPage;
    m_sourceKind->setObjectName(QStringLiteral("sourceKind"));
    m_sourceKind->addItems({QString(), QString(), QString()});
    m_sourcePath->setObjectName(QStringLiteral("sourcePath"));
    m_method->setObjectName(QStringLiteral("method"));
    for (iqa::VoteMethod method :
         {iqa::VoteMethod::Acr, iqa::VoteMethod::Dcr, iqa::VoteMethod::Slider, iqa::VoteMethod::Pairwise})
        m_method->addItem(QString(), iqa::voteMethodKey(method));
    m_methodHelp->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(m_sourceKindLabel, m_sourceKind);
    form->addRow(m_sourcePathLabel, pathRow(m_sourcePath, m_browseSource));
    form->addRow(m_methodLabel, m_method);
    form->addRow(QString(), m_methodHelp);
    form->addRow(m_stimuliMessage);
    connect(m_browseSource, &QToolButton::clicked, this, &StudyWizard::browseSource);
    connect(m_sourcePath, &QLineEdit::textChanged, this, &StudyWizard::suggestStudyFile);
    connect(m_sourceKind, &QComboBox::currentIndexChanged, this, [this] {
        retranslate();
        suggestStudyFile();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &StudyWizard::methodChanged);
    return page;
}

QWizardPage *StudyWizard::createControlPage()
{
    auto *page = new QWizardPage;
    m_trainingList->setObjectName(QStringLiteral("trainingList"));
    m_goldCsv->setObjectName(QStringLiteral("goldCsv"));
    m_goldTolerance->setObjectName(QStringLiteral("goldTolerance"));
    m_goldTolerance->setDecimals(2);
    m_goldTolerance->setRange(0, 100);
    m_repeats->setObjectName(QStringLiteral("repeats"));
    m_repeats->setRange(0, 100000);
    auto *form = new QFormLayout(page);
    form->addRow(m_trainingLabel, pathRow(m_trainingList, m_browseTraining));
    form->addRow(m_goldLabel, pathRow(m_goldCsv, m_browseGold));
    form->addRow(m_toleranceLabel, m_goldTolerance);
    form->addRow(m_repeatsLabel, m_repeats);
    form->addRow(m_controlMessage);
    connect(m_browseTraining, &QToolButton::clicked, this, [this] {
        browseFile(m_trainingList, tr("Training Items"), tr("List files (*.txt *.lst);;All files (*)"));
    });
    connect(m_browseGold, &QToolButton::clicked, this,
            [this] { browseFile(m_goldCsv, tr("Gold Items"), tr("CSV files (*.csv);;All files (*)")); });
    return page;
}

QWizardPage *StudyWizard::createPresentationPage()
{
    auto *page = new QWizardPage;
    m_seed->setObjectName(QStringLiteral("seed"));
    // Digits only: the seed is an unsigned 64-bit number, checked on Next.
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,20}")), m_seed));
    auto *form = new QFormLayout(page);
    form->addRow(m_seedLabel, m_seed);
    m_presentationFields->addRows(form);
    form->addRow(m_presentationMessage);
    return page;
}

QWizardPage *StudyWizard::createFilePage()
{
    auto *page = new QWizardPage;
    m_name->setObjectName(QStringLiteral("studyName"));
    m_studyFile->setObjectName(QStringLiteral("studyFile"));
    auto *form = new QFormLayout(page);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_fileLabel, pathRow(m_studyFile, m_browseStudyFile));
    form->addRow(m_fileMessage);
    connect(m_studyFile, &QLineEdit::textEdited, this, [this] { m_studyFileEdited = true; });
    connect(m_browseStudyFile, &QToolButton::clicked, this, &StudyWizard::browseStudyFile);
    return page;
}

void StudyWizard::retranslate()
{
    setWindowTitle(tr("New Rating Study"));
    page(StimuliPage)->setTitle(tr("Stimuli and method"));
    page(StimuliPage)->setSubTitle(tr("What the raters see and how they answer."));
    page(ControlPage)->setTitle(tr("Training, gold and repeated items"));
    page(ControlPage)
        ->setSubTitle(tr("Practice trials, trials with a known answer that check the rater, and test "
                         "items shown twice to check consistency. All optional."));
    page(PresentationPage)->setTitle(tr("Presentation"));
    page(PresentationPage)
        ->setSubTitle(tr("Order, breaks and how long each image is shown. The rating window "
                         "lets you change breaks and time before each session."));
    page(FilePage)->setTitle(tr("Study file"));
    page(FilePage)->setSubTitle(tr("One file holds the study, its sessions and every vote. Stimulus files are "
                                   "hashed now, so a moved or changed file is noticed before anyone rates it."));

    m_sourceKindLabel->setText(tr("&Stimuli from:"));
    m_sourceKindLabel->setBuddy(m_sourceKind);
    m_sourceKind->setItemText(0, tr("Folder of images"));
    m_sourceKind->setItemText(1, tr("List file (IMAGE, REF|DIST or A|B per line)"));
    m_sourceKind->setItemText(2, tr("Label CSV (ref,dist,mos or image,mos)"));
    const int kind = m_sourceKind->currentIndex();
    m_sourcePathLabel->setText(kind == 0 ? tr("&Folder:") : tr("&File:"));
    m_sourcePathLabel->setBuddy(m_sourcePath);
    m_sourcePath->setPlaceholderText(kind == 0   ? tr("Folder whose images are rated")
                                     : kind == 1 ? tr("List file, paths relative to it")
                                                 : tr("Label CSV, paths relative to it"));
    m_browseSource->setText(tr("Browse…"));
    m_methodLabel->setText(tr("&Method:"));
    m_methodLabel->setBuddy(m_method);
    m_method->setItemText(0, tr("ACR: absolute category rating, 5 points (bad … excellent)"));
    m_method->setItemText(1, tr("DCR: degradation category rating with the reference shown, 5 points"));
    m_method->setItemText(2, tr("Continuous slider, 0 … 100"));
    m_method->setItemText(3, tr("Pairwise comparison: which of two images is better"));

    m_trainingLabel->setText(tr("&Training items:"));
    m_trainingLabel->setBuddy(m_trainingList);
    m_trainingList->setPlaceholderText(tr("List file of practice stimuli, shown first, never scored"));
    m_browseTraining->setText(tr("Browse…"));
    m_goldLabel->setText(tr("&Gold items:"));
    m_goldLabel->setBuddy(m_goldCsv);
    m_goldCsv->setPlaceholderText(tr("CSV with columns stimulus,expected"));
    m_browseGold->setText(tr("Browse…"));
    m_toleranceLabel->setText(tr("Gold to&lerance:"));
    m_toleranceLabel->setBuddy(m_goldTolerance);
    m_goldTolerance->setToolTip(tr("A gold answer within ± this of the expected one counts as correct; raters "
                                   "below 80% correct are excluded in the results"));
    m_repeatsLabel->setText(tr("&Repeated items per session:"));
    m_repeatsLabel->setBuddy(m_repeats);
    m_repeats->setToolTip(tr("Test items shown a second time in each session, to check each rater's consistency"));

    m_seedLabel->setText(tr("Order &seed:"));
    m_seedLabel->setBuddy(m_seed);
    m_seed->setPlaceholderText(tr("Empty: a random order per session"));
    m_seed->setToolTip(tr("With a seed, each rater's order follows from it and the rater's name, so the study "
                          "can be run again in the same orders. Every session stores its own seed either way."));
    m_presentationFields->retranslate();

    m_nameLabel->setText(tr("Na&me:"));
    m_nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(tr("Default: the file name"));
    m_fileLabel->setText(tr("Study fi&le:"));
    m_fileLabel->setBuddy(m_studyFile);
    m_studyFile->setPlaceholderText(tr("New file, e.g. study.iqas"));
    m_browseStudyFile->setText(tr("Browse…"));
    updateMethodHelp();
}

void StudyWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void StudyWizard::methodChanged()
{
    updateMethodHelp();
    // Gold answers of a pairwise study are 0 or 1 and must match exactly.
    const iqa::VoteMethod method = methodOf(m_method);
    const iqa::VoteScale scale = iqa::voteScale(method);
    m_goldTolerance->setEnabled(method != iqa::VoteMethod::Pairwise);
    m_goldTolerance->setMaximum(scale.range());
    m_goldTolerance->setValue(method == iqa::VoteMethod::Pairwise ? 0 : scale.range() / 4.0);
    m_goldTolerance->setSingleStep(method == iqa::VoteMethod::Slider ? 5 : 0.25);
}

void StudyWizard::updateMethodHelp()
{
    switch (methodOf(m_method)) {
    case iqa::VoteMethod::Acr:
        m_methodHelp->setText(tr("One image at a time (for REF|DIST items the distorted one); keys 1 to 5."));
        break;
    case iqa::VoteMethod::Dcr:
        m_methodHelp->setText(tr("Reference and distorted image side by side; the impairment is rated with keys "
                                 "1 (very annoying) to 5 (imperceptible). Needs REF|DIST items: a list or label "
                                 "file, not a folder."));
        break;
    case iqa::VoteMethod::Slider:
        m_methodHelp->setText(tr("One image at a time; a slider from 0 to 100 moved with the arrow keys, "
                                 "confirmed with Enter or Space."));
        break;
    case iqa::VoteMethod::Pairwise:
        m_methodHelp->setText(tr("Two images side by side, sides drawn at random; the rater picks the better one "
                                 "with the left/right arrow keys. Every pair of the images is compared (from a "
                                 "label file: the distorted images that share a reference)."));
        break;
    }
}

void StudyWizard::suggestStudyFile()
{
    if (m_studyFileEdited)
        return;
    const QString source = m_sourcePath->text().trimmed();
    if (source.isEmpty()) {
        m_studyFile->clear();
        return;
    }
    // Beside the stimuli: the study stores their paths relative to its own folder.
    const QFileInfo info(source);
    m_studyFile->setText(QDir::toNativeSeparators(m_sourceKind->currentIndex() == 0
                                                      ? QDir(source).absoluteFilePath(QStringLiteral("study.iqas"))
                                                      : info.absolutePath() + QLatin1Char('/') +
                                                            info.completeBaseName() + QStringLiteral(".iqas")));
}

void StudyWizard::browseSource()
{
    if (m_sourceKind->currentIndex() == 0) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of Images"), m_sourcePath->text());
        if (!folder.isEmpty())
            m_sourcePath->setText(QDir::toNativeSeparators(folder));
        return;
    }
    browseFile(m_sourcePath, m_sourceKind->currentIndex() == 1 ? tr("List File") : tr("Label CSV"),
               m_sourceKind->currentIndex() == 1 ? tr("List files (*.txt *.lst);;All files (*)")
                                                 : tr("CSV files (*.csv);;All files (*)"));
}

void StudyWizard::browseFile(QLineEdit *target, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, title, target->text(), filter);
    if (!path.isEmpty())
        target->setText(QDir::toNativeSeparators(path));
}

void StudyWizard::browseStudyFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Study File"), m_studyFile->text(),
                                                      tr("Study files (*.iqas);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_studyFileEdited = true;
    m_studyFile->setText(QDir::toNativeSeparators(path));
}

iqa::Expected<iqa::StudyDefinition> StudyWizard::definition() const
{
    using Result = iqa::Expected<iqa::StudyDefinition>;
    const QString source = m_sourcePath->text().trimmed();
    if (source.isEmpty())
        return Result::failure(m_sourceKind->currentIndex() == 0 ? tr("Choose the folder of images to rate.")
                                                                 : tr("Choose the file that lists the stimuli."));
    iqa::StudyDefinition definition;
    definition.name = m_name->text().trimmed();
    definition.method = methodOf(m_method);
    definition.repeatsPerSession = m_repeats->value();
    const auto tests =
        iqa::StudySources::testItems(sourceKindOf(m_sourceKind), QDir::fromNativeSeparators(source), definition.method);
    if (!tests)
        return Result::failure(tests.error());
    definition.items = *tests;
    if (const QString training = m_trainingList->text().trimmed(); !training.isEmpty()) {
        const auto items = iqa::StudySources::trainingItems(QDir::fromNativeSeparators(training));
        if (!items)
            return Result::failure(items.error());
        definition.items += *items;
    }
    if (const QString gold = m_goldCsv->text().trimmed(); !gold.isEmpty()) {
        const auto items = iqa::StudySources::goldItems(QDir::fromNativeSeparators(gold));
        if (!items)
            return Result::failure(items.error());
        // The store checks this too, but only when the file is made; say it here, on the page that can fix it.
        for (const iqa::StudyItemSpec &item : *items)
            if (const QString problem = iqa::voteValueProblem(definition.method, *item.expected); !problem.isEmpty())
                return Result::failure(
                    tr("Gold item %1: expected answer %2: %3")
                        .arg(QDir::toNativeSeparators(
                            item.second.isEmpty() ? item.first : item.first + QLatin1Char('|') + item.second))
                        .arg(*item.expected)
                        .arg(problem));
        definition.items += *items;
    }
    return definition;
}

StudyPresentation StudyWizard::presentation() const
{
    StudyPresentation p;
    m_presentationFields->applyTo(&p);
    bool ok = false;
    if (const quint64 seed = m_seed->text().trimmed().toULongLong(&ok); ok)
        p.orderSeed = seed;
    if (methodOf(m_method) != iqa::VoteMethod::Pairwise)
        p.goldTolerance = m_goldTolerance->value();
    return p;
}

QString StudyWizard::summaryText(const iqa::StudyDefinition &definition) const
{
    QMap<iqa::ItemKind, int> counts;
    for (const iqa::StudyItemSpec &item : definition.items)
        counts[item.kind] += 1;
    return tr("Test items: %1, training items: %2, gold items: %3, repeats per session: %4.")
        .arg(counts.value(iqa::ItemKind::Test))
        .arg(counts.value(iqa::ItemKind::Training))
        .arg(counts.value(iqa::ItemKind::Gold))
        .arg(definition.repeatsPerSession);
}

void StudyWizard::showProblem(QLabel *label, const QString &problem)
{
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setText(problem);
}

void StudyWizard::showInfo(QLabel *label, const QString &text)
{
    label->setStyleSheet(QString());
    label->setText(text);
}

QString StudyWizard::pageMessage() const
{
    switch (currentId()) {
    case StimuliPage:
        return m_stimuliMessage->text();
    case ControlPage:
        return m_controlMessage->text();
    case PresentationPage:
        return m_presentationMessage->text();
    case FilePage:
        return m_fileMessage->text();
    }
    return QString();
}

bool StudyWizard::validateCurrentPage()
{
    switch (currentId()) {
    case StimuliPage: {
        const QString source = m_sourcePath->text().trimmed();
        if (source.isEmpty()) {
            showProblem(m_stimuliMessage, definition().error());
            return false;
        }
        const auto tests = iqa::StudySources::testItems(sourceKindOf(m_sourceKind), QDir::fromNativeSeparators(source),
                                                        methodOf(m_method));
        if (!tests) {
            showProblem(m_stimuliMessage, tests.error());
            return false;
        }
        showInfo(m_stimuliMessage, tr("Test items: %1.").arg(tests->size()));
        showInfo(m_controlMessage, QString());
        return true;
    }
    case ControlPage: {
        const auto study = definition();
        if (!study) {
            showProblem(m_controlMessage, study.error());
            return false;
        }
        const int tests = int(std::count_if(study->items.begin(), study->items.end(),
                                            [](const iqa::StudyItemSpec &i) { return i.kind == iqa::ItemKind::Test; }));
        if (study->repeatsPerSession > tests) {
            showProblem(m_controlMessage, tr("Repeats per session (%1) cannot exceed the number of test items (%2).")
                                              .arg(study->repeatsPerSession)
                                              .arg(tests));
            return false;
        }
        showInfo(m_controlMessage, summaryText(*study));
        return true;
    }
    case PresentationPage: {
        const QString seed = m_seed->text().trimmed();
        bool ok = true;
        if (!seed.isEmpty())
            seed.toULongLong(&ok);
        if (!ok) {
            showProblem(m_presentationMessage, tr("The seed must be a whole number from 0 to 18446744073709551615."));
            return false;
        }
        showInfo(m_presentationMessage, QString());
        return true;
    }
    case FilePage:
        return createStudy();
    }
    return true;
}

bool StudyWizard::createStudy()
{
    const QString path = QDir::fromNativeSeparators(m_studyFile->text().trimmed());
    if (path.isEmpty()) {
        showProblem(m_fileMessage, tr("Choose where to save the study file."));
        return false;
    }
    const auto study = definition();
    if (!study) {
        showProblem(m_fileMessage, study.error());
        return false;
    }
    showInfo(m_fileMessage, tr("Hashing the stimulus files…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto store = iqa::StudyStore::create(path, *study);
    QApplication::restoreOverrideCursor();
    if (!store) {
        showProblem(m_fileMessage, store.error());
        return false;
    }
    m_created = (*store)->path();
    // The study exists from here on; a settings file that cannot be written
    // only costs the presentation defaults, which the rating window can set.
    if (const iqa::Status saved = presentation().save(m_created); !saved)
        QMessageBox::warning(this, tr("Presentation Settings Not Saved"),
                             tr("The study was created, but its presentation settings could not be saved:\n%1\n\n"
                                "Set breaks and presentation time in the rating window before each session.")
                                 .arg(saved.error()));
    showInfo(m_fileMessage, tr("Created %1.").arg(QDir::toNativeSeparators(m_created)));
    emit studyCreated(m_created);
    return true;
}
