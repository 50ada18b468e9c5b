#include "ImageListPanel.h"

#include "AppSettings.h"
#include "ImageConversion.h"

#include "image/ImageLoader.h"

#include <QDir>
#include <QDragMoveEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

enum ItemRole { PathRole = Qt::UserRole, DetailsRole, ThumbnailRole, FailedRole };

// A neutral square while the thumbnail is being made, so rows do not jump.
QIcon placeholderIcon(int side)
{
    QPixmap pixmap(side, side);
    pixmap.fill(QColor(128, 128, 128));
    return QIcon(pixmap);
}

} // namespace

ImageListPanel::ImageListPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("imageList"));
    m_list->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Each line (name, role, size) is elided on its own; no sideways scrolling.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(false);
    // Files from outside only; rows are not reordered by dragging.
    m_list->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_list->setAcceptDrops(true);
    m_list->viewport()->setAcceptDrops(true);
    m_list->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, &ImageListPanel::addRequested);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ImageListPanel::userSelected);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &ImageListPanel::showContextMenu);
    retranslate();
}

QString ImageListPanel::normalizedPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return path;
    return QFileInfo(path).absoluteFilePath();
}

void ImageListPanel::retranslate()
{
    m_add->setText(tr("&Add Images…"));
    m_add->setToolTip(tr("Add distorted candidates to compare with the reference"));
    m_list->setToolTip(tr("Click a candidate to compare it with the reference; right-click to set the reference. "
                          "Drop image files here (the first becomes the reference when there is none)."));
    for (int i = 0; i < m_list->count(); ++i)
        updateItem(m_list->item(i));
}

QListWidgetItem *ImageListPanel::itemOf(const QString &path) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(PathRole).toString() == path)
            return m_list->item(i);
    }
    return nullptr;
}

QListWidgetItem *ImageListPanel::addItem(const QString &path)
{
    if (QListWidgetItem *existing = itemOf(path))
        return existing;
    auto *item = new QListWidgetItem(placeholderIcon(kThumbnailSide), QString(), m_list);
    item->setData(PathRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
    updateItem(item);
    makeThumbnail(path);
    return item;
}

QStringList ImageListPanel::candidatePaths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString path = m_list->item(i)->data(PathRole).toString();
        if (path != m_reference)
            paths << path;
    }
    return paths;
}

QStringList ImageListPanel::paths() const
{
    QStringList all = candidatePaths();
    if (!m_reference.isEmpty())
        all.prepend(m_reference);
    return all;
}

QImage ImageListPanel::thumbnail(const QString &path) const
{
    const QListWidgetItem *item = itemOf(path);
    return item ? item->data(ThumbnailRole).value<QImage>() : QImage();
}

void ImageListPanel::setReference(const QString &path)
{
    const QString file = normalizedPath(path);
    if (file.isEmpty() || file == m_reference)
        return;
    const QString previous = m_reference;
    QListWidgetItem *item = addItem(file);
    // The reference leads the list.
    m_list->insertItem(0, m_list->takeItem(m_list->row(item)));
    m_reference = file;
    if (m_current == file)
        m_current = previous;  // the pair swaps roles
    for (const QString &each : {previous, file}) {
        if (QListWidgetItem *changed = itemOf(each))
            updateItem(changed);
    }
    ensureCurrent();
    emit imagesChanged();
    announce();
}

void ImageListPanel::addCandidates(const QStringList &paths, bool makeFirstCurrent)
{
    QString first;
    for (const QString &path : paths) {
        const QString file = normalizedPath(path);
        if (file.isEmpty())
            continue;
        if (file == m_reference) {
            m_reference.clear();
            updateItem(itemOf(file));
        }
        addItem(file);
        if (first.isEmpty())
            first = file;
    }
    if (makeFirstCurrent && !first.isEmpty())
        m_current = first;
    ensureCurrent();
    emit imagesChanged();
    announce();
}

void ImageListPanel::setCurrentCandidate(const QString &path)
{
    const QString file = normalizedPath(path);
    if (file == m_reference || !itemOf(file))
        return;
    m_current = file;
    ensureCurrent();
    announce();
}

void ImageListPanel::remove(const QString &path)
{
    const QString file = normalizedPath(path);
    QListWidgetItem *item = itemOf(file);
    if (!item)
        return;
    const int row = m_list->row(item);
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(row);
    }
    if (file == m_reference)
        m_reference.clear();
    if (file == m_current) {
        // The neighbour takes its place, as in a file manager.
        m_current.clear();
        const QStringList candidates = candidatePaths();
        int index = row - (m_reference.isEmpty() ? 0 : 1);
        if (!candidates.isEmpty())
            m_current = candidates.value(std::min(index, int(candidates.size()) - 1));
    }
    ensureCurrent();
    emit imagesChanged();
    announce();
}

void ImageListPanel::ensureCurrent()
{
    const QStringList candidates = candidatePaths();
    if (!candidates.contains(m_current))
        m_current = candidates.value(0);
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setSelected(item->data(PathRole).toString() == m_current && !m_current.isEmpty());
    }
    if (QListWidgetItem *current = itemOf(m_current))
        m_list->scrollToItem(current);
}

void ImageListPanel::userSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty()) {
        ensureCurrent();  // a candidate stays current: the pair does not vanish on a stray click
        return;
    }
    m_current = selected.first()->data(PathRole).toString();
    announce();
}

void ImageListPanel::announce()
{
    if (m_reference == m_announcedReference && m_current == m_announcedCandidate)
        return;
    m_announcedReference = m_reference;
    m_announcedCandidate = m_current;
    emit currentPairChanged(m_reference, m_current);
}

void ImageListPanel::updateItem(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString path = item->data(PathRole).toString();
    const bool reference = path == m_reference;
    const QString details = item->data(DetailsRole).toString();
    const QString role = reference ? tr("Reference") : tr("Candidate");
    item->setText(QFileInfo(path).fileName() + QLatin1Char('\n') + role
                  + (details.isEmpty() ? QString() : QLatin1Char('\n') + details));
    QFont font = m_list->font();
    font.setBold(reference);
    item->setFont(font);
    // The reference is not a candidate to pick: it stays out of the selection.
    Qt::ItemFlags flags = Qt::ItemIsEnabled;
    if (!reference)
        flags |= Qt::ItemIsSelectable;
    item->setFlags(flags);
    item->setForeground(item->data(FailedRole).toBool() ? QBrush(QColor(0xb0, 0x20, 0x20)) : QBrush());
}

void ImageListPanel::makeThumbnail(const QString &path)
{
    iqa::ImageLoader::Options options;
    options.maxPixels = AppSettings::instance().maxImagePixels();
    auto *watcher = new QFutureWatcher<Thumbnail>(this);
    connect(watcher, &QFutureWatcher<Thumbnail>::finished, this, [this, watcher] {
        --m_pendingThumbnails;
        thumbnailReady(watcher->result());
        watcher->deleteLater();
        if (m_pendingThumbnails == 0)
            emit thumbnailsDone();
    });
    ++m_pendingThumbnails;
    // Pure core code and QImage scaling: safe on a pool thread.
    watcher->setFuture(QtConcurrent::run([path, options] {
        Thumbnail thumbnail;
        thumbnail.path = path;
        auto image = iqa::ImageLoader(options).load(path);
        if (!image) {
            thumbnail.error = image.error();
            return thumbnail;
        }
        thumbnail.size = QSize(image->width(), image->height());
        thumbnail.image = toDisplayImage(*image).scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio,
                                                        Qt::SmoothTransformation);
        return thumbnail;
    }));
}

void ImageListPanel::thumbnailReady(const Thumbnail &thumbnail)
{
    QListWidgetItem *item = itemOf(thumbnail.path);
    if (!item)
        return;  // removed meanwhile
    if (!thumbnail.error.isEmpty()) {
        item->setData(DetailsRole, tr("cannot be read"));
        item->setData(FailedRole, true);
        item->setToolTip(QDir::toNativeSeparators(thumbnail.path) + QLatin1Char('\n') + thumbnail.error);
    } else {
        // Centred on a square, so that every row has the same text column.
        QPixmap square(kThumbnailSide, kThumbnailSide);
        square.fill(Qt::transparent);
        QPainter painter(&square);
        painter.drawImage((kThumbnailSide - thumbnail.image.width()) / 2,
                          (kThumbnailSide - thumbnail.image.height()) / 2, thumbnail.image);
        painter.end();
        item->setIcon(QIcon(square));
        item->setData(ThumbnailRole, thumbnail.image);
        item->setData(DetailsRole, tr("%1 x %2").arg(thumbnail.size.width()).arg(thumbnail.size.height()));
        item->setData(FailedRole, false);
        item->setToolTip(QDir::toNativeSeparators(thumbnail.path));
    }
    updateItem(item);
}

void ImageListPanel::refreshThumbnail(const QString &path)
{
    if (itemOf(normalizedPath(path)))
        makeThumbnail(normalizedPath(path));
}

void ImageListPanel::showContextMenu(const QPoint &at)
{
    QMenu menu(this);
    QListWidgetItem *item = m_list->itemAt(at);
    if (item) {
        const QString path = item->data(PathRole).toString();
        QAction *reference = menu.addAction(tr("Set as &Reference"), this, [this, path] { setReference(path); });
        reference->setEnabled(path != m_reference);
        menu.addAction(tr("Re&move from List"), this, [this, path] { remove(path); });
        menu.addSeparator();
    }
    menu.addAction(tr("&Add Images…"), this, &ImageListPanel::addRequested);
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

bool ImageListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList files;
        for (const QUrl &url : drop->mimeData()->urls()) {
            if (url.isLocalFile())
                files << url.toLocalFile();
        }
        if (!files.isEmpty()) {
            if (m_reference.isEmpty())
                setReference(files.takeFirst());
            addCandidates(files, true);
            drop->acceptProposedAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
